/**
 * Chinese has no spaces: a query is cut into words with ICU's dictionary word
 * segmenter (Intl.Segmenter, built into Node; jieba did the same job for 54 MB
 * of resident memory). Items keep a search text (code, title, task book, target
 * names, unit names), lower-cased; every word of the query must occur in it.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** What separates words and is never searched for: spaces, punctuation, and symbols other than pictographs. */
const SEPARATOR = /^[\s\p{P}\p{Sm}\p{Sc}\p{Sk}]+$/u;

/**
 * Words of a query; runs of single characters are joined back (马 寨 → 马寨)
 * so they match as written, but never across a space or punctuation: "马寨 封顶"
 * is two words. Pictographs (🚧) are words too, so that they find only what holds them.
 */
export function queryTerms(q: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(run);
    run = '';
  };
  for (const { segment } of segmenter.segment(q.toLowerCase())) {
    if (SEPARATOR.test(segment)) {
      flush();
      continue;
    }
    if ([...segment].length === 1 && /\p{Script=Han}/u.test(segment)) {
      run += segment;
      continue;
    }
    flush();
    out.push(segment.trim());
  }
  flush();
  return [...new Set(out.filter(Boolean))].slice(0, 8);
}

export function buildSearchText(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase().replace(/\s+/g, ' ').slice(0, 4000);
}

/** Escapes LIKE wildcards in user text (used with `ESCAPE '\'`). */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
