/**
 * Chinese has no spaces, so the search index is cut from the text rather than
 * from a dictionary: every run of Han characters is indexed as its overlapping
 * character bigrams and trigrams (拆迁安置 → 拆迁 迁安 安置 拆迁安 迁安置). A
 * two-character word is then one bigram, a three-character word one trigram,
 * and a longer word the AND of its trigrams, confirmed by a substring match on
 * the few rows that hold them all. Latin letters and digits (codes such as
 * DC-2026-001) are indexed as whole words and searched as prefixes. Shared by
 * the server (index and query) and the web app (highlighting).
 */

/** What separates words and is never searched for: spaces, punctuation, and symbols other than pictographs. */
const SEPARATOR = /[\s\p{P}\p{Sm}\p{Sc}\p{Sk}]+/u;
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

type PieceKind = 'han' | 'word' | 'other';

const kindOf = (ch: string): PieceKind => (HAN.test(ch) ? 'han' : WORD.test(ch) ? 'word' : 'other');

/** Lower-cased text cut at separators and where the script changes (Han, letters and digits, the rest). */
function pieces(text: string): { kind: PieceKind; text: string }[] {
  const out: { kind: PieceKind; text: string }[] = [];
  for (const chunk of text.toLowerCase().split(SEPARATOR)) {
    let run = '';
    let kind: PieceKind | null = null;
    for (const ch of chunk) {
      const k = kindOf(ch);
      if (k !== kind && run) {
        out.push({ kind: kind as PieceKind, text: run });
        run = '';
      }
      kind = k;
      run += ch;
    }
    if (run) out.push({ kind: kind as PieceKind, text: run });
  }
  return out;
}

/**
 * Words of a query, kept as written: 区环保局 stays one word (split into 区,
 * 环保 and 局 it would match nearly everything). Words end at spaces,
 * punctuation and symbols (LIKE wildcards among them, so they are never a
 * pattern) and where Han text meets letters or digits. At most 8, each once.
 */
export function queryTerms(q: string): string[] {
  return [...new Set(pieces(q).map((p) => p.text))].slice(0, 8);
}

const chars = (s: string) => [...s];

function grams(cs: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= cs.length; i++) out.push(cs.slice(i, i + n).join(''));
  return out;
}

/** The index tokens of a text, in order: Han bigrams and trigrams, letter and digit words. */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const p of pieces(text)) {
    if (p.kind === 'word') out.push(p.text);
    else if (p.kind === 'han') {
      const cs = chars(p.text);
      out.push(...grams(cs, 2), ...grams(cs, 3));
    }
  }
  return out;
}

/** How the index answers one query word. */
export interface TermPlan {
  /** Tokens that must all be in a matching row's index (empty: the index cannot help). */
  tokens: string[];
  /** The tokens are prefixes of indexed words (letters and digits), not whole tokens. */
  prefix: boolean;
  /** The tokens do not prove the word occurs as written: confirm with a substring match. */
  confirm: boolean;
  /**
   * A Han word longer than a trigram: all its trigrams in order. `indexTokens`
   * writes a run's trigrams next to each other, so an index that keeps token
   * positions proves the word with this phrase alone (no substring match).
   */
  phrase?: string[];
}

/**
 * A 2-character Han word is its bigram and a 3-character one its trigram; a
 * longer one is the AND of trigrams covering every character (fewer, rarer
 * tokens than its bigrams; 安置 alone is common to a fifth of the items),
 * confirmed by a substring match. Letters and digits are a prefix of a word.
 * One Han character or a pictograph has no token: a substring match only.
 */
export function termPlan(term: string): TermPlan {
  const cs = chars(term);
  const kind = cs.length ? kindOf(cs[0]) : 'other';
  if (kind === 'word' && cs.every((c) => kindOf(c) === 'word'))
    return { tokens: [term], prefix: true, confirm: false };
  if (kind !== 'han' || cs.length < 2 || !cs.every((c) => HAN.test(c)))
    return { tokens: [], prefix: false, confirm: true };
  if (cs.length <= 3) return { tokens: [term], prefix: false, confirm: false };
  const tokens: string[] = [];
  for (let i = 0; i < cs.length - 3; i += 3) tokens.push(cs.slice(i, i + 3).join(''));
  tokens.push(cs.slice(-3).join(''));
  return { tokens: [...new Set(tokens)], prefix: false, confirm: true, phrase: grams(cs, 3) };
}

/** A piece of shown text, marked when it is one of the searched words. */
export interface Span {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` into plain and marked spans, marking every occurrence of a
 * query word (case-insensitive; overlapping matches are merged), for the
 * list to wrap the matched words in <mark>.
 */
export function highlightSpans(text: string, terms: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const hit = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    // toLowerCase keeps the length of the text it is given for the scripts a ledger holds;
    // when it does not, marks would land in the wrong place, so none are drawn.
    if (lower.length !== text.length) return text ? [{ text, mark: false }] : [];
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1))
      hit.fill(true, at, at + term.length);
  }
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.mark === hit[i]) last.text += text[i];
    else out.push({ text: text[i], mark: hit[i] });
  }
  return out;
}
