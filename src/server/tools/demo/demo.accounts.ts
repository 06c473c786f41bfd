import type { Role } from '../../../core/enums.js';
import type { DemoPerson } from './district-data.js';

/** The office's own accounts in the demo: supervisors, a leader, and the three separated administrators. */
export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  title: string;
  roles: Role[];
  unitKey: string | null;
}[] = [
  { username: 'duchashi', displayName: '周明远', title: '督察室主任', roles: ['supervisor'], unitKey: null },
  { username: 'duchayuan', displayName: '林晓雯', title: '督察员', roles: ['supervisor'], unitKey: null },
  { username: 'lingdao', displayName: '郑国栋', title: '区长', roles: ['leader'], unitKey: null },
  { username: 'secadmin', displayName: '吴安平', title: '安全管理员', roles: ['secadmin'], unitKey: null },
  { username: 'auditor', displayName: '钱审之', title: '审计员', roles: ['auditor'], unitKey: null },
];

/** Login names of demo people: their key (ASCII) when usable, else a numbered one. */
export function demoUsername(p: DemoPerson, index: number): string {
  const key = p.key.replace(/[^a-zA-Z0-9_.-]/g, '');
  return key.length >= 2 ? key.slice(0, 32) : `person${index + 1}`;
}
