import { describe, expect, it } from 'vitest';
import { type DutyConflict, dutyConflict, grantableRoles, keeperOf } from './duties.js';
import type { Role } from './enums.js';

// biome-ignore format: the table reads as a list of accounts
const ACCOUNTS: [Role[], DutyConflict | null][] = [
  [[],                                       null],
  [['sysadmin'],                             null],
  [['secadmin'],                             null],
  [['auditor'],                              null],
  [['supervisor'],                           null],
  [['supervisor', 'leader'],                 null],
  [['unit', 'leader'],                       null],
  [['sysadmin', 'secadmin'],                 'two_admin_roles'],
  [['sysadmin', 'auditor'],                  'two_admin_roles'],
  [['secadmin', 'auditor'],                  'two_admin_roles'],
  [['sysadmin', 'supervisor'],               'admin_and_business'],
  [['auditor', 'leader'],                    'admin_and_business'],
  [['secadmin', 'unit'],                     'admin_and_business'],
  [['sysadmin', 'sysadmin'],                 null],
  [['supervisor', 'leader', 'unit', 'sysadmin', 'secadmin', 'auditor'], 'two_admin_roles'],
];

describe('dutyConflict', () => {
  it.each(ACCOUNTS)('%j → %s', (roles, conflict) => {
    expect(dutyConflict(roles)).toBe(conflict);
  });
});

// biome-ignore format: the table reads as a matrix
const KEEPERS: [before: Role[] | null, after: Role[], keeper: 'secadmin' | 'sysadmin'][] = [
  [null,           ['leader'],     'sysadmin'],
  [null,           [],             'sysadmin'],
  [null,           ['auditor'],    'secadmin'],
  [['leader'],     ['supervisor'], 'sysadmin'],
  [['leader'],     ['auditor'],    'secadmin'],
  [['auditor'],    ['auditor'],    'secadmin'],
  [['auditor'],    ['leader'],     'secadmin'],
  [['sysadmin'],   ['sysadmin'],   'secadmin'],
  [['secadmin'],   [],             'secadmin'],
];

describe('keeperOf', () => {
  it.each(KEEPERS)('%j → %j is kept by %s', (before, after, keeper) => {
    expect(keeperOf(before, after)).toBe(keeper);
  });
});

describe('grantableRoles', () => {
  it('gives the security admin the administrator roles and the system admin the business roles', () => {
    expect(grantableRoles(['secadmin'])).toEqual(['sysadmin', 'secadmin', 'auditor']);
    expect(grantableRoles(['sysadmin'])).toEqual(['supervisor', 'leader', 'unit']);
    expect(grantableRoles(['auditor'])).toEqual([]);
    expect(grantableRoles(['supervisor'])).toEqual([]);
  });
});
