import type { Role } from './enums.js';

/**
 * Separation of duties (三员分立, GB/T 22239-2019 8.1.4.2 and 8.1.5): the
 * system, security and audit administrators are three different people, and
 * none of them does business work. Pure rules, shared by the server (which
 * enforces them) and the web user form (which offers only what they allow).
 */

/** The three administrators. */
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditor'] as const satisfies readonly Role[];
/** The roles that do the office's work. */
export const BUSINESS_ROLES = ['supervisor', 'leader', 'unit'] as const satisfies readonly Role[];

export const isAdminRole = (r: Role) => (ADMIN_ROLES as readonly Role[]).includes(r);

/** Whether an account holding these roles is an administrator's. */
export const isAdministrator = (roles: readonly Role[]) => roles.some(isAdminRole);

/** Why a set of roles may not sit on one account. */
export type DutyConflict = 'two_admin_roles' | 'admin_and_business';

export const DUTY_CONFLICT_WORDS: Record<DutyConflict, { zh: string; en: string }> = {
  two_admin_roles: {
    zh: '系统管理员、安全管理员、审计员须由不同账号担任',
    en: 'The system, security and audit administrators must be different accounts',
  },
  admin_and_business: {
    zh: '管理员账号不能兼任业务角色',
    en: 'An administrator account cannot also hold a business role',
  },
};

/** The first rule the roles break, or null when one account may hold them all. */
export function dutyConflict(roles: readonly Role[]): DutyConflict | null {
  const admin = new Set(roles.filter(isAdminRole));
  if (admin.size > 1) return 'two_admin_roles';
  if (admin.size === 1 && roles.some((r) => !isAdminRole(r))) return 'admin_and_business';
  return null;
}

/**
 * Who keeps an account's roles, password and activation: the security
 * administrator for every account that is or becomes an administrator's —
 * so the system admin can neither make itself auditor nor take over the
 * auditor's account by resetting its password —, the system admin otherwise.
 * `before` is null for an account being created.
 */
export function keeperOf(before: readonly Role[] | null, after: readonly Role[]): 'secadmin' | 'sysadmin' {
  return isAdministrator(before ?? []) || isAdministrator(after) ? 'secadmin' : 'sysadmin';
}

/** The fields of an account that only its keeper may change. */
export const GUARDED_FIELDS = ['roles', 'password', 'active'] as const;

/**
 * The roles an actor may put on an account (for the web form): the security
 * admin gives one administrator role, the system admin business roles.
 */
export function grantableRoles(actor: readonly Role[]): Role[] {
  const out: Role[] = [];
  if (actor.includes('secadmin')) out.push(...ADMIN_ROLES);
  if (actor.includes('sysadmin')) out.push(...BUSINESS_ROLES);
  return out;
}
