/**
 * Turns text as a PDF extractor (or a paste) gives it into paragraphs:
 * lines broken at the column width are joined, spaces that justify a line
 * (`11 月 15 日 ，区 委 书 记`) are removed, blank lines between column blocks
 * are not taken for paragraph ends, and headlines and bylines that stand
 * apart from their article are recognised as such, so that they neither glue
 * onto a sentence nor end up inside a directive.
 */

export type ParagraphKind = 'headline' | 'byline' | 'body';

export interface Paragraph {
  kind: ParagraphKind;
  text: string;
  /** Offsets of the paragraph in `CleanDoc.text`. */
  start: number;
  end: number;
  /** The lines of the original text it came from (0-based, inclusive). */
  lineFrom: number;
  lineTo: number;
}

export interface CleanDoc {
  /** The paragraphs joined by `\n`; every offset of an analysis points into this. */
  text: string;
  paragraphs: Paragraph[];
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const FULL_PUNCT = '\\u3000-\\u303f\\uff01-\\uff65“”‘’—…·';
/** Spaces with a Chinese character or full-width punctuation on either side carry no meaning. */
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}${FULL_PUNCT}]) +| +(?=[${CJK}${FULL_PUNCT}])`, 'g');
const SENTENCE_END = /[。！？!?][”’」』）)]?$/;
const ANY_PUNCT = /[，。；：！？、,;:!?]/;
const BYLINE = /^(本报)?(记者|通讯员|特约记者)[\s\S]{1,40}$/;
/** How a news article opens: its date, or 近日/日前/本报讯. */
const ARTICLE_START =
  /^(\d{1,2}月\s*\d{1,2}日|近日|日前|本报讯|\d{4}年\d{1,2}月|[一二]?[〇一二三四五六七八九十]+月[一二三]?[〇一二三四五六七八九十]+日)/;
/** A line that opens a numbered heading or list entry. */
const NUMBERED_START =
  /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+[，,、])/;

interface Line {
  raw: string;
  text: string;
  index: number;
  /** A blank line stood before it. */
  afterBlank: boolean;
  /** Indented in the original (a paragraph start in Word or plain-text minutes). */
  indented: boolean;
  /** The column width around the line: a shorter line ending a sentence ends its paragraph. */
  width: number;
}

function normalise(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2002-\u200b\t]/g, ' ')
    .replace(/\ufeff/g, '');
}

function tidyLine(s: string): string {
  return s
    .replace(/\u3000/g, ' ')
    .trim()
    .replace(SPACE_BY_CJK, '');
}

/** Headline lines keep a single space between phrases (`效能 确保`), unless the line is justified. */
function tidyHeadline(s: string): string {
  const t = s.replace(/\u3000/g, ' ').trim();
  const spaces = (t.match(/ /g) ?? []).length;
  const chars = t.replace(/ /g, '').length;
  if (spaces * 3 > chars) return tidyLine(t);
  return t.replace(/ {2,}/g, ' ').replace(/ (?=[，。、：；！？”）])|(?<=[（“]) /g, '');
}

function isHeadlineLine(text: string): boolean {
  if (BYLINE.test(text) || NUMBERED_START.test(text) || text.length > 30) return false;
  const outsideQuotes = text.replace(/“[^”]*”|"[^"]*"|《[^》]*》/g, '');
  return !/[，。；：、,;:！？!?]/.test(outsideQuotes);
}

function lineWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  if (!lengths.length) return 0;
  return lengths[Math.floor(lengths.length * 0.8)] as number;
}

export function cleanText(raw: string): CleanDoc {
  const rawLines = normalise(raw).split('\n');
  const lines: Line[] = [];
  let blank = false;
  rawLines.forEach((r, index) => {
    const text = tidyLine(r);
    if (!text) {
      blank = true;
      return;
    }
    lines.push({ raw: r, text, index, afterBlank: blank, indented: /^(\s{2,}|\u3000)/.test(r), width: 0 });
    blank = false;
  });
  const width = lineWidth(lines);
  // Text pasted from Word or typed minutes has one paragraph per line; columns of a PDF page are narrower.
  const columnBroken = width > 0 && width <= 45;

  // Blocks: runs of lines between blank lines.
  const blocks: Line[][] = [];
  for (const l of lines) {
    if (l.afterBlank || !blocks.length) blocks.push([l]);
    else (blocks.at(-1) as Line[]).push(l);
  }
  // Columns differ in width; a block of several lines shows its own.
  for (const block of blocks) {
    const own = block.length >= 3 ? Math.max(...block.map((l) => l.text.length)) : width;
    for (const l of block) l.width = own;
  }

  const out: { kind: ParagraphKind; text: string; lineFrom: number; lineTo: number }[] = [];
  /** The current body paragraph is finished (its last line ended a sentence and a break came). */
  let open: { kind: ParagraphKind; text: string; lineFrom: number; lineTo: number } | null = null;
  let lastEnded = true;
  let lastLine: Line | null = null;
  let lastWasHeading = false;
  const close = () => {
    if (open) out.push(open);
    open = null;
  };

  for (const block of blocks) {
    // Headlines stand apart from sentences: leading lines of a block, after a finished paragraph,
    // without sentence punctuation (a subtitle in quotes may hold a comma).
    let head = 0;
    if (lastEnded)
      while (
        head < Math.min(block.length, 3) &&
        isHeadlineLine((block[head] as Line).text) &&
        block.slice(0, head + 1).reduce((n, l) => n + l.text.length, 0) <= 40
      )
        head++;
    // Either the whole block, or a headline over an article that opens with its date.
    if (head < block.length && !ARTICLE_START.test((block[head] as Line).text)) head = 0;
    if (head > 0) {
      close();
      const lines = block.slice(0, head);
      out.push({
        kind: 'headline',
        text: lines.map((l) => tidyHeadline(l.raw)).join(''),
        lineFrom: lines[0]?.index ?? 0,
        lineTo: lines.at(-1)?.index ?? 0,
      });
      lastEnded = true;
      lastLine = null;
    }
    for (const l of block.slice(head)) {
      if (BYLINE.test(l.text) && !ANY_PUNCT.test(l.text.replace(/[、]/g, ''))) {
        close();
        out.push({ kind: 'byline', text: l.text, lineFrom: l.index, lineTo: l.index });
        lastEnded = true;
        lastLine = null;
        continue;
      }
      const prevText = lastLine?.text ?? '';
      const prevEnded = SENTENCE_END.test(prevText) || /[：:]$/.test(prevText);
      const prevShort = lastLine ? lastLine.text.length < lastLine.width - 1 : true;
      const startsNew =
        !open ||
        lastWasHeading ||
        !columnBroken ||
        (prevEnded && (prevShort || l.afterBlank || l.indented || NUMBERED_START.test(l.text))) ||
        (l.indented && lastEnded);
      if (startsNew) {
        close();
        open = { kind: 'body', text: l.text, lineFrom: l.index, lineTo: l.index };
      } else {
        const o = open as unknown as { text: string; lineTo: number };
        o.text += l.text;
        o.lineTo = l.index;
      }
      lastEnded = SENTENCE_END.test(l.text);
      lastLine = l;
      // （一）加快在建项目进度: a numbered heading on its own line is a paragraph of its own.
      lastWasHeading = NUMBERED_START.test(l.text) && l.text.length <= 30 && !/[，。；,;]/.test(l.text);
    }
  }
  close();

  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const p of out) {
    paragraphs.push({ ...p, start: offset, end: offset + p.text.length });
    offset += p.text.length + 1;
  }
  return { text: paragraphs.map((p) => p.text).join('\n'), paragraphs };
}
