/**
 * Items keep a search text (code, title, task book, target names, unit names),
 * lower-cased; the search index (item.search-index.ts) is cut from it. Query
 * words are cut by the shared rule in core.
 */
export { queryTerms } from '../../../core/search-text.js';

export function buildSearchText(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase().replace(/\s+/g, ' ').slice(0, 4000);
}

/** Escapes LIKE wildcards in user text (used with `ESCAPE '\'`). */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
