import type { WorkCalendar } from '../calendar.js';
import { addDays, type IsoDate } from '../dates.js';
import { parseNumeral } from './numerals.js';

/**
 * Deadlines as meetings word them, dated from the meeting: 年底前, 11月底,
 * 12月20日前, 春节前, 一季度末, 30天内, 10个工作日内. 如期 / 按照时间节点 /
 * 按期 name no date of their own (the plan's); 尽快 / 立即 ask for speed.
 * A month earlier in the year than the meeting's means next year's.
 */

export type DeadlineKind = 'date' | 'as_scheduled' | 'asap';

export interface Deadline {
  kind: DeadlineKind;
  date: IsoDate | null;
  /** The words it was read from and where (offsets in the cleaned text). */
  text: string;
  start: number;
  end: number;
}

/** 春节 (the first day of the lunar year); 春节前 means the day before. */
const SPRING_FESTIVAL: Record<number, IsoDate> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
};

const N = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const BEFORE = '(前|之前|以前|底前|内|为止|截止)?';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

interface Rule {
  re: RegExp;
  read(
    m: RegExpExecArray,
    meeting: IsoDate,
    cal?: WorkCalendar,
  ): { kind: DeadlineKind; date: IsoDate | null } | null;
}

const yearOf = (d: IsoDate) => Number(d.slice(0, 4));
const monthOf = (d: IsoDate) => Number(d.slice(5, 7));
/** The year of a month named without one: this year's, or next year's when it has passed. */
const yearFor = (month: number, meeting: IsoDate) =>
  month < monthOf(meeting) - 1 ? yearOf(meeting) + 1 : yearOf(meeting);

const date = (d: IsoDate | null) => (d ? { kind: 'date' as const, date: d } : null);

const RULES: Rule[] = [
  {
    // 2027年3月31日前, 2027年3月底
    re: new RegExp(`(\\d{4})年${N}月(${N}日|底|末|上旬|中旬|下旬)?${BEFORE}`, 'g'),
    read: (m) => {
      const y = Number(m[1]);
      const mo = parseNumeral(m[2] as string) ?? 0;
      return date(dayOf(y, mo, m[3], m[4]));
    },
  },
  {
    // 12月20日前, 11月底, 3月上旬, 6月份
    re: new RegExp(`(?<![\\d年])${N}月(份)?(${N}[日号]|底|末|上旬|中旬|下旬)?${BEFORE}`, 'g'),
    read: (m, meeting) => {
      const mo = parseNumeral(m[1] as string) ?? 0;
      if (mo < 1 || mo > 12) return null;
      // A bare month (3月) is a deadline only with 前/底/份.
      if (!m[3] && !m[2] && !m[6]) return null;
      return date(dayOf(yearFor(mo, meeting), mo, m[3], m[4]));
    },
  },
  {
    re: /(今年|本年度?|年)(底|末|内)(前|之前)?|年终|全年/g,
    read: (_m, meeting) => date(`${yearOf(meeting)}-12-31`),
  },
  {
    re: /明年(底|末)|明年年底/g,
    read: (_m, meeting) => date(`${yearOf(meeting) + 1}-12-31`),
  },
  {
    re: /(本月|月)(底|末)(前)?/g,
    read: (_m, meeting) =>
      date(iso(yearOf(meeting), monthOf(meeting), lastDay(yearOf(meeting), monthOf(meeting)))),
  },
  {
    re: /(春节|元旦|国庆|五一|清明|端午|中秋)(节)?(前|之前|以前)/g,
    read: (m, meeting) => {
      const y = yearOf(meeting);
      const before = (d: IsoDate) => addDays(d, -1);
      const next = (dates: IsoDate[]) => dates.find((d) => d > meeting) ?? null;
      switch (m[1]) {
        case '春节': {
          const sf = next([SPRING_FESTIVAL[y], SPRING_FESTIVAL[y + 1]].filter((d): d is string => !!d));
          return date(sf ? before(sf) : null);
        }
        case '元旦':
          return date(`${y}-12-31`);
        case '国庆':
          return date(before(next([`${y}-10-01`, `${y + 1}-10-01`]) as string));
        case '五一':
          return date(before(next([`${y}-05-01`, `${y + 1}-05-01`]) as string));
        default:
          return null;
      }
    },
  },
  {
    re: /(第?[一二三四1-4])季度(末|底)?(前)?/g,
    read: (m, meeting) => {
      const q = parseNumeral(m[1]?.replace('第', '') as string) ?? 0;
      if (q < 1 || q > 4) return null;
      const mo = q * 3;
      const y = yearFor(mo, meeting);
      return date(iso(y, mo, lastDay(y, mo)));
    },
  },
  {
    re: /(上|下)半年/g,
    read: (m, meeting) => date(m[1] === '上' ? iso(yearFor(6, meeting), 6, 30) : `${yearOf(meeting)}-12-31`),
  },
  {
    // 30天内, 10个工作日内, 一周内, 两个月内
    re: /(\d{1,3}|[一二两三四五六七八九十]{1,3})(个)?(工作日|天|日|周|个?月)(内|之内)/g,
    read: (m, meeting, cal) => {
      const n = parseNumeral(m[1] as string) ?? 0;
      if (!n) return null;
      if (m[3] === '工作日')
        return date(cal ? afterWorkdays(cal, meeting, n) : addDays(meeting, Math.ceil(n * 1.4)));
      if (m[3] === '周') return date(addDays(meeting, n * 7));
      if (m[3]?.endsWith('月')) {
        const d = new Date(`${meeting}T00:00:00Z`);
        d.setUTCMonth(d.getUTCMonth() + n);
        return date(d.toISOString().slice(0, 10));
      }
      return date(addDays(meeting, n));
    },
  },
  {
    re: /如期|按期|按时|按照时间节点|按时间节点|按节点|按计划|按照计划/g,
    read: () => ({ kind: 'as_scheduled', date: null }),
  },
  { re: /尽快|立即|马上|尽早|第一时间/g, read: () => ({ kind: 'asap', date: null }) },
];

