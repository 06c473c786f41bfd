import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

/**
 * Calendar dates travel as `YYYY-MM-DD` text everywhere (API, database, rules):
 * they compare correctly as strings and carry no time zone to get wrong.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && dayjs.utc(s).format('YYYY-MM-DD') === s;
}

const DAY_MS = 86_400_000;

/** Midnight UTC of a `YYYY-MM-DD` date in ms, or NaN for anything else (which then goes through dayjs). */
const utcDay = (date: string): number => (ISO_DATE.test(date) ? Date.parse(date) : Number.NaN);

// Lights and reminders shift and compare dates for every item of every list: plain UTC
// arithmetic on `YYYY-MM-DD` is ten times cheaper than building dayjs objects, and the same.
export function addDays(date: IsoDate, days: number): IsoDate {
  const ms = utcDay(date);
  // A year past 9999 comes out of toISOString as +010000-…: such dates go through dayjs, as before.
  const out = Number.isNaN(ms) ? '' : new Date(ms + days * DAY_MS).toISOString();
  if (out.length === 24) return out.slice(0, 10);
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** The same day `months` later, or the month's last day when it is shorter (01-31 → 02-28), as dayjs does. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isNaN(utcDay(date))) {
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7)) - 1 + months;
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m, Math.min(Number(date.slice(8, 10)), last))).toISOString().slice(0, 10);
  }
  return dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = utcDay(from);
  const b = utcDay(to);
  if (!Number.isNaN(a) && !Number.isNaN(b)) return Math.round((b - a) / DAY_MS);
  return dayjs.utc(to).diff(dayjs.utc(from), 'day');
}

/** The calendar date of an instant in the office's time zone (China has one: UTC+8, no DST). */
export function dateInChina(instant: Date): IsoDate {
  return dayjs.utc(instant).add(8, 'hour').format('YYYY-MM-DD');
}

export function minDate(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of dates) if (d && (best === null || d < best)) best = d;
  return best;
}

export function maxDate(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

/** `11月21日` — the way Chinese official texts write a date within the year. */
export function formatChineseDate(date: IsoDate, withYear = false): string {
  const d = dayjs.utc(date);
  const md = `${d.month() + 1}月${d.date()}日`;
  return withYear ? `${d.year()}年${md}` : md;
}
