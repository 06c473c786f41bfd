import { can } from '../../../core/access.js';
import type { Role } from '../../../core/enums.js';
import type { Actor } from '../../context.js';
import type { LocalizedDetail } from '../../errors.js';

/** What lifting a lockout sends: the version and the flag, nothing else. */
const UNLOCK_FIELDS = new Set(['version', 'unlock']);

/**
 * The fields of a user update the actor may not send. The system admin
 * manages users in full; the security admin may only lift a lockout; anyone
 * else may change nothing. Field names are the update's keys.
 */
export function userFieldsDenied(roles: readonly Role[], input: Record<string, unknown>): string[] {
  if (can(roles, 'user.manage')) return [];
  const keys = Object.keys(input);
  if (can(roles, 'user.unlock')) return keys.filter((k) => !UNLOCK_FIELDS.has(k));
  return keys;
}

/**
 * An admin may not deactivate their own account or drop their own admin role:
 * the office would be left without anyone to manage users.
 */
export function selfEditViolation(
  actor: Actor | null,
  targetId: string,
  input: { active?: boolean; roles?: readonly Role[] },
): LocalizedDetail | null {
  if (targetId !== actor?.id) return null;
  if (input.active === false || (input.roles && !input.roles.includes('sysadmin')))
    return {
      field: 'roles',
      zh: '不能停用自己或去掉自己的管理员角色',
      en: 'You cannot deactivate yourself or drop your own admin role',
    };
  return null;
}
