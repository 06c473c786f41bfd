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

export function addDays(date: IsoDate, days: number): IsoDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
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
