import { describe, expect, it } from 'vitest';
import type { Role } from '../../../core/enums.js';
import type { Actor } from '../../context.js';
import { selfEditViolation, userFieldsDenied } from './user.policy.js';

const UNLOCK = { version: 3, unlock: true };
const RENAME = { version: 3, displayName: '新名字' };
const GRANT = { version: 3, roles: ['supervisor'] };
const PASSWORD_AND_UNLOCK = { version: 3, unlock: true, password: 'a-new-password' };

// biome-ignore format: the table reads as a matrix
const FIELDS: [Role[], input: Record<string, unknown>, denied: string[]][] = [
  [['sysadmin'],             UNLOCK,              []],
  [['sysadmin'],             RENAME,              []],
  [['sysadmin'],             GRANT,               []],
  [['sysadmin'],             PASSWORD_AND_UNLOCK, []],
  [['secadmin'],             UNLOCK,              []],
  [['secadmin'],             RENAME,              ['displayName']],
  [['secadmin'],             GRANT,               ['roles']],
  [['secadmin'],             PASSWORD_AND_UNLOCK, ['password']],
  [['secadmin', 'sysadmin'], GRANT,               []],
  [['supervisor'],           UNLOCK,              ['version', 'unlock']],
  [['auditor'],              RENAME,              ['version', 'displayName']],
  [[],                       UNLOCK,              ['version', 'unlock']],
];

describe('userFieldsDenied', () => {
  it.each(FIELDS)('%j sending %j may not send %j', (roles, input, denied) => {
    expect(userFieldsDenied(roles, input)).toEqual(denied);
  });
});

const admin: Actor = {
  id: 'me',
  username: 'admin',
  displayName: '管理员',
  roles: ['sysadmin'],
  unitId: null,
  ledgerIds: [],
};

describe('selfEditViolation', () => {
  it.each<[string, { active?: boolean; roles?: Role[] }, boolean]>([
    ['me', { active: false }, true],
    ['me', { roles: ['supervisor'] }, true],
    ['me', { roles: [] }, true],
    ['me', { roles: ['sysadmin', 'supervisor'] }, false],
    ['me', { active: true }, false],
    ['me', {}, false],
    ['someone-else', { active: false }, false],
    ['someone-else', { roles: [] }, false],
  ])('on %s with %j → refused: %s', (targetId, input, refused) => {
    const v = selfEditViolation(admin, targetId, input);
    expect(v !== null).toBe(refused);
    if (v) expect(v.field).toBe('roles');
  });

  it('has no self without a user', () => {
    expect(selfEditViolation(null, 'me', { active: false })).toBeNull();
  });
});
