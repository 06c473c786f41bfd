import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from './dates.js';
import type { Trajectory } from './enums.js';
import {
  actualShare,
  type TrajectoryFacts,
  trajectoryAt,
  trajectoryNumbers,
  trajectoryThresholds,
} from './trajectory.js';

/** 1200 安置房 between 2026-01-01 and 2026-12-31 (364 days), from a baseline of 0. */
const housing = (current: number | null): TrajectoryFacts => ({
  startDate: '2026-01-01',
  dueDate: '2026-12-31',
  targets: [{ targetValue: 1200, baselineValue: 0, currentValue: current }],
});
const at = (f: TrajectoryFacts, asOf: IsoDate) => trajectoryAt(trajectoryThresholds(f), asOf);

describe('actualShare', () => {
  it.each([
    ['nothing reported', [{ targetValue: 100, baselineValue: 0, currentValue: null }], 0],
    ['half way', [{ targetValue: 100, baselineValue: 0, currentValue: 50 }], 0.5],
    ['from a baseline', [{ targetValue: 300, baselineValue: 100, currentValue: 150 }], 0.25],
    [
      'a falling target (PM2.5 down from 50 to 40)',
      [{ targetValue: 40, baselineValue: 50, currentValue: 45 }],
      0.5,
    ],
    ['over the target counts as done', [{ targetValue: 100, baselineValue: 0, currentValue: 130 }], 1],
    ['below the baseline counts as nothing', [{ targetValue: 100, baselineValue: 10, currentValue: 5 }], 0],
    [
      'the slowest of several targets',
      [
        { targetValue: 100, baselineValue: 0, currentValue: 90 },
        { targetValue: 10, baselineValue: 0, currentValue: 3 },
      ],
      0.3,
    ],
    [
      'a target equal to its baseline measures nothing',
      [{ targetValue: 5, baselineValue: 5, currentValue: 5 }],
      null,
    ],
    ['no targets', [], null],
  ])('%s', (_what, targets, share) => {
    expect(actualShare(targets)).toBe(share);
  });
});

describe('trajectory against the planned straight line', () => {
  it.each<[string, number | null, IsoDate, Trajectory]>([
    ['on the start day with nothing done', null, '2026-01-01', 'on_track'],
    ['nothing done after 10 % of the year', null, '2026-02-06', 'on_track'],
    ['nothing done just past 10 %', null, '2026-02-08', 'behind'],
    ['nothing done past 25 %', null, '2026-04-04', 'far_behind'],
    ['600 of 1200 at mid-year', 600, '2026-07-01', 'on_track'],
    ['400 of 1200 at mid-year (17 points behind)', 400, '2026-07-01', 'behind'],
    ['200 of 1200 at mid-year (33 points behind)', 200, '2026-07-01', 'far_behind'],
    ['1100 of 1200 at the due date (8 points behind)', 1100, '2026-12-31', 'on_track'],
    ['1000 of 1200 after the due date', 1000, '2027-03-01', 'behind'],
    ['done', 1200, '2027-03-01', 'on_track'],
  ])('%s → %s', (_what, current, asOf, expected) => {
    expect(at(housing(current), asOf)).toBe(expected);
  });

  it('agrees day by day with the plain comparison of planned and actual', () => {
    for (const current of [null, 100, 480, 900, 1150]) {
      const f = housing(current);
      for (let d = 0; d < 400; d += 3) {
        const asOf = addDays('2026-01-01', d);
        const n = trajectoryNumbers(f, asOf);
        if (!n) throw new Error('numbers expected');
        const share = (current ?? 0) / 1200;
        const planned = Math.min(1, d / 364);
        const gap = (planned - share) * 100;
        const expected = gap > 25 ? 'far_behind' : gap > 10 ? 'behind' : 'on_track';
        expect(at(f, asOf), `${current} on ${asOf}`).toBe(expected);
      }
    }
  });

  it('has no trajectory without a measurable target', () => {
    expect(trajectoryThresholds({ startDate: '2026-01-01', dueDate: '2026-12-31', targets: [] })).toBeNull();
    expect(trajectoryAt(null, '2026-06-01')).toBeNull();
  });

  it('treats a start on the due day as all planned at once', () => {
    const f = { startDate: '2026-06-01', dueDate: '2026-06-01', targets: housing(0).targets };
    expect(trajectoryThresholds(f)).toEqual({ behindFrom: '2026-06-01', farBehindFrom: '2026-06-01' });
  });

  it('gives planned and actual percentages for the words', () => {
    expect(trajectoryNumbers(housing(300), '2026-07-02')).toEqual({ planned: 50, actual: 25 });
  });
});
