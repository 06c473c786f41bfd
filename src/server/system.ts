import type { Actor, Ctx } from './context.js';
import type { DbHandle } from './db/database.js';

/**
 * The actor for work done from the command line or at start-up (creating the
 * first admin, loading the demo): audited as "system", never a login.
 */
export const SYSTEM_ACTOR: Actor = {
  id: 'system',
  username: 'system',
  displayName: '系统 (system)',
  roles: ['sysadmin', 'supervisor'],
  unitId: null,
  ledgerIds: [],
};

export function systemCtx(handle: DbHandle, now = new Date(), user: Actor = SYSTEM_ACTOR): Ctx {
  return { db: handle.db, dialect: handle.dialect, user, now, ip: null, lang: 'zh' };
}
