import { readDateCell } from '../../../core/date-words.js';
import { formatChineseDate, type IsoDate } from '../../../core/dates.js';

/**
 * Text that a spreadsheet program could take for a formula (`=cmd|' /C calc'!A0`,
 * `+`, `-`, `@`, or a leading tab or carriage return) gets a leading apostrophe
 * on export — the OWASP advice against CSV/formula injection — and loses it
 * again on import, so a round trip keeps the text as it was.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function restoreNeutralized(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** A date cell holds a Date at UTC midnight: exceljs turns it into Excel's day serial without a zone shift. */
export function dateCell(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** 2026年12月31日 — the format of every date cell. */
export const CHINESE_DATE_FORMAT = 'yyyy"年"m"月"d"日"';

const DONE_MARK = /（已完成\s*([^）]+)）\s*$/;

/** `主体封顶：2026年10月2日（已完成 2026年9月28日）` — one milestone as a line of text. */
export function milestoneLine(m: { title: string; plannedDate: IsoDate; doneDate: IsoDate | null }): string {
  return `${m.title}：${milestoneDateText(m)}`;
}

export function milestoneDateText(m: { plannedDate: IsoDate; doneDate: IsoDate | null }): string {
  const planned = formatChineseDate(m.plannedDate, true);
  return m.doneDate ? `${planned}（已完成 ${formatChineseDate(m.doneDate, true)}）` : planned;
}

export type MilestoneReading =
  | { ok: true; plannedDate: IsoDate; doneDate: IsoDate | null }
  | { ok: false; reason: string };

/** A milestone's date text (or a date cell) with its optional done mark. */
export function readMilestoneDate(value: unknown, year: number): MilestoneReading {
  if (typeof value !== 'string') {
    const d = readDateCell(value, year);
    return d.ok ? { ok: true, plannedDate: d.date, doneDate: null } : d;
  }
  const done = DONE_MARK.exec(value);
  const plannedText = done ? value.slice(0, done.index) : value;
  const planned = readDateCell(plannedText, year);
  if (!planned.ok) return planned;
  if (!done) return { ok: true, plannedDate: planned.date, doneDate: null };
  const doneDate = readDateCell(done[1], year);
  if (!doneDate.ok) return doneDate;
  return { ok: true, plannedDate: planned.date, doneDate: doneDate.date };
}

/** Lines of a roadmap cell: `节点：日期`, `日期 节点` or `日期：节点`. */
export function readMilestoneLines(
  text: string,
  year: number,
): { milestones: { title: string; plannedDate: IsoDate; doneDate: IsoDate | null }[]; problems: string[] } {
  const milestones: { title: string; plannedDate: IsoDate; doneDate: IsoDate | null }[] = [];
  const problems: string[] = [];
  for (const raw of text.split(/\r?\n|；|;/)) {
    const line = raw.trim().replace(/^\d+[.、．]\s*/, '');
    if (!line) continue;
    const colon = /^(.+?)[：:]\s*(.+)$/.exec(line);
    let reading: MilestoneReading | null = null;
    let title = '';
    if (colon) {
      reading = readMilestoneDate(colon[2], year);
      title = colon[1].trim();
      if (!reading.ok) {
        // `11月底：完成主体封顶` — the date first.
        const flipped = readMilestoneDate(colon[1], year);
        if (flipped.ok) [reading, title] = [flipped, colon[2].trim()];
      }
    } else {
      const lead = /^(\S+?)(?:前)?\s+(.+)$/.exec(line);
      if (lead) {
        reading = readMilestoneDate(lead[1], year);
        title = lead[2].trim();
      }
    }
    if (reading?.ok && title)
      milestones.push({ title, plannedDate: reading.plannedDate, doneDate: reading.doneDate });
    else problems.push(`无法识别的节点“${line}”，应写作“节点：日期”`);
  }
  return { milestones, problems };
}

/** Unit names in one cell, as offices separate them. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;／/\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Excel's line height for an 11 pt body font, in points, and the tallest row it allows. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;

/**
 * The height a row needs so that its wrapped text shows whole: the streaming
 * writer cannot let Excel or LibreOffice measure rows later, so long task
 * books overprinted the rows below. A Chinese character is about two
 * width units of a column, other characters one.
 */
export function rowHeightFor(values: readonly unknown[], widths: readonly number[]): number {
  let lines = 1;
  values.forEach((v, i) => {
    if (typeof v !== 'string' || !v) return;
    const room = Math.max(1, (widths[i] ?? 10) - 1);
    let needed = 0;
    for (const part of v.split('\n')) {
      let units = 0;
      for (const ch of part) units += /[\u2e80-\uffef]/u.test(ch) ? 2 : 1;
      needed += Math.max(1, Math.ceil(units / room));
    }
    lines = Math.max(lines, needed);
  });
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 4);
}
