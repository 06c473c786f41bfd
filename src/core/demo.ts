import { ADMIN_ROLES } from './duties.js';
import type { Role } from './enums.js';

/**
 * The demo district in an installation (issue 13). `npm start` on an empty database loads it so that
 * every screen shows something; its 130-odd accounts share one password, printed to the terminal. They
 * are for trying the software, never for the office's real work, so:
 *
 * - while the demo's accounts can log in, every page and the start-up output say 演示环境;
 * - once the office has its own three administrators — an active account not made by the demo holding
 *   each of sysadmin, secadmin and auditor — every demo account is turned off and cannot be turned on
 *   again. The bootstrap `admin` counts as the office's system administrator: it is not a demo account.
 *
 * The rule, pure, shared by the server (which enforces it) and the web banner (which words it).
 */

/** The administrator roles the office's own, non-demo active accounts hold, in any order. */
export function missingOfficeAdmins(officeRoles: readonly Role[][]): Role[] {
  const held = new Set(officeRoles.flat());
  return ADMIN_ROLES.filter((r) => !held.has(r));
}

/** Whether demo accounts may still be used: only while the office lacks one of its three administrators. */
export function demoAccountsUsable(officeRoles: readonly Role[][]): boolean {
  return missingOfficeAdmins(officeRoles).length > 0;
}

/** What the installation is, for the banner and `GET /api/demo`. */
export type DemoState =
  /** No demo district: an office's own installation. */
  | 'none'
  /** The demo is loaded and its accounts work: a trial installation. */
  | 'active'
  /** The demo's data is there but its accounts are off (the office has its administrators, or purged them). */
  | 'retired';

export const DEMO_BANNER_WORDS: Record<Exclude<DemoState, 'none'>, { zh: string; en: string }> = {
  active: {
    zh: '演示环境：数据为虚构的演示区县，演示账号共用一个密码，请勿录入真实工作。办公室建立自己的系统管理员、安全管理员和审计员账号后，演示账号自动停用。',
    en: 'Demo installation: the district is invented and the demo accounts share one password — do not enter real work. Demo accounts are turned off once the office has its own system admin, security admin and auditor.',
  },
  retired: {
    zh: '演示数据仍在本系统中（演示账号已停用）；可由运维人员执行 ducha demo --purge 清除演示账号并归档演示单位和台账。',
    en: 'The demo data is still here (demo accounts are off); the operator can run ducha demo --purge to remove the demo accounts and archive its units and ledgers.',
  },
};
