import { describe, expect, it } from 'vitest';
import { WorkCalendar } from './calendar.js';
import { addDays, type IsoDate } from './dates.js';
import { ITEM_STATUSES, type ItemStatus, type Light } from './enums.js';
import {
  DEFAULT_LIGHT_SETTINGS,
  explainLight,
  explainText,
  isLit,
  type LightFacts,
  type LightReason,
  type LightSettings,
  lightAt,
  lightThresholds,
  reportDueOn,
} from './light.js';

/** Settings of the examples: yellow within 5 working days, red when a milestone is more than 7 days late. */
const S: LightSettings = { warnWorkingDays: 5, milestoneRedDays: 7 };
const cal = new WorkCalendar();
/** A Friday. */
const TODAY = '2026-11-27';

const facts = (dueDate: IsoDate, openMilestoneDates: IsoDate[] = [], status: ItemStatus = 'in_progress') => ({
  status,
  dueDate,
  openMilestoneDates,
});
const light = (f: LightFacts, asOf: IsoDate = TODAY, settings = S, calendar = cal) =>
  lightAt(lightThresholds(f, settings, calendar), asOf);

describe('lightThresholds', () => {
  it.each([
    ['a Friday deadline', facts('2026-11-27'), { yellowFrom: '2026-11-20', redFrom: '2026-11-28' }],
    [
      'a deadline after National Day',
      facts('2026-10-12'),
      { yellowFrom: '2026-09-29', redFrom: '2026-10-13' },
    ],
    [
      'an open milestone long before the deadline',
      facts('2026-12-31', ['2026-11-10']),
      { yellowFrom: '2026-11-11', redFrom: '2026-11-18' },
    ],
    [
      'the earliest of several open milestones',
      facts('2026-12-31', ['2026-12-01', '2026-11-10']),
      { yellowFrom: '2026-11-11', redFrom: '2026-11-18' },
    ],
    [
      'a milestone on the due date: the deadline decides',
      facts('2026-11-27', ['2026-11-27']),
      { yellowFrom: '2026-11-20', redFrom: '2026-11-28' },
    ],
  ])('for %s', (_what, f, expected) => {
    expect(lightThresholds(f, S, cal)).toEqual(expected);
  });

  it('never lets yellow start after red', () => {
    // Milestone reds at once (0 days of grace) while the deadline window is far away.
    const t = lightThresholds(
      facts('2026-12-31', ['2026-11-10']),
      { warnWorkingDays: 5, milestoneRedDays: 0 },
      cal,
    );
    expect(t).toEqual({ yellowFrom: '2026-11-11', redFrom: '2026-11-11' });
  });

  it('with zero warning days turns yellow only on the due day', () => {
    const t = lightThresholds(facts('2026-11-27'), { warnWorkingDays: 0, milestoneRedDays: 7 }, cal);
    expect(t).toEqual({ yellowFrom: '2026-11-27', redFrom: '2026-11-28' });
  });

  it.each(ITEM_STATUSES)('gives a %s item a light only while it runs', (status) => {
    const t = lightThresholds(facts('2026-11-27', [], status), S, cal);
    const running = ['assigned', 'in_progress', 'pending_review'].includes(status);
    expect(t === null).toBe(!running);
    expect(isLit(status)).toBe(running);
  });

  it('uses the default settings of DESIGN.md (5 working days, 7 days of milestone grace)', () => {
    expect(DEFAULT_LIGHT_SETTINGS).toEqual({ warnWorkingDays: 5, milestoneRedDays: 7 });
  });
});

