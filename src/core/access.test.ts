import { describe, expect, it } from 'vitest';
import { can, GRANTS, ledgerLimit, PERMISSIONS, type Permission, permissionsOf } from './access.js';
import { ROLES, type Role } from './enums.js';

/**
 * The grants table written out again by hand, role by role, so that giving or
 * taking a permission has to be done twice on purpose.
 */
const HELD: Record<Role, Permission[]> = {
  supervisor: [
    'item.read',
    'item.oversee',
    'item.write',
    'item.manage',
    'ledger.read',
    'ledger.write',
    'unit.read',
    'unit.write',
    'people.read',
    'settings.read',
    'file.upload',
    'report.review',
    'obstacle.write',
    'meeting.read',
    'meeting.write',
    'notice.issue',
    'notice.review',
    'urge.write',
    'inspection.read',
    'inspection.write',
    'plan.read',
    'plan.write',
    'assessment.read',
    'assessment.write',
    'reminder.read',
    'reminder.manage',
    'delivery.read',
  ],
  leader: [
    'item.read',
    'item.oversee',
    'ledger.read',
    'unit.read',
    'people.read',
    'instruction.write',
    'meeting.read',
    'inspection.read',
    'plan.read',
    'assessment.read',
  ],
  unit: [
    'item.read',
    'item.readOwnUnit',
    'item.write',
    'ledger.read',
    'unit.read',
    'people.read',
    'file.upload',
    'item.acknowledge',
    'report.write',
    'obstacle.write',
    'notice.reply',
    'inspection.read',
    'assessment.read',
  ],
  sysadmin: [
    'ledger.read',
    'unit.read',
    'unit.write',
    'user.read',
    'user.manage',
    'user.unlock',
    'people.read',
    'settings.read',
    'settings.write',
    'reminder.read',
    'delivery.read',
  ],
  secadmin: [
    'unit.read',
    'user.read',
    'user.unlock',
    'session.manage',
    'mfa.reset',
    'settings.read',
    'settings.write',
  ],
  auditor: ['unit.read', 'audit.read'],
};

describe('grants', () => {
  const cells = ROLES.flatMap((role) =>
    PERMISSIONS.map((permission) => ({ role, permission, held: HELD[role].includes(permission) })),
  );
  it.each(cells)('$role holds $permission: $held', ({ role, permission, held }) => {
    expect(can([role], permission)).toBe(held);
  });

  it('gives nothing without roles', () => {
    expect(permissionsOf([])).toEqual([]);
    for (const p of PERMISSIONS) expect(can([], p)).toBe(false);
  });

  it('gives a user with several roles the union of their permissions', () => {
    const both = permissionsOf(['leader', 'unit']);
    expect(new Set(both)).toEqual(new Set([...HELD.leader, ...HELD.unit]));
    expect(both).toEqual(PERMISSIONS.filter((p) => both.includes(p)));
  });

  it('names only known roles, each once', () => {
    for (const roles of Object.values(GRANTS)) {
      expect(new Set(roles).size).toBe(roles.length);
      for (const r of roles) expect(ROLES).toContain(r);
    }
  });

  // The server relies on these: a narrower permission is checked after the wider one.
  it.each<[Permission, Permission]>([
    ['item.oversee', 'item.read'],
    ['item.readOwnUnit', 'item.read'],
    ['item.write', 'item.read'],
    ['item.manage', 'item.write'],
    ['ledger.write', 'ledger.read'],
    ['unit.write', 'unit.read'],
    ['user.manage', 'user.unlock'],
    ['user.unlock', 'user.read'],
    ['settings.write', 'settings.read'],
  ])('whoever holds %s holds %s', (narrow, wide) => {
    for (const r of GRANTS[narrow]) expect(GRANTS[wide]).toContain(r);
  });

  it('reads items either across units or through the own unit', () => {
    for (const r of GRANTS['item.read'])
      expect(can([r], 'item.oversee') || can([r], 'item.readOwnUnit'), r).toBe(true);
  });
});

describe('ledgerLimit', () => {
  it.each<[Role[], string[], string[] | null]>([
    [['supervisor'], [], null],
    [['supervisor'], ['L1'], ['L1']],
    [['leader'], ['L1', 'L2'], ['L1', 'L2']],
    [['unit'], ['L1'], null],
    [['sysadmin'], ['L1'], null],
    [['unit', 'leader'], ['L1'], ['L1']],
  ])('%j limited to %j → %j', (roles, ledgerIds, expected) => {
    expect(ledgerLimit({ roles, ledgerIds })).toEqual(expected);
  });
});
