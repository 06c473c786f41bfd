import dayjs from 'dayjs';
import { dateInChina, formatChineseDate } from '../../core/dates.js';
import type { Lang } from '../../core/labels.js';

/**
 * Dates the Chinese way (`11月21日`, with the year when it is not this year);
 * ISO dates in English so they stay unambiguous.
 */
export function fmtDate(date: string | null | undefined, lang: Lang, withYear?: boolean): string {
  if (!date) return '—';
  const day = date.slice(0, 10);
  if (lang === 'en') return day;
  const year = withYear ?? day.slice(0, 4) !== String(new Date().getFullYear());
  return formatChineseDate(day, year);
}

/** An instant (ISO timestamp) in local time: `2026年11月21日 14:05` / `2026-11-21 14:05`. */
export function fmtInstant(instant: string | null | undefined, lang: Lang): string {
  if (!instant) return '—';
  const d = dayjs(instant);
  if (!d.isValid()) return instant;
  return lang === 'zh'
    ? `${formatChineseDate(d.format('YYYY-MM-DD'), true)} ${d.format('HH:mm')}`
    : d.format('YYYY-MM-DD HH:mm');
}

/** Today's date in China as `YYYY-MM-DD` (the office keeps China time wherever the browser is). */
export function todayInChina(): string {
  return dateInChina(new Date());
}
