import { describe, expect, it } from 'vitest';
import type { Role } from './enums.js';
import { mayBeNamed, type PersonFacts, type PersonField } from './responsible-people.js';

describe('who a unit may name as responsible (core/responsible-people.ts)', () => {
  const own = { unitId: 'u1', roles: ['unit'] as Role[] };
  const other = { unitId: 'u2', roles: ['unit'] as Role[] };
  const districtLeader = { unitId: null, roles: ['leader'] as Role[] };
  const supervisor = { unitId: null, roles: ['supervisor'] as Role[] };
  const cases: [PersonField, PersonFacts, boolean][] = [
    ['leaderId', own, true],
    ['leaderId', districtLeader, true],
    ['leaderId', other, false],
    ['leaderId', supervisor, false],
    ['deputyId', own, true],
    ['deputyId', districtLeader, false],
    ['deputyId', other, false],
    ['responsibleId', own, true],
    ['responsibleId', other, false],
    ['responsibleId', supervisor, false],
  ];
  it.each(cases)('%s: %o → %s', (field, person, ok) => {
    expect(mayBeNamed(field, person, 'u1')).toBe(ok);
  });
});