describe('lightAt as of 2026-11-27 (a Friday)', () => {
  it.each<[string, LightFacts, Light | null]>([
    ['due today is yellow, not red', facts('2026-11-27'), 'yellow'],
    ['due tomorrow (a Saturday) is yellow', facts('2026-11-28'), 'yellow'],
    ['due next Monday (1 working day) is yellow', facts('2026-11-30'), 'yellow'],
    ['due in exactly 5 working days, across a weekend, is yellow', facts('2026-12-04'), 'yellow'],
    ['due in 6 working days is green', facts('2026-12-07'), 'green'],
    ['due at the end of the year is green', facts('2026-12-31'), 'green'],
    ['one day past due is red', facts('2026-11-26'), 'red'],
    ['long past due is red', facts('2026-06-30'), 'red'],
    ['a milestone one day late is yellow', facts('2026-12-31', ['2026-11-26']), 'yellow'],
    ['a milestone due today is not late yet', facts('2026-12-31', ['2026-11-27']), 'green'],
    ['a milestone exactly 7 days late is still yellow', facts('2026-12-31', ['2026-11-20']), 'yellow'],
    ['a milestone 8 days late is red', facts('2026-12-31', ['2026-11-19']), 'red'],
    ['done milestones do not count', facts('2026-12-31', []), 'green'],
    ['a completed item has no light', facts('2026-11-20', [], 'completed'), null],
    ['an item closed late has no light either', facts('2026-06-30', ['2026-05-01'], 'completed'), null],
    ['a cancelled item has no light', facts('2026-11-20', [], 'cancelled'), null],
    ['a draft has no light', facts('2026-11-20', [], 'draft'), null],
    ['a suspended item has no light', facts('2026-11-20', [], 'suspended'), null],
    ['an item waiting for review keeps its light', facts('2026-11-26', [], 'pending_review'), 'red'],
    ['a freshly assigned item has a light', facts('2026-11-27', [], 'assigned'), 'yellow'],
  ])('%s', (_what, f, expected) => {
    expect(light(f)).toBe(expected);
  });

  it('counts a milestone late by more than N days as red for any N', () => {
    for (const n of [0, 3, 7, 14]) {
      const settings = { warnWorkingDays: 5, milestoneRedDays: n };
      const planned = addDays(TODAY, -n);
      expect(light(facts('2026-12-31', [planned]), TODAY, settings)).toBe(n === 0 ? 'green' : 'yellow');
      expect(light(facts('2026-12-31', [addDays(planned, -1)]), TODAY, settings)).toBe('red');
    }
  });

  it('returns null without thresholds', () => {
    expect(lightAt(null, TODAY)).toBeNull();
  });
});

describe('lightAt across holidays', () => {
  const dueAfterHoliday = facts('2026-10-12');

  it('is yellow 5 working days before a deadline that follows National Day', () => {
    expect(light(dueAfterHoliday, '2026-09-29')).toBe('yellow');
  });

  it('is green 6 working days before it, although the deadline is two weeks away', () => {
    expect(light(dueAfterHoliday, '2026-09-28')).toBe('green');
  });

  it('turns yellow a day sooner when the office cancels the make-up Saturday', () => {
    const noMakeUp = new WorkCalendar([{ date: '2026-10-10', kind: 'holiday' }]);
    expect(light(dueAfterHoliday, '2026-09-28', S, noMakeUp)).toBe('yellow');
  });

  it('stays yellow through the whole holiday week and turns red the day after the deadline', () => {
    for (let d = '2026-09-29'; d <= '2026-10-12'; d = addDays(d, 1))
      expect(light(dueAfterHoliday, d)).toBe('yellow');
    expect(light(dueAfterHoliday, '2026-10-13')).toBe('red');
  });

  it('is yellow from the Friday a week before a Friday deadline, across the weekend', () => {
    expect(light(facts('2026-11-27'), '2026-11-19')).toBe('green');
    expect(light(facts('2026-11-27'), '2026-11-20')).toBe('yellow');
  });
});

