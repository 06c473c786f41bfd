import { describe, expect, it } from 'vitest';
import { describeBackwardsRule, layMilestonesBackwards, parseBackwardsRule } from './template.js';

describe('layMilestonesBackwards (倒排工期)', () => {
  it('lays each milestone its days before the due date, earliest first', () => {
    const chain = [
      { title: '竣工交付', daysBeforeDue: 0 },
      { title: '主体封顶', daysBeforeDue: 90 },
      { title: '开工建设', daysBeforeDue: 240 },
    ];
    expect(layMilestonesBackwards(chain, { startDate: '2026-01-01', dueDate: '2026-12-31' })).toEqual([
      { title: '开工建设', plannedDate: '2026-05-05' },
      { title: '主体封顶', plannedDate: '2026-10-02' },
      { title: '竣工交付', plannedDate: '2026-12-31' },
    ]);
  });

  it('never lays a milestone before the start date', () => {
    const out = layMilestonesBackwards([{ title: '立项', daysBeforeDue: 400 }], {
      startDate: '2026-03-01',
      dueDate: '2026-12-31',
    });
    expect(out).toEqual([{ title: '立项', plannedDate: '2026-03-01' }]);
  });
});

describe('backwards rules in words', () => {
  it.each([
    ['时限 − 90天', 90],
    ['时限-90天', 90],
    ['时限 - 3个月', 90],
    ['时限-2周', 14],
    ['时限', 0],
    ['开工后90天', null],
  ])('reads %s', (text, days) => expect(parseBackwardsRule(text)).toBe(days));

  it('writes the rule the way offices do and reads it back', () => {
    const m = { title: '主体封顶', daysBeforeDue: 90 };
    expect(describeBackwardsRule(m)).toBe('主体封顶 = 时限 − 90天');
    expect(parseBackwardsRule(describeBackwardsRule(m).split('=')[1])).toBe(90);
  });
});
