import { can, type Permission } from '../../core/access.js';
import type { Role } from '../../core/enums.js';

/**
 * Who may open which part of the app: each area names the permission it
 * needs, and the grants table (core/access.ts) says which roles hold it. The
 * server checks again; this only shapes menus and routes.
 */
export const AREAS = {
  cockpit: 'item.oversee',
  ledgers: 'item.oversee',
  // 堵点分析: supervisors and leaders.
  bottlenecks: 'item.oversee',
  items: 'item.read',
  editItems: 'item.manage',
  unitHome: 'item.readOwnUnit',
  units: 'unit.write',
  editLedgers: 'ledger.write',
  users: 'user.manage',
  audit: 'audit.read',
  meetings: 'meeting.read',
  editMeetings: 'meeting.write',
  // Approvers: every role that reads items may hold a step (a unit's own leader too).
  requests: 'item.read',
  settings: 'settings.read',
  // 通知单: supervisors and leaders see those on their items, units those addressed to them.
  notices: 'item.read',
  inspections: 'inspection.read',
  inspect: 'inspection.write',
  plans: 'plan.read',
  assessments: 'assessment.read',
  editAssessments: 'assessment.write',
  // The reminder ladder, its preview and the failed deliveries.
  reminders: 'reminder.read',
  // The security administrator's screen: lockouts, sessions, policy, authenticators.
  security: 'session.manage',
} as const satisfies Record<string, Permission>;

export type Area = keyof typeof AREAS;

export function canEnter(roles: readonly Role[], area: Area): boolean {
  return can(roles, AREAS[area]);
}

/** The first screen after login: overseers the cockpit, unit users their items, admins their tools. */
export function homePath(roles: readonly Role[]): string {
  if (can(roles, 'item.oversee')) return '/cockpit';
  if (can(roles, 'item.readOwnUnit')) return '/home';
  if (can(roles, 'session.manage')) return '/security';
  if (can(roles, 'user.manage')) return '/admin/users';
  if (can(roles, 'audit.read')) return '/audit';
  return '/welcome';
}
