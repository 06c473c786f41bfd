import type { Role } from '../../core/enums.js';

/** Who may open which part of the app. The server checks again; this only shapes menus and routes. */
export const AREAS = {
  cockpit: ['supervisor', 'leader'],
  ledgers: ['supervisor', 'leader'],
  items: ['supervisor', 'leader', 'unit'],
  editItems: ['supervisor'],
  unitHome: ['unit'],
  units: ['supervisor', 'sysadmin'],
  editLedgers: ['supervisor'],
  users: ['sysadmin'],
  audit: ['auditor'],
  meetings: ['supervisor', 'leader'],
  editMeetings: ['supervisor'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREAS;

export function canEnter(roles: readonly Role[], area: Area): boolean {
  return (AREAS[area] as readonly Role[]).some((r) => roles.includes(r));
}

/** The first screen after login: leaders and supervisors the cockpit, unit users their items, admins their tools. */
export function homePath(roles: readonly Role[]): string {
  if (roles.includes('leader') || roles.includes('supervisor')) return '/cockpit';
  if (roles.includes('unit')) return '/home';
  if (roles.includes('sysadmin')) return '/admin/users';
  if (roles.includes('auditor')) return '/audit';
  return '/welcome';
}