function dayOf(y: number, mo: number, day: string | undefined, before: string | undefined): IsoDate | null {
  if (mo < 1 || mo > 12) return null;
  if (!day) return iso(y, mo, lastDay(y, mo));
  if (day === '底' || day === '末' || before === '底前') return iso(y, mo, lastDay(y, mo));
  if (day === '上旬') return iso(y, mo, 10);
  if (day === '中旬') return iso(y, mo, 20);
  if (day === '下旬') return iso(y, mo, lastDay(y, mo));
  const d = parseNumeral(day.replace(/[日号]$/, ''));
  if (!d || d > lastDay(y, mo)) return null;
  return iso(y, mo, d);
}

function afterWorkdays(cal: WorkCalendar, from: IsoDate, n: number): IsoDate {
  let d = from;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (cal.isWorkday(d)) left--;
  }
  return d;
}

/** Every deadline phrase in `text` (offsets shifted by `offset`), in reading order, overlaps removed. */
export function findDeadlines(
  text: string,
  meetingDate: IsoDate,
  offset = 0,
  cal?: WorkCalendar,
): Deadline[] {
  const found: Deadline[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const read = rule.read(m as unknown as RegExpExecArray, meetingDate, cal);
      if (!read) continue;
      const start = offset + (m.index ?? 0);
      found.push({ ...read, text: m[0], start, end: start + m[0].length });
    }
  }
  // Earlier rules are the more specific: a later match inside an earlier one is dropped.
  const kept: Deadline[] = [];
  for (const d of found) if (!kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d);
  return kept.sort((a, b) => a.start - b.start);
}

/** The due date of a directive: its latest dated deadline. */
export function dueDateOf(deadlines: Deadline[]): Deadline | null {
  let best: Deadline | null = null;
  for (const d of deadlines) if (d.date && (!best?.date || d.date > best.date)) best = d;
  return best;
}
