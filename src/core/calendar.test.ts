import { describe, expect, it } from 'vitest';
import { WorkCalendar } from './calendar.js';
import { addDays } from './dates.js';

/**
 * 2026 facts the tests rely on (State Council notice for 2026):
 * National Day and its week run Thu 10-01 … Wed 10-07; Sat 10-10 and Sun 09-20
 * are make-up working days (调休); Mid-Autumn is Fri 09-25 … Sun 09-27.
 * 2026-11-27 is a Friday.
 */
const published = new WorkCalendar();

describe('WorkCalendar.isWorkday', () => {
  it.each([
    ['2026-11-27', 'an ordinary Friday', true],
    ['2026-11-28', 'a Saturday', false],
    ['2026-11-29', 'a Sunday', false],
    ['2026-10-01', 'National Day', false],
    ['2026-10-05', 'a Monday inside the National Day week', false],
    ['2026-10-07', 'the last day of the National Day week', false],
    ['2026-10-08', 'the Thursday after the holiday', true],
    ['2026-10-10', 'the make-up Saturday after National Day', true],
    ['2026-09-20', 'the make-up Sunday before National Day', true],
    ['2026-09-25', 'Mid-Autumn Festival', false],
  ])('takes %s (%s) as a working day: %s', (date, _what, expected) => {
    expect(published.isWorkday(date)).toBe(expected);
  });

  it("lets the office's own overrides win over the published table", () => {
    const own = new WorkCalendar([
      { date: '2026-11-27', kind: 'holiday' },
      { date: '2026-11-28', kind: 'workday' },
      { date: '2026-10-10', kind: 'holiday' },
      { date: '2026-10-05', kind: 'workday' },
    ]);
    expect(own.isWorkday('2026-11-27')).toBe(false);
    expect(own.isWorkday('2026-11-28')).toBe(true);
    expect(own.isWorkday('2026-10-10')).toBe(false);
    expect(own.isWorkday('2026-10-05')).toBe(true);
    expect(own.isWorkday('2026-11-26')).toBe(true);
  });
});

describe('WorkCalendar.workdaysBetween', () => {
  it.each([
    ['2026-11-27', '2026-11-27', 0, 'the same day'],
    ['2026-11-27', '2026-11-30', 1, 'Friday to Monday over a weekend'],
    ['2026-11-27', '2026-12-04', 5, 'a whole week ahead'],
    ['2026-11-26', '2026-11-27', 1, 'one working day, counting the end and not the start'],
    ['2026-09-30', '2026-10-12', 4, 'across National Day with its make-up Saturday'],
    ['2026-09-18', '2026-09-21', 2, 'across the make-up Sunday 09-20'],
    ['2026-12-04', '2026-11-27', 0, 'a range that runs backwards'],
  ])('counts (%s, %s] as %i working days (%s)', (from, to, n) => {
    expect(published.workdaysBetween(from, to)).toBe(n);
  });

  it('ends at the end of the calendar: a range up to 9999-12-31 is counted, not walked past', () => {
    // Weekdays only there (no published holidays): (9999-12-28, 9999-12-31] holds Wed 29 to Fri 31.
    expect(published.workdaysBetween('9999-12-28', '9999-12-31')).toBe(3);
  });
});

describe('WorkCalendar.windowStart', () => {
  it.each([
    ['2026-11-27', 5, '2026-11-20', 'a Friday deadline: the window opens the Friday before'],
    ['2026-11-27', 0, '2026-11-27', 'zero working days: only the due day itself'],
    ['2026-11-29', 0, '2026-11-27', 'zero days before a Sunday deadline: from the last working day'],
    ['2026-11-29', 5, '2026-11-20', 'a Sunday deadline reaches back as far as the Friday before it'],
    ['2026-11-30', 1, '2026-11-27', 'one working day before a Monday: from Friday'],
    ['2026-10-09', 5, '2026-09-24', 'the holiday week and Mid-Autumn do not count'],
    ['2026-10-12', 5, '2026-09-29', 'the make-up Saturday 10-10 counts as a working day'],
    ['2026-10-08', 1, '2026-09-30', 'the first day after the holiday: from the last day before it'],
  ])('windowStart(%s, %i) is %s (%s)', (date, n, expected) => {
    expect(published.windowStart(date, n)).toBe(expected);
  });

  it('moves with an office override', () => {
    const extraHoliday = new WorkCalendar([{ date: '2026-11-25', kind: 'holiday' }]);
    expect(extraHoliday.windowStart('2026-11-27', 5)).toBe('2026-11-19');
    const extraWorkday = new WorkCalendar([{ date: '2026-11-21', kind: 'workday' }]);
    expect(extraWorkday.windowStart('2026-11-27', 5)).toBe('2026-11-21');
    const noMakeUp = new WorkCalendar([{ date: '2026-10-10', kind: 'holiday' }]);
    expect(noMakeUp.windowStart('2026-10-12', 5)).toBe('2026-09-28');
  });

  it('opens the window exactly where the due date comes within n working days, all year round', () => {
    const wrong: string[] = [];
    for (const n of [0, 1, 3, 5, 10]) {
      for (let date = '2026-01-01'; date <= '2026-12-31'; date = addDays(date, 1)) {
        const start = published.windowStart(date, n);
        const inside = published.workdaysBetween(start, date);
        const dayBefore = published.workdaysBetween(addDays(start, -1), date);
        if (start > date || inside > n || dayBefore <= n) wrong.push(`${date}/${n} → ${start}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
