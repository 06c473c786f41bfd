import type { Role } from './enums.js';

/**
 * Who may do what: the one grants table. The server checks every request
 * against it; the web app derives its menus and routes from it; `/api/auth/me`
 * sends each user the permissions it gives them.
 *
 * | permission          | supervisor | leader | unit | sysadmin | secadmin | auditor |
 * |---------------------|------------|--------|------|----------|----------|---------|
 * | item.read           | scope      | scope  | own  | –        | –        | –       |
 * | item.oversee        | yes        | yes    | –    | –        | –        | –       |
 * | item.readOwnUnit    | –          | –      | yes  | –        | –        | –       |
 * | item.write          | scope      | –      | own  | –        | –        | –       |
 * | item.manage         | scope      | –      | –    | –        | –        | –       |
 * | ledger.read         | scope      | scope  | yes  | yes      | –        | –       |
 * | ledger.write        | scope      | –      | –    | –        | –        | –       |
 * | unit.read           | yes        | yes    | yes  | yes      | yes      | yes     |
 * | unit.write          | yes        | –      | –    | yes      | –        | –       |
 * | user.read           | –          | –      | –    | yes      | yes      | –       |
 * | user.manage         | –          | –      | –    | yes      | –        | –       |
 * | user.unlock         | –          | –      | –    | yes      | yes      | –       |
 * | session.manage      | –          | –      | –    | –        | yes      | –       |
 * | mfa.reset           | –          | –      | –    | –        | yes      | –       |
 * | people.read         | yes        | yes    | yes  | yes      | –        | –       |
 * | audit.read          | –          | –      | –    | –        | –        | yes     |
 * | settings.read       | yes        | –      | –    | yes      | yes      | –       |
 * | settings.write      | –          | –      | –    | yes      | yes      | –       |
 * | file.upload         | scope      | –      | own  | –        | –        | –       |
 * | item.acknowledge    | –          | –      | own  | –        | –        | –       |
 * | report.write        | –          | –      | own  | –        | –        | –       |
 * | report.review       | scope      | –      | –    | –        | –        | –       |
 * | obstacle.write      | scope      | –      | own  | –        | –        | –       |
 * | instruction.write   | –          | scope  | –    | –        | –        | –       |
 * | notice.issue        | scope      | –      | –    | –        | –        | –       |
 * | notice.reply        | –          | –      | own  | –        | –        | –       |
 * | notice.review       | scope      | –      | –    | –        | –        | –       |
 * | urge.write          | scope      | –      | –    | –        | –        | –       |
 * | inspection.read     | scope      | scope  | own¹ | –        | –        | –       |
 * | inspection.write    | scope      | –      | –    | –        | –        | –       |
 * | plan.read           | scope      | yes    | –    | –        | –        | –       |
 * | plan.write          | scope      | –      | –    | –        | –        | –       |
 * | assessment.read     | yes        | yes    | own  | –        | –        | –       |
 * | assessment.write    | yes        | –      | –    | –        | –        | –       |
 *
 * ¹ a unit sees the inspections of itself, except unannounced ones not yet disclosed.
 * | reminder.read       | yes        | –      | –    | yes      | –        | –       |
 * | reminder.manage     | yes        | –      | –    | –        | –        | –       |
 * | delivery.read       | yes        | –      | –    | yes      | –        | –       |
 *
 * "scope": a supervisor or leader limited to some ledgers acts only in those;
 * "own": a unit user reaches only the items where their unit has a role.
 */
