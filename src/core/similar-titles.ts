/**
 * Whether two item titles name the same work. Offices re-enter a meeting's
 * decision that is already on the ledger (the demo's 2026-JLH-001 could be
 * entered twice); a new item whose title equals or nearly equals an open
 * item's in the same ledger deserves a warning before it is saved.
 *
 * Titles are compared after folding what does not change the meaning — spaces,
 * punctuation, full-width letters and digits, letter case — by the Dice
 * coefficient of their character pairs (bigrams), which suits Chinese, where a
 * title is a run of characters without spaces.
 */

/** The title reduced to what carries meaning: NFKC (full-width → half-width), lower case, letters and digits only. */
export function foldTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const out = new Map<string, number>();
  for (let i = 0; i < chars.length - 1; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** 1 for the same folded title, 0 for nothing in common. */
export function titleSimilarity(a: string, b: string): number {
  const fa = foldTitle(a);
  const fb = foldTitle(b);
  if (!fa || !fb) return 0;
  if (fa === fb) return 1;
  // Numbers tell plots, phases and batches apart: 3#地块 and 5#地块 are two pieces of work.
  const numbers = (t: string) => (t.match(/\d+/g) ?? []).join(',');
  if (numbers(fa) && numbers(fb) && numbers(fa) !== numbers(fb)) return 0;
  if ([...fa].length < 2 || [...fb].length < 2) return 0;
  const ga = bigrams(fa);
  const gb = bigrams(fb);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const n of ga.values()) na += n;
  for (const n of gb.values()) nb += n;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (na + nb);
}

/**
 * From 0.8 a title is "nearly the same": 贾鲁河综合整治工程 and 贾鲁河综合整治 工程（一期）
 * are flagged; 贾鲁河综合整治 and 贾鲁河生态补水 are not.
 */
export const SIMILAR_TITLE_THRESHOLD = 0.8;

export interface TitledItem {
  title: string;
}

/** The items whose title equals or nearly equals `title`, the closest first, each with its similarity. */
export function similarTitles<T extends TitledItem>(
  title: string,
  items: readonly T[],
  threshold = SIMILAR_TITLE_THRESHOLD,
): (T & { similarity: number })[] {
  return items
    .map((i) => ({ ...i, similarity: titleSimilarity(title, i.title) }))
    .filter((i) => i.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity);
}
