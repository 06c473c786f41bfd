/**
 * The ledger a directive most likely belongs to, from its words: each
 * ledger's name scores by the two-character words it shares with the
 * directive, and a few domain words point to the ledger they belong to
 * (扬尘 → 大气污染防治, 征迁 → 安置房建设 …).
 */
export interface LedgerRef {
  id: string;
  name: string;
}

const HINTS: [RegExp, string][] = [
  [/安置房|安置区|回迁|保障房/g, '安置'],
  [/扬尘|大气|空气|污染|环保|雾霾|散煤|渣土/g, '大气'],
  [/贾鲁河|河道|水系|治理工程/g, '贾鲁河'],
  [/招商|签约|引进|客商|投资/g, '招商'],
  [/土地|出让|收储|供地|挂牌/g, '土地'],
  [/安全生产|隐患|消防|安全检查/g, '安全'],
  [/文明城市|创文|文明创建|背街小巷/g, '文明'],
  [/项目|开工|投产|重点工程/g, '项目'],
  [/维稳|信访|矛盾纠纷|稳定/g, '维稳'],
  [/从严治党|党风廉政|作风|纪律/g, '治党'],
  [/德化/g, '德化'],
  [/小镇|田园/g, '小镇'],
  [/拆迁|动迁|村庄|拆除|动除|迁坟|清障/g, '动除'],
];

export interface LedgerSuggestion {
  ledgerId: string;
  /** The words that pointed to it. */
  words: string[];
}

export function suggestLedger(text: string, ledgers: readonly LedgerRef[]): LedgerSuggestion | null {
  let best: { id: string; score: number; words: string[] } | null = null;
  for (const l of ledgers) {
    let score = 0;
    const words = new Set<string>();
    // The longest stretches of the ledger's name found in the text (安置房建设 → 安置房, 建设), 2 points a character pair.
    for (let i = 0; i + 2 <= l.name.length; ) {
      let j = i + 2;
      if (!text.includes(l.name.slice(i, j)) || /[的和与及]/.test(l.name.slice(i, j))) {
        i++;
        continue;
      }
      while (j < l.name.length && text.includes(l.name.slice(i, j + 1))) j++;
      score += 2 * (j - i - 1);
      words.add(l.name.slice(i, j));
      i = j;
    }
    for (const [re, key] of HINTS) {
      if (!l.name.includes(key)) continue;
      // A domain word is stronger evidence than a generic pair of characters shared with a name (项目, 建设).
      for (const m of text.matchAll(re)) {
        if (words.has(m[0])) continue;
        score += 3;
        words.add(m[0]);
      }
    }
    if (score > 0 && (!best || score > best.score)) best = { id: l.id, score, words: [...words] };
  }
  return best ? { ledgerId: best.id, words: best.words } : null;
}
