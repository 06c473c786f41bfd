import chineseDays from 'chinese-days';
import { addDays, daysBetween, type IsoDate } from './dates.js';

/** An office's own correction of the published holiday table. */
export interface CalendarOverride {
  date: IsoDate;
  /** `holiday`: no work that day; `workday`: a working day (e.g. a make-up day, 调休). */
  kind: 'holiday' | 'workday';
}

/** Walks a calendar remembers before it starts afresh. */
const WALKS_KEPT = 20_000;

/**
 * The working-day calendar: the published Chinese public holidays and make-up
 * working days (chinese-days) as the default, with the office's overrides on top.
 */
export class WorkCalendar {
  private readonly overrides: Map<IsoDate, 'holiday' | 'workday'>;
  /**
   * Answers already walked: a calendar lives as long as the office's settings do (the server keeps
   * it between requests), and every list asks the same due dates again. Bounded: cleared when full.
   */
  private readonly walked = new Map<string, IsoDate | number>();

  constructor(overrides: readonly CalendarOverride[] = []) {
    this.overrides = new Map(overrides.map((o) => [o.date, o.kind]));
  }

  isWorkday(date: IsoDate): boolean {
    const own = this.overrides.get(date);
    if (own) return own === 'workday';
    return chineseDays.isWorkday(date);
  }

  /**
   * The earliest date D from which `date` is at most `n` working days away,
   * counting the working days in (D, date]. "Due within 5 working days" starts
   * there. Walking day by day keeps a deadline on a Sunday or in a holiday week
   * right: the holiday days do not count, so the window reaches further back.
   */
  windowStart(date: IsoDate, n: number): IsoDate {
    return this.remember(`w${date}|${n}`, () => this.walkBack(date, n)) as IsoDate;
  }

  private walkBack(date: IsoDate, n: number): IsoDate {
    let d = date;
    let count = 0;
    for (;;) {
      const next = count + (this.isWorkday(d) ? 1 : 0);
      if (next > n) return d;
      d = addDays(d, -1);
      count = next;
    }
  }

  /** Number of working days in the half-open range (from, to]. */
  workdaysBetween(from: IsoDate, to: IsoDate): number {
    return this.remember(`b${from}|${to}`, () => this.count(from, to)) as number;
  }

  private remember(key: string, walk: () => IsoDate | number): IsoDate | number {
    let v = this.walked.get(key);
    if (v === undefined) {
      if (this.walked.size >= WALKS_KEPT) this.walked.clear();
      v = walk();
      this.walked.set(key, v);
    }
    return v;
  }

  private count(from: IsoDate, to: IsoDate): number {
    // Counted over a number of days, not until the text of a date passes `to`: past year 9999 a
    // date's text no longer sorts after 9999-12-31, and the walk never ended (a fuzzed request hung).
    let count = 0;
    let d = from;
    for (let i = daysBetween(from, to); i > 0; i--) {
      d = addDays(d, 1);
      if (this.isWorkday(d)) count++;
    }
    return count;
  }
}