describe('the light only worsens as days pass', () => {
  const rank = (l: Light | null) => (l === null ? -1 : ['green', 'yellow', 'red'].indexOf(l));

  /** A small deterministic generator, so that a failure can be replayed. */
  function* randomFacts(count: number): Generator<LightFacts & { settings: LightSettings }> {
    let seed = 20261127;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < count; i++) {
      const dueDate = addDays('2026-09-01', rnd(150));
      const openMilestoneDates = Array.from({ length: rnd(3) }, () => addDays('2026-08-01', rnd(150)));
      yield {
        status: 'in_progress',
        dueDate,
        openMilestoneDates,
        settings: { warnWorkingDays: rnd(8), milestoneRedDays: rnd(15) },
      };
    }
  }

  it('from green to yellow to red, never back, for 200 generated items over five months', () => {
    const regressions: string[] = [];
    for (const f of randomFacts(200)) {
      const t = lightThresholds(f, f.settings, cal);
      let worst = -1;
      for (let d = '2026-08-01'; d <= '2027-01-31'; d = addDays(d, 1)) {
        const r = rank(lightAt(t, d));
        if (r < worst) regressions.push(`${JSON.stringify(f)} on ${d}`);
        worst = Math.max(worst, r);
      }
      if (worst !== 2) regressions.push(`${JSON.stringify(f)} never turned red`);
    }
    expect(regressions).toEqual([]);
  });

  it('agrees with its explanation: green exactly when on track, red only with a reason', () => {
    const disagreements: string[] = [];
    for (const f of randomFacts(100)) {
      const t = lightThresholds(f, f.settings, cal);
      for (let d = '2026-08-01'; d <= '2027-01-31'; d = addDays(d, 3)) {
        const l = lightAt(t, d);
        const reasons = explainLight(f, d, f.settings, cal);
        const onTrack = reasons.length === 1 && reasons[0].code === 'on_track';
        const redReason = reasons.some(
          (r) =>
            r.code === 'overdue' || (r.code === 'milestone_late' && r.days > f.settings.milestoneRedDays),
        );
        if ((l === 'green') !== onTrack || (l === 'red') !== redReason)
          disagreements.push(`${JSON.stringify(f)} on ${d}: ${l} ${JSON.stringify(reasons)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('explainLight', () => {
  it.each<[string, LightFacts, IsoDate, LightReason[]]>([
    ['due today: 0 working days left', facts('2026-11-27'), TODAY, [{ code: 'due_soon', workdays: 0 }]],
    ['due next Friday', facts('2026-12-04'), TODAY, [{ code: 'due_soon', workdays: 5 }]],
    ['one day past due', facts('2026-11-26'), TODAY, [{ code: 'overdue', days: 1 }]],
    ['far ahead', facts('2026-12-31'), TODAY, [{ code: 'on_track' }]],
    [
      'late milestones, earliest first, beside the deadline',
      facts('2026-11-26', ['2026-11-25', '2026-11-10']),
      TODAY,
      [
        { code: 'overdue', days: 1 },
        { code: 'milestone_late', days: 17, date: '2026-11-10' },
        { code: 'milestone_late', days: 2, date: '2026-11-25' },
      ],
    ],
    ['a closed item: nothing to explain', facts('2026-11-20', [], 'completed'), TODAY, []],
    ['a draft: nothing to explain', facts('2026-11-20', [], 'draft'), TODAY, []],
  ])('%s', (_what, f, asOf, expected) => {
    expect(explainLight(f, asOf, S, cal)).toEqual(expected);
  });

  it('counts the working days left across National Day', () => {
    expect(explainLight(facts('2026-10-12'), '2026-09-29', S, cal)).toEqual([
      { code: 'due_soon', workdays: 5 },
    ]);
  });
});

describe('explainText', () => {
  it.each<[LightReason, string, string]>([
    [{ code: 'overdue', days: 3 }, '已超期 3 天', '3 days past due'],
    [{ code: 'due_soon', workdays: 2 }, '距截止还有 2 个工作日', 'due in 2 working days'],
    [
      { code: 'milestone_late', days: 4, date: '2026-11-23' },
      '节点（计划 2026-11-23）滞后 4 天',
      'milestone planned 2026-11-23 is 4 days late',
    ],
    [{ code: 'on_track' }, '按计划推进', 'on track'],
  ])('words %j in Chinese and English', (reason, zh, en) => {
    expect(explainText(reason, 'zh')).toBe(zh);
    expect(explainText(reason, 'en')).toBe(en);
  });
});

describe('a report missing for its cadence', () => {
  /** Far deadline, no milestones: only the report rule can light the item. */
  const reporting = (
    cadence: LightFacts['cadence'],
    lastReportOn: IsoDate | null,
    reportingSince: IsoDate | null = '2026-03-01',
  ): LightFacts => ({ ...facts('2027-06-30'), cadence, lastReportOn, reportingSince });

  it.each([
    ['weekly, last report a week ago on a Friday', reporting('weekly', '2026-11-20'), '2026-11-27'],
    ['biweekly', reporting('biweekly', '2026-11-13'), '2026-11-27'],
    ['monthly', reporting('monthly', '2026-10-30'), '2026-11-30'],
    ['monthly from the 31st: the month has no 31st', reporting('monthly', '2026-10-31'), '2026-11-30'],
    ['due on a Sunday: the Monday', reporting('weekly', '2026-11-22'), '2026-11-30'],
    [
      'due in the National Day holiday: the first working day after',
      reporting('weekly', '2026-09-26'),
      '2026-10-08',
    ],
    ['due in the Spring Festival', reporting('weekly', '2026-02-16'), '2026-02-24'],
    [
      'no report yet: a cadence after reporting began',
      reporting('monthly', null, '2026-10-27'),
      '2026-11-27',
    ],
    ['the last report counts, not the start', reporting('weekly', '2026-11-25', '2026-01-05'), '2026-12-02'],
    ['no cadence', reporting(undefined, '2026-01-01'), null],
    ['not running yet (never assigned)', reporting('weekly', null, null), null],
  ])('is due for %s on %s', (_what, f, due) => {
    expect(reportDueOn(f, cal)).toBe(due);
    const t = lightThresholds(f, S, cal);
    expect(t?.yellowFrom).toBe(due ? addDays(due, 1) : '2027-06-23');
    // Missing a report warns; it never makes an item red.
    expect(t?.redFrom).toBe('2027-07-01');
  });

  it.each<[IsoDate, Light]>([
    ['2026-11-26', 'green'],
    ['2026-11-27', 'green'],
    ['2026-11-28', 'yellow'],
    ['2026-12-20', 'yellow'],
  ])('turns a weekly item last reported 2026-11-20 yellow after its due day: %s → %s', (asOf, expected) => {
    expect(light(reporting('weekly', '2026-11-20'), asOf)).toBe(expected);
  });

  it('says which report is missing and since when', () => {
    const reasons = explainLight(reporting('weekly', '2026-11-13'), TODAY, S, cal);
    expect(reasons).toEqual([{ code: 'report_missing', due: '2026-11-20', days: 7 }]);
    expect(explainText(reasons[0], 'zh')).toBe('进展反馈应于 2026-11-20 报送，已逾 7 天');
    expect(explainText(reasons[0], 'en')).toBe('a progress report was due 2026-11-20, 7 days ago');
    expect(explainLight(reporting('weekly', '2026-11-20'), TODAY, S, cal)).toEqual([{ code: 'on_track' }]);
  });

  it('follows the office calendar: a make-up holiday moves the due day', () => {
    const office = new WorkCalendar([{ date: '2026-11-27', kind: 'holiday' }]);
    expect(reportDueOn(reporting('weekly', '2026-11-20'), office)).toBe('2026-11-30');
  });
});

describe('explainText names the late milestone', () => {
  it('says which step is late, not only its date', () => {
    const reason = {
      code: 'milestone_late' as const,
      days: 12,
      date: '2026-11-15' as never,
      title: '完成招标',
    };
    expect(explainText(reason, 'zh')).toBe('节点「完成招标」（计划 2026-11-15）滞后 12 天');
    expect(explainText(reason, 'en')).toBe('milestone “完成招标” planned 2026-11-15 is 12 days late');
  });
});
