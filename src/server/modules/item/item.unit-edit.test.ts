import { describe, expect, it } from 'vitest';
import { unitEditViolations } from './item.unit-edit.js';

const stored = {
  milestones: [{ id: 'm1', title: '桩基', plannedDate: '2026-06-30', doneDate: null }],
  responsibilities: [
    { id: 'r1', unitId: 'lead', role: 'lead' as const, leaderId: null, deputyId: null, responsibleId: null },
    {
      id: 'r2',
      unitId: 'coop',
      role: 'cooperating' as const,
      leaderId: null,
      deputyId: null,
      responsibleId: null,
    },
  ],
};
const done = [{ ...stored.milestones[0], doneDate: '2026-06-20' }];
const namePeople = (unit: string) =>
  stored.responsibilities.map((r) => (r.unitId === unit ? { ...r, responsibleId: 'p1' } : r));

describe('unitEditViolations', () => {
  const cases: [string, Record<string, unknown>, string, boolean, (string | undefined)[]][] = [
    ['the lead unit records a milestone done', { version: 1, milestones: done }, 'lead', true, []],
    [
      'a cooperating unit may not',
      { version: 1, milestones: done },
      'coop',
      false,
      ['milestones.0.doneDate'],
    ],
    [
      'nobody in a unit renames a milestone',
      { milestones: [{ ...stored.milestones[0], title: '改名' }] },
      'lead',
      true,
      ['milestones.0'],
    ],
    [
      'nor adds one',
      { milestones: [...stored.milestones, { title: '新', plannedDate: '2026-07-01', doneDate: null }] },
      'lead',
      true,
      ['milestones'],
    ],
    ['a unit names its own people', { responsibilities: namePeople('coop') }, 'coop', false, []],
    [
      'but not another unit’s',
      { responsibilities: namePeople('lead') },
      'coop',
      false,
      ['responsibilities.0'],
    ],
    [
      'nor changes a role',
      { responsibilities: stored.responsibilities.map((r) => ({ ...r, role: 'lead' })) },
      'coop',
      false,
      ['responsibilities.1'],
    ],
    [
      'the title is the supervisor’s',
      { title: '新标题', dueDate: '2027-01-01' },
      'lead',
      true,
      ['title', 'dueDate'],
    ],
  ];
  it.each(cases)('%s', (_, input, unitId, isLead, fields) => {
    // biome-ignore lint/suspicious/noExplicitAny: table rows hold partial inputs
    const out = unitEditViolations(input as any, stored, unitId, isLead);
    expect(out.map((d) => d.field)).toEqual(fields);
  });
});
