import { addDays, type IsoDate, isIsoDate } from './dates.js';

/** The result of reading a date as offices type it in a spreadsheet cell. */
export type DateReading = { ok: true; date: IsoDate } | { ok: false; reason: string };

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): DateReading {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(s) ? { ok: true, date: s } : { ok: false, reason: `不存在的日期 ${y}年${m}月${d}日` };
}

function lastDayOf(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); serials in 1955–2100 only. */
const EXCEL_EPOCH = '1899-12-30';
export function fromExcelSerial(serial: number): DateReading {
  if (!Number.isFinite(serial) || serial < 20000 || serial > 73051)
    return { ok: false, reason: `数字 ${serial} 不是日期` };
  return { ok: true, date: addDays(EXCEL_EPOCH, Math.floor(serial)) };
}

/** Parts of a month: 上旬 ends on the 10th, 中旬 on the 20th, 下旬 and 底 on the last day. */
function partOfMonth(y: number, m: number, part: string | undefined): number {
  switch (part) {
    case '上旬':
    case '初':
      return 10;
    case '中旬':
    case '中':
      return 20;
    default:
      return lastDayOf(y, m);
  }
}

/**
 * A date from a spreadsheet cell the way offices write it: a real date cell, an
 * Excel serial number (as a number or as text), `2026-12-31`, `2026.12.31`,
 * `2026/12/31`, `20261231`, `2026年12月31日`, `12月31日` (in `year`), a month
 * (`2026年11月`, `11月底`, `11月中旬` — a deadline is the end of the span),
 * `年底`/`年底前` (December 31 of `year`). Anything else is refused with why.
 */
export function readDateCell(value: unknown, year: number): DateReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: '无效日期' };
    return ymd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') return fromExcelSerial(value);
  if (typeof value !== 'string') return { ok: false, reason: '不是日期' };
  const s = value.trim().replace(/\s+/g, '').replace(/前$/, '');
  if (!s) return { ok: false, reason: '日期为空' };
  let m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromExcelSerial(Number(s));
  m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]?$/.exec(s);
  if (m) return ymd(m[1] ? Number(m[1]) : year, Number(m[2]), Number(m[3]));
  m = /^(?:(\d{4})年)?(\d{1,2})月(上旬|中旬|下旬|初|中|底|末)?$/.exec(s);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, reason: `不存在的月份 ${month}月` };
    return ymd(y, month, partOfMonth(y, month, m[3]));
  }
  m = /^(?:(\d{4})年)?(年底|年末|年内)$/.exec(s) ?? /^(\d{4})年底?$/.exec(s);
  if (m) return ymd(m[1] ? Number(m[1]) : year, 12, 31);
  return { ok: false, reason: `无法识别的日期“${value}”` };
}
