import type { CleanDoc } from './clean.js';
import { parseNumeral } from './numerals.js';

/**
 * Numbered directives of a meeting report: 一是…二是…, 一要…二要…,
 * （一）（二）, 一、二、, 1. 2., 第一，第二. A list counts when it runs 1, 2, …
 * in one style within one article; the last directive ends with its
 * paragraph. Lists nested in a directive (（一） holding 1. 2.) stay inside it.
 */

export type NumberingStyle = 'shi' | 'yao' | 'paren' | 'dun' | 'arabic' | 'di';

export interface Directive {
  no: number;
  style: NumberingStyle;
  /** The marker as written (一是, （二）, 3.). */
  marker: string;
  /** The directive's words after the marker. */
  text: string;
  /** Offsets of `text` in the cleaned text. */
  start: number;
  end: number;
  /** What stood before the list in its paragraph (会议要求，区住建局要…：), for words that apply to every directive. */
  preamble: string;
  preambleStart: number;
}

interface Marker {
  style: NumberingStyle;
  n: number;
  /** Offset of the marker and of the text after it. */
  at: number;
  after: number;
  marker: string;
  article: number;
  paragraph: number;
}

const NUM = '[一二三四五六七八九十]{1,3}';
/** Before a run-in marker (一是, 1.) a sentence or clause has ended, or the paragraph begins. */
const BOUNDARY = '(?<=^|[。；;，,：:！？!?\\n])';
const PATTERNS: { style: NumberingStyle; re: RegExp }[] = [
  { style: 'shi', re: new RegExp(`${BOUNDARY}(${NUM})是(?![否非])`, 'g') },
  { style: 'yao', re: new RegExp(`${BOUNDARY}(${NUM})要(?![求素点])`, 'g') },
  { style: 'paren', re: new RegExp(`[（(](${NUM})[）)]`, 'g') },
  { style: 'dun', re: new RegExp(`(?<=^|\\n)(${NUM})、`, 'g') },
  { style: 'arabic', re: /(?<=^|\n|[。；;：:])(\d{1,2})[.．、](?!\d)/g },
  { style: 'di', re: new RegExp(`${BOUNDARY}第(${NUM})[，,、：:]`, 'g') },
];

export function findDirectives(doc: CleanDoc): Directive[] {
  // Articles end at bylines and headlines; a list never runs across them.
  const paragraphOf: number[] = [];
  const articleOf: number[] = [];
  let article = 0;
  doc.paragraphs.forEach((p, i) => {
    if (p.kind !== 'body') article++;
    articleOf[i] = article;
    for (let k = p.start; k <= p.end; k++) paragraphOf[k] = i;
  });

  const markers: Marker[] = [];
  for (const { style, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of doc.text.matchAll(re)) {
      const at = m.index ?? 0;
      const p = paragraphOf[at] ?? 0;
      if (doc.paragraphs[p]?.kind !== 'body') continue;
      const n = parseNumeral(m[1] as string);
      if (!n) continue;
      markers.push({
        style,
        n,
        at,
        after: at + m[0].length,
        marker: m[0],
        article: articleOf[p] ?? 0,
        paragraph: p,
      });
    }
  }
  markers.sort((a, b) => a.at - b.at);

  // Runs 1, 2, 3 … of one style within an article.
  const lists: Marker[][] = [];
  const open = new Map<string, Marker[]>();
  for (const m of markers) {
    const key = `${m.style}:${m.article}`;
    const run = open.get(key);
    if (m.n === 1) {
      const fresh = [m];
      open.set(key, fresh);
      lists.push(fresh);
    } else if (run && (run.at(-1) as Marker).n === m.n - 1) run.push(m);
  }
  const candidates = lists.filter((l) => l.length >= 2);

  // Spans of each list's directives; a list inside one directive of another is part of it.
  const spans = candidates.map((list) => list.map((m, i) => ({ m, end: endOf(doc, list, i) })));
  const kept = spans.filter(
    (list, i) =>
      !spans.some(
        (other, j) =>
          j !== i &&
          other.some(
            (d) => d.m.at < (list[0] as { m: Marker }).m.at && d.end >= (list.at(-1) as { end: number }).end,
          ),
      ),
  );

  const out: Directive[] = [];
  for (const list of kept) {
    const first = list[0]?.m as Marker;
    const para = doc.paragraphs[first.paragraph];
    const preamble = para ? doc.text.slice(para.start, first.at) : '';
    for (const { m, end } of list) {
      const raw = doc.text.slice(m.after, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      out.push({
        no: m.n,
        style: m.style,
        marker: m.marker,
        text,
        start: m.after + lead,
        end: m.after + lead + text.length,
        preamble,
        preambleStart: para?.start ?? 0,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A directive ends where the next one of its list starts, the last one with its paragraph. */
function endOf(doc: CleanDoc, list: Marker[], i: number): number {
  const m = list[i] as Marker;
  const next = list[i + 1];
  if (next) return trimEnd(doc.text, next.at);
  const para = doc.paragraphs[m.paragraph];
  let end = para?.end ?? doc.text.length;
  // A heading on its own line (（三）加强组织领导) takes the paragraphs under it, up to the article's end.
  const own = doc.text.slice(m.after, end);
  if (own.length <= 30 && !/[。；]/.test(own)) {
    const q = doc.paragraphs[m.paragraph + 1];
    if (q && q.kind === 'body') end = q.end;
  }
  return end;
}

function trimEnd(text: string, at: number): number {
  let e = at;
  while (e > 0 && /[\s；;，,]/.test(text[e - 1] as string)) e--;
  return e;
}
