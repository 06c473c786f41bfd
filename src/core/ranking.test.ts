import { describe, expect, it } from 'vitest';
import { compareUnitLateness, rankUnitsByLateness, sharedLateness, type UnitLateness } from './ranking.js';

const unit = (unitName: string, o: Partial<UnitLateness>): UnitLateness => ({
  unitName,
  red: 0,
  overdue: 0,
  completedLate: 0,
  leadRed: 0,
  leadOverdue: 0,
  leadCompletedLate: 0,
  ...o,
});

describe('the unit ranking', () => {
  it('puts a unit that leads one overdue item before one that cooperates on three', () => {
    const leads = unit('区住建局', { overdue: 1, leadOverdue: 1 });
    const helps = unit('区财政局', { overdue: 3 });
    expect(rankUnitsByLateness([helps, leads]).map((u) => u.unitName)).toEqual(['区住建局', '区财政局']);
  });

  it.each<[string, Partial<UnitLateness>, Partial<UnitLateness>]>([
    ['lead overdue', { overdue: 2, leadOverdue: 2 }, { overdue: 1, leadOverdue: 1 }],
    ['lead late completions', { completedLate: 1, leadCompletedLate: 1 }, { completedLate: 3 }],
    ['lead red', { red: 1, leadRed: 1 }, { red: 2 }],
    ['shared overdue when lead figures tie', { overdue: 2 }, { overdue: 1 }],
    ['shared red after shared late completions tie', { red: 2 }, { red: 1 }],
  ])('ranks by %s', (_, worse, better) => {
    expect(compareUnitLateness(unit('甲', worse), unit('乙', better))).toBeLessThan(0);
    expect(compareUnitLateness(unit('乙', better), unit('甲', worse))).toBeGreaterThan(0);
  });

  it('leaves out units with nothing late and keeps the top ten', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      unit(`单位${i}`, { overdue: i + 1, leadOverdue: i + 1 }),
    );
    const ranked = rankUnitsByLateness([unit('无事', {}), ...many]);
    expect(ranked).toHaveLength(10);
    expect(ranked[0]?.unitName).toBe('单位11');
    expect(ranked.some((u) => u.unitName === '无事')).toBe(false);
  });

  it('splits what a unit shares from what it leads', () => {
    expect(sharedLateness(unit('甲', { red: 3, leadRed: 1, overdue: 2, leadOverdue: 2 }))).toEqual({
      red: 2,
      overdue: 0,
      completedLate: 0,
    });
  });
});
