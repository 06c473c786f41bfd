import {
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CalendarOutlined,
  CameraOutlined,
  CarOutlined,
  DashboardOutlined,
  FileAddOutlined,
  FileTextOutlined,
  HomeOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SettingOutlined,
  StarOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../core/enums.js';
import { type Area, canEnter } from '../auth/roles.js';
import type { MessageKey } from '../i18n/messages.js';

export interface NavEntry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  area: Area;
}

/** The side menu; each entry shows to the roles that may enter its area. Later screens add entries here. */
export const NAV: NavEntry[] = [
  { path: '/home', label: 'nav.home', icon: <HomeOutlined />, area: 'unitHome' },
  { path: '/cockpit', label: 'nav.cockpit', icon: <DashboardOutlined />, area: 'cockpit' },
  { path: '/ledgers', label: 'nav.ledgers', icon: <ProfileOutlined />, area: 'ledgers' },
  { path: '/items', label: 'nav.items', icon: <TableOutlined />, area: 'items' },
  { path: '/bottlenecks', label: 'nav.bottlenecks', icon: <NodeIndexOutlined />, area: 'bottlenecks' },
  { path: '/items/new', label: 'nav.newItem', icon: <FileAddOutlined />, area: 'editItems' },
  { path: '/meetings', label: 'nav.meetings', icon: <CalendarOutlined />, area: 'meetings' },
  { path: '/notices', label: 'nav.notices', icon: <FileTextOutlined />, area: 'notices' },
  { path: '/inspections', label: 'nav.inspections', icon: <CameraOutlined />, area: 'inspections' },
  { path: '/visits', label: 'nav.visits', icon: <CarOutlined />, area: 'inspect' },
  { path: '/plans', label: 'nav.plans', icon: <ScheduleOutlined />, area: 'plans' },
  { path: '/assessments', label: 'nav.assessments', icon: <StarOutlined />, area: 'assessments' },
  { path: '/admin/units', label: 'nav.units', icon: <BankOutlined />, area: 'units' },
  { path: '/admin/users', label: 'nav.users', icon: <TeamOutlined />, area: 'users' },
  { path: '/requests', label: 'nav.requests', icon: <AuditOutlined />, area: 'requests' },
  { path: '/reminders', label: 'nav.reminders', icon: <BellOutlined />, area: 'reminders' },
  { path: '/settings', label: 'nav.settings', icon: <SettingOutlined />, area: 'settings' },
  { path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, area: 'audit' },
  { path: '/security', label: 'nav.security', icon: <SafetyOutlined />, area: 'security' },
];

export function navFor(roles: readonly Role[]): NavEntry[] {
  return NAV.filter((n) => canEnter(roles, n.area));
}

/** The menu entry that owns `pathname` (the longest matching prefix). */
export function selectedNav(entries: NavEntry[], pathname: string): string | undefined {
  let best: string | undefined;
  for (const e of entries) {
    const match = pathname === e.path || pathname.startsWith(`${e.path}/`);
    if (match && (!best || e.path.length > best.length)) best = e.path;
  }
  // /items/:id belongs to the list, not to "new item".
  if (best === '/items/new' && pathname !== '/items/new') return '/items';
  return best;
}
