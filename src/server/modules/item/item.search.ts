/**
 * Chinese has no spaces: a query is cut into words with ICU's dictionary word
 * segmenter (Intl.Segmenter, built into Node; jieba did the same job for 54 MB
 * of resident memory). Items keep a search text (code, title, task book, target
 * names, unit names), lower-cased; every word of the query must occur in it.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;

/** Words of a query; runs of single characters are joined back (马 寨 → 马寨) so they match as written. */
export function queryTerms(q: string): string[] {
  const words = [...segmenter.segment(q.toLowerCase())]
    .map((s) => s.segment)
    .filter((w) => !PUNCTUATION.test(w));
  const out: string[] = [];
  let run = '';
  for (const w of words) {
    if ([...w].length === 1 && /\p{Script=Han}/u.test(w)) {
      run += w;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(w.trim());
  }
  if (run) out.push(run);
  return [...new Set(out.filter(Boolean))].slice(0, 8);
}

export function buildSearchText(parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase().replace(/\s+/g, ' ').slice(0, 4000);
}

/** Escapes LIKE wildcards in user text (used with `ESCAPE '\'`). */
export function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
