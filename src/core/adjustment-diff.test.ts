import { describe, expect, it } from 'vitest';
import { adjustmentDiff, type CoreSnapshot, type DiffSection } from './adjustment-diff.js';

const base: CoreSnapshot = {
  goal: '建成安置房 1200 套',
  targets: [{ id: 't1', name: '安置房', unit: '套', targetValue: 1200, baselineValue: 0 }],
  milestones: [
    { id: 'm1', title: '完成征迁', plannedDate: '2026-06-30' },
    { id: 'm2', title: '主体封顶', plannedDate: '2026-10-31' },
  ],
  responsibilities: [
    {
      unitId: 'u1',
      unitName: '区住建局',
      role: 'lead',
      leaderName: '王区长',
      deputyName: null,
      responsibleName: '李科长',
    },
  ],
};

type Case = [string, Partial<CoreSnapshot>, DiffSection[], [string, string | null, string | null][]];

describe('adjustmentDiff', () => {
  it.each<Case>([
    ['nothing changed', {}, ['goal', 'targets', 'milestones', 'responsibilities'], []],
    [
      'the goal reworded',
      { goal: '建成安置房 1000 套' },
      ['goal'],
      [['', '建成安置房 1200 套', '建成安置房 1000 套']],
    ],
    [
      'a target lowered (same id)',
      { targets: [{ id: 't1', name: '安置房', unit: '套', targetValue: 1000, baselineValue: 0 }] },
      ['targets'],
      [['安置房', '安置房：1200 套（基数 0）', '安置房：1000 套（基数 0）']],
    ],
    [
      'a target added, matched by nothing',
      {
        targets: [...base.targets, { name: '配套道路', unit: '公里', targetValue: 3, baselineValue: 0 }],
      },
      ['targets'],
      [['配套道路', null, '配套道路：3 公里（基数 0）']],
    ],
    ['a target removed', { targets: [] }, ['targets'], [['安置房', '安置房：1200 套（基数 0）', null]]],
    [
      'a milestone moved, the other kept',
      {
        milestones: [
          { id: 'm1', title: '完成征迁', plannedDate: '2026-08-31' },
          { id: 'm2', title: '主体封顶', plannedDate: '2026-10-31' },
        ],
      },
      ['milestones'],
      [['完成征迁', '完成征迁 2026-06-30', '完成征迁 2026-08-31']],
    ],
    [
      'a new milestone without id but the same title as none',
      { milestones: [...base.milestones, { title: '竣工验收', plannedDate: '2026-12-20' }] },
      ['milestones'],
      [['竣工验收', null, '竣工验收 2026-12-20']],
    ],
    [
      'a deputy named and a cooperating unit added',
      {
        responsibilities: [
          { ...base.responsibilities[0], deputyName: '赵副局长' },
          {
            unitId: 'u2',
            unitName: '区财政局',
            role: 'cooperating',
            leaderName: null,
            deputyName: null,
            responsibleName: null,
          },
        ],
      },
      ['responsibilities'],
      [
        [
          '区住建局',
          '牵头单位；主管领导：王区长；具体责任人：李科长',
          '牵头单位；主管领导：王区长；分管副职：赵副局长；具体责任人：李科长',
        ],
        ['区财政局', null, '配合单位'],
      ],
    ],
    [
      'a section the request does not change is left out',
      { goal: '另一个目标', targets: [] },
      ['targets'],
      [['安置房', '安置房：1200 套（基数 0）', null]],
    ],
  ])('%s', (_what, change, sections, expected) => {
    const rows = adjustmentDiff(base, { ...base, ...change }, sections);
    expect(rows.map((r) => [r.label, r.before?.zh ?? null, r.after?.zh ?? null])).toEqual(expected);
  });

  it('words both languages', () => {
    const [row] = adjustmentDiff(base, { ...base, targets: [{ ...base.targets[0], targetValue: 900 }] }, [
      'targets',
    ]);
    expect(row.after?.en).toBe('安置房: 900 套 (baseline 0)');
  });
});