export const PERMISSIONS = [
  'item.read',
  'item.oversee',
  'item.readOwnUnit',
  'item.write',
  'item.manage',
  'ledger.read',
  'ledger.write',
  'unit.read',
  'unit.write',
  'user.read',
  'user.manage',
  'user.unlock',
  'session.manage',
  'mfa.reset',
  'people.read',
  'audit.read',
  'settings.read',
  'settings.write',
  'file.upload',
  'item.acknowledge',
  'report.write',
  'report.review',
  'obstacle.write',
  'instruction.write',
  'meeting.read',
  'meeting.write',
  'notice.issue',
  'notice.reply',
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
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const GRANTS: Readonly<Record<Permission, readonly Role[]>> = {
  'item.read': ['supervisor', 'leader', 'unit'],
  // Sees items across units (the cockpit, every ledger), limited only by the user's ledgers.
  'item.oversee': ['supervisor', 'leader'],
  // Sees the items where the user's own unit has a role (the unit's home page).
  'item.readOwnUnit': ['unit'],
  'item.write': ['supervisor', 'unit'],
  // Registers, edits in full and deletes drafts; `item.write` alone is a unit's limited edit.
  'item.manage': ['supervisor'],
  'ledger.read': ['supervisor', 'leader', 'unit', 'sysadmin'],
  'ledger.write': ['supervisor'],
  'unit.read': ['supervisor', 'leader', 'unit', 'sysadmin', 'secadmin', 'auditor'],
  'unit.write': ['supervisor', 'sysadmin'],
  // The security admin reads users to find and unlock locked accounts.
  'user.read': ['sysadmin', 'secadmin'],
  'user.manage': ['sysadmin'],
  'user.unlock': ['sysadmin', 'secadmin'],
  // The security administrator's screen: who is logged in (ending a session), and the recovery
  // of a lost second factor — the security admin's alone (三员分立).
  'session.manage': ['secadmin'],
  'mfa.reset': ['secadmin'],
  'people.read': ['supervisor', 'leader', 'unit', 'sysadmin'],
  // Separation of duties (三权分立): the audit log is the auditor's alone.
  'audit.read': ['auditor'],
  'settings.read': ['sysadmin', 'secadmin', 'supervisor'],
  'settings.write': ['sysadmin', 'secadmin'],
  // Evidence: photos, scans and documents on an item, by those who work on it.
  'file.upload': ['supervisor', 'unit'],
  // 签收: a responsible unit acknowledges an assignment or a leader's instruction.
  'item.acknowledge': ['unit'],
  // 进展反馈: the units report; supervisors accept or return (退回) the reports.
  'report.write': ['unit'],
  'report.review': ['supervisor'],
  // 问题/病因: named by the units that meet them or the supervisors who find them.
  'obstacle.write': ['supervisor', 'unit'],
  // 领导批示
  'instruction.write': ['leader'],
  // Meetings hand out the work: the office keeps them; leaders read them.
  'meeting.read': ['supervisor', 'leader'],
  'meeting.write': ['supervisor'],
  // 通知单: supervisors issue notices and review the replies (整改回复) that the addressed unit writes.
  'notice.issue': ['supervisor'],
  'notice.reply': ['unit'],
  'notice.review': ['supervisor'],
  // 催办 by hand (phone, message, notice, in person), recorded by the supervisor who urged.
  'urge.write': ['supervisor'],
  // 督察记录: the supervisors inspect (实地督导、暗访调查、专人盯办、电话督办); leaders read; a unit reads its own.
  'inspection.read': ['supervisor', 'leader', 'unit'],
  'inspection.write': ['supervisor'],
  // Visit plans are the office's own schedule.
  'plan.read': ['supervisor', 'leader'],
  'plan.write': ['supervisor'],
  // 考评: checklists and assessments; a unit reads its own scores.
  'assessment.read': ['supervisor', 'leader', 'unit'],
  'assessment.write': ['supervisor'],
  // The reminder ladder (催办阶梯): the office keeps it and previews what it will send; the system admin sees it.
  'reminder.read': ['supervisor', 'sysadmin'],
  'reminder.manage': ['supervisor'],
  // Deliveries that failed are shown to the office and to whoever keeps the mail and robot settings.
  'delivery.read': ['supervisor', 'sysadmin'],
};

export function can(roles: readonly Role[], permission: Permission): boolean {
  return GRANTS[permission].some((r) => roles.includes(r));
}

/** Every permission the roles give, in the order of PERMISSIONS. */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((p) => can(roles, p));
}

/**
 * The ledgers a user's item and ledger access is limited to, or null for all.
 * The limit binds those who oversee items; a unit user is bounded by unit
 * instead, and an admin's ledger list means nothing.
 */
export function ledgerLimit(user: { roles: readonly Role[]; ledgerIds: readonly string[] }): string[] | null {
  if (!can(user.roles, 'item.oversee') || user.ledgerIds.length === 0) return null;
  return [...user.ledgerIds];
}
