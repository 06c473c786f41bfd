import { describe, expect, it } from 'vitest';
import type { Role } from '../../../core/enums.js';
import type { Actor } from '../../context.js';
import { ledgerRefusal, visibleLedgers } from './ledger.policy.js';

const user = (roles: Role[], ledgerIds: string[] = []): Actor => ({
  id: 'u',
  username: 'u',
  displayName: 'u',
  roles,
  unitId: roles.includes('unit') ? 'U1' : null,
  ledgerIds,
});

const USERS = {
  anonymous: null,
  supervisor: user(['supervisor']),
  supervisorOfL1: user(['supervisor'], ['L1']),
  leaderOfL1: user(['leader'], ['L1']),
  unit: user(['unit']),
  // A ledger list means nothing to a unit user or an admin: they are not limited by it.
  unitWithLedgers: user(['unit'], ['L1']),
  sysadmin: user(['sysadmin'], ['L1']),
  secadmin: user(['secadmin']),
  auditor: user(['auditor']),
};
type Who = keyof typeof USERS;

// biome-ignore format: the table reads as a matrix
const CASES: [Who, read: string, readL1: string, readL2: string, create: string, changeL1: string, changeL2: string][] = [
  //                 read list  read L1    read L2      create       change L1    change L2
  ['anonymous',      'unauth',  'unauth',  'unauth',    'unauth',    'unauth',    'unauth'],
  ['supervisor',     'ok',      'ok',      'ok',        'ok',        'ok',        'ok'],
  ['supervisorOfL1', 'ok',      'ok',      'not_found', 'forbidden', 'ok',        'not_found'],
  ['leaderOfL1',     'ok',      'ok',      'not_found', 'forbidden', 'forbidden', 'forbidden'],
  ['unit',           'ok',      'ok',      'ok',        'forbidden', 'forbidden', 'forbidden'],
  ['unitWithLedgers','ok',      'ok',      'ok',        'forbidden', 'forbidden', 'forbidden'],
  ['sysadmin',       'ok',      'ok',      'ok',        'forbidden', 'forbidden', 'forbidden'],
  ['secadmin',       'forbidden','forbidden','forbidden','forbidden','forbidden',  'forbidden'],
  ['auditor',        'forbidden','forbidden','forbidden','forbidden','forbidden',  'forbidden'],
];

const answer = (r: string | null) => (r === null ? 'ok' : r === 'unauthenticated' ? 'unauth' : r);

describe('ledgerRefusal', () => {
  it.each(CASES)('%s', (who, read, readL1, readL2, create, changeL1, changeL2) => {
    const u = USERS[who];
    expect({
      read: answer(ledgerRefusal(u, 'read')),
      readL1: answer(ledgerRefusal(u, 'read', 'L1')),
      readL2: answer(ledgerRefusal(u, 'read', 'L2')),
      create: answer(ledgerRefusal(u, 'create')),
      changeL1: answer(ledgerRefusal(u, 'change', 'L1')),
      changeL2: answer(ledgerRefusal(u, 'change', 'L2')),
    }).toEqual({ read, readL1, readL2, create, changeL1, changeL2 });
  });
});

describe('visibleLedgers', () => {
  it.each<[Who, string[] | null]>([
    ['anonymous', null],
    ['supervisor', null],
    ['supervisorOfL1', ['L1']],
    ['leaderOfL1', ['L1']],
    ['unitWithLedgers', null],
    ['sysadmin', null],
  ])('%s → %j', (who, expected) => {
    expect(visibleLedgers(USERS[who])).toEqual(expected);
  });
});
