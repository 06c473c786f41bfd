import { describe, expect, it } from 'vitest';
import type { Role } from '../../../core/enums.js';
import type { Actor } from '../../context.js';
import { mayCreateWith, selfEditViolation, userFieldsDenied } from './user.policy.js';

const UNLOCK = { version: 3, unlock: true };
const RENAME = { version: 3, displayName: '新名字' };
const GRANT = { version: 3, roles: ['supervisor'] };
const PASSWORD_AND_UNLOCK = { version: 3, unlock: true, password: 'A-new-password-2' };

const RESET = { version: 3, password: 'A-new-password-2' };
const DISABLE = { version: 3, active: false };
const MAKE_AUDITOR = { version: 3, roles: ['auditor'] };

// biome-ignore format: the table reads as a matrix
const FIELDS: [actor: Role[], target: Role[], input: Record<string, unknown>, denied: string[]][] = [
  [['sysadmin'],             ['leader'],     UNLOCK,              []],
  [['sysadmin'],             ['leader'],     RENAME,              []],
  [['sysadmin'],             ['leader'],     GRANT,               []],
  [['sysadmin'],             ['leader'],     PASSWORD_AND_UNLOCK, []],
  [['sysadmin'],             ['leader'],     MAKE_AUDITOR,        ['roles']],
  [['sysadmin'],             ['auditor'],    RESET,               ['password']],
  [['sysadmin'],             ['auditor'],    DISABLE,             ['active']],
  [['sysadmin'],             ['auditor'],    RENAME,              []],
  [['sysadmin'],             ['sysadmin'],   GRANT,               ['roles']],
  [['sysadmin'],             ['secadmin'],   UNLOCK,              []],
  [['secadmin'],             ['leader'],     UNLOCK,              []],
  [['secadmin'],             ['leader'],     RENAME,              ['displayName']],
  [['secadmin'],             ['leader'],     GRANT,               ['roles']],
  [['secadmin'],             ['leader'],     PASSWORD_AND_UNLOCK, ['password']],
  [['secadmin'],             ['leader'],     MAKE_AUDITOR,        []],
  [['secadmin'],             ['auditor'],    RESET,               []],
  [['secadmin'],             ['auditor'],    DISABLE,             []],
  [['secadmin'],             ['auditor'],    RENAME,              ['displayName']],
  [['secadmin', 'sysadmin'], ['leader'],     GRANT,               []],
  [['supervisor'],           ['leader'],     UNLOCK,              ['version', 'unlock']],
  [['auditor'],              ['leader'],     RENAME,              ['version', 'displayName']],
  [[],                       ['leader'],     UNLOCK,              ['version', 'unlock']],
];

describe('userFieldsDenied', () => {
  it.each(FIELDS)('%j on a %j account sending %j may not send %j', (actor, target, input, denied) => {
    expect(userFieldsDenied(actor, target, input as { roles?: Role[] })).toEqual(denied);
  });
});

describe('mayCreateWith', () => {
  it.each<[Role[], Role[], boolean]>([
    [['sysadmin'], ['leader'], true],
    [['sysadmin'], ['auditor'], false],
    [['sysadmin'], ['sysadmin'], false],
    [['secadmin'], ['auditor'], true],
    [['secadmin'], ['supervisor'], false],
  ])('%j creating a %j account: %s', (actor, roles, ok) => {
    expect(mayCreateWith(actor, roles)).toBe(ok);
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
