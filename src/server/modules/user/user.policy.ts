import { can } from '../../../core/access.js';
import {
  DUTY_CONFLICT_WORDS,
  dutyConflict,
  GUARDED_FIELDS,
  isAdminRole,
  keeperOf,
} from '../../../core/duties.js';
import type { Role } from '../../../core/enums.js';
import type { Actor } from '../../context.js';
import type { LocalizedDetail } from '../../errors.js';

/** What lifting a lockout sends: the version and the flag, nothing else. */
const UNLOCK_FIELDS = new Set(['version', 'unlock']);
const GUARDED = new Set<string>(GUARDED_FIELDS);

/**
 * The fields of a user update the actor may not send. The system admin edits
 * accounts in full, except the roles, password and activation of an
 * administrator's account (before or after the change), which belong to the
 * security admin (core/duties.ts); the security admin otherwise may only lift
 * a lockout; anyone else may change nothing. Field names are the update's keys.
 */
export function userFieldsDenied(
  actor: readonly Role[],
  target: readonly Role[],
  input: Record<string, unknown> & { roles?: readonly Role[] },
): string[] {
  const keeper = keeperOf(target, input.roles ?? target);
  const mayKeep = actor.includes(keeper);
  const allowed = (k: string): boolean => {
    if (GUARDED.has(k)) return mayKeep;
    if (can(actor, 'user.manage')) return true;
    return UNLOCK_FIELDS.has(k);
  };
  if (!can(actor, 'user.unlock')) return Object.keys(input);
  return Object.keys(input).filter((k) => !allowed(k));
}

/**
 * Who may create an account with these roles: the security admin for an
 * administrator's, the system admin for anyone else's.
 */
export function mayCreateWith(actor: readonly Role[], roles: readonly Role[]): boolean {
  return actor.includes(keeperOf(null, roles));
}

/** The roles break separation of duties: the detail to refuse them with. */
export function dutyViolation(roles: readonly Role[]): LocalizedDetail | null {
  const conflict = dutyConflict(roles);
  return conflict ? { field: 'roles', ...DUTY_CONFLICT_WORDS[conflict] } : null;
}

/**
 * An admin may not deactivate their own account or drop their own
 * administrator role: the office would be left without anyone to do that duty.
 */
export function selfEditViolation(
  actor: Actor | null,
  targetId: string,
  input: { active?: boolean; roles?: readonly Role[] },
): LocalizedDetail | null {
  if (targetId !== actor?.id) return null;
  const dropsOwn = actor.roles.filter(isAdminRole).some((r) => input.roles && !input.roles.includes(r));
  if (input.active === false || dropsOwn)
    return {
      field: 'roles',
      zh: '不能停用自己或去掉自己的管理员角色',
      en: 'You cannot deactivate yourself or drop your own admin role',
    };
  return null;
}
