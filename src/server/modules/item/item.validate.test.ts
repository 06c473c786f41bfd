import { describe, expect, it } from 'vitest';
import { itemRuleViolations, sameDivision, sameTargets } from './item.validate.js';

type Resp = {
  unitId: string;
  role: 'lead' | 'undertaking' | 'cooperating';
  leaderId: string | null;
  deputyId: string | null;
  responsibleId: string | null;
};
const base: {
  startDate: string;
  dueDate: string;
  responsibilities: Resp[];
  milestones: { title: string; plannedDate: string; doneDate: string | null }[];
} = {
  startDate: '2026-03-01',
  dueDate: '2026-12-31',
  responsibilities: [
    { unitId: 'a', role: 'lead', leaderId: null, deputyId: null, responsibleId: null },
    { unitId: 'b', role: 'cooperating', leaderId: null, deputyId: null, responsibleId: null },
  ],
  milestones: [{ title: '桩基', plannedDate: '2026-06-30', doneDate: null }],
};
const today = '2026-11-27';

describe('itemRuleViolations', () => {
  const cases: [string, Partial<typeof base>, string[]][] = [
    ['a valid item', {}, []],
    ['due before start', { dueDate: '2026-02-01', milestones: [] }, ['dueDate']],
    [
      'two lead units',
      { responsibilities: base.responsibilities.map((r) => ({ ...r, role: 'lead' as const })) },
      ['responsibilities.1.role'],
    ],
    [
      'a unit listed twice',
      { responsibilities: [base.responsibilities[0], { ...base.responsibilities[1], unitId: 'a' }] },
      ['responsibilities.1.unitId'],
    ],
    [
      'a milestone after the due date',
      { milestones: [{ ...base.milestones[0], plannedDate: '2027-01-05' }] },
      ['milestones.0.plannedDate'],
    ],
    [
      'done in the future',
      { milestones: [{ ...base.milestones[0], doneDate: '2026-11-28' }] },
      ['milestones.0.doneDate'],
    ],
  ];
  it.each(cases)('%s', (_, o, fields) => {
    expect(itemRuleViolations({ ...base, ...o }, today).map((d) => d.field)).toEqual(fields);
  });
});

describe('sameTargets and sameDivision', () => {
  const t = { name: '安置房', unit: '套', targetValue: 1200, baselineValue: 0 };
  it.each([
    [[t], [{ ...t, id: 'x' }], true],
    [[t], [{ ...t, targetValue: 1300 }], false],
    [[t], [], false],
  ])('targets %j vs %j → %s', (a, b, same) => expect(sameTargets(a, b)).toBe(same));
  it('compares the division of work regardless of order and people', () => {
    const [a, b] = base.responsibilities;
    const named: Resp = { ...b, responsibleId: 'p' };
    expect(sameDivision([a, b], [named, a])).toBe(true);
    expect(sameDivision([a, b], [a, { ...b, role: 'undertaking' }])).toBe(false);
  });
});
