import { type DemoState, demoAccountsUsable } from '../../../core/demo.js';
import { type Ctx, inTransaction } from '../../context.js';
import { fieldError } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { deleteSessionsOf } from '../auth/session.repo.js';
import { activeDemoUsers, demoIds, hasDemoMarks, isDemoUser, officeAccountRoles } from './demo.repo.js';

/**
 * The demo district in a real installation (rule and words in core/demo.ts): is this a demo, turning the
 * demo's accounts off once the office has its own administrators, and `ducha demo --purge`.
 */

/** What the installation is: no demo, a demo whose accounts work, or demo data whose accounts are off. */
export async function demoState(ctx: Ctx): Promise<DemoState> {
  if (!(await hasDemoMarks(ctx))) return 'none';
  if ((await activeDemoUsers(ctx)).length) return 'active';
  // Off but not purged: some demo account still has its (shared) password.
  const ids = await demoIds(ctx, 'user');
  if (!ids.length) return 'none';
  const withPassword = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('id', 'in', ids)
    .where('password_hash', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return withPassword ? 'retired' : 'none';
}

/**
 * Turns every demo account off (sessions ended, audited) once the office has an active sysadmin, secadmin
 * and auditor of its own; returns how many were turned off. Runs after every change of an account and at
 * each start, in the caller's transaction.
 */
export async function retireDemoAccountsIfOfficeReady(ctx: Ctx): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    if (!(await hasDemoMarks(tx))) return 0;
    if (demoAccountsUsable(await officeAccountRoles(tx))) return 0;
    const users = await activeDemoUsers(tx);
    if (!users.length) return 0;
    const now = tx.now.toISOString();
    await tx.db
      .updateTable('users')
      .set({ active: 0, updated_at: now })
      .where(
        'id',
        'in',
        users.map((u) => u.id),
      )
      .execute();
    for (const u of users) await deleteSessionsOf(tx, u.id);
    await appendAudit(tx, {
      action: 'demo.accounts_off',
      entity: 'demo',
      entityId: null,
      outcome: 'success',
      after: {
        reason: 'office_admins_present',
        count: users.length,
        usernames: users.map((u) => u.username),
      },
    });
    return users.length;
  });
}

/** Refuses to turn a demo account back on once the office has its own administrators. */
export async function refuseDemoReactivation(ctx: Ctx, userId: string): Promise<void> {
  if (!(await isDemoUser(ctx, userId))) return;
  if (demoAccountsUsable(await officeAccountRoles(ctx))) return;
  throw fieldError(
    'rule_violation',
    'active',
    '演示账号在本单位已有系统管理员、安全管理员和审计员后不能再启用',
    'A demo account cannot be turned on once the office has its own system admin, security admin and auditor',
  );
}

export interface PurgeResult {
  accounts: number;
  units: number;
  ledgers: number;
}

/**
 * `ducha demo --purge`: the demo's accounts can never be used again — turned off, sessions ended, password
 * and password history removed, and the login name freed (`demo-removed-…`) so the office may use names
 * like `auditor` for its own people. The rows stay, without credentials, because the demo's records (items,
 * reports, the audit log — append-only by law) name them. The demo's units and ledgers are archived: hidden
 * from lists and pickers, still readable through the records that point at them.
 */
export async function purgeDemo(ctx: Ctx): Promise<PurgeResult> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.now.toISOString();
    const users = await demoIds(tx, 'user');
    const live = users.length
      ? await tx.db
          .selectFrom('users')
          .select(['id', 'username'])
          .where('id', 'in', users)
          .where('password_hash', 'is not', null)
          .execute()
      : [];
    for (const u of live) {
      await tx.db
        .updateTable('users')
        .set({
          active: 0,
          password_hash: null,
          username: `demo-removed-${u.id}`,
          updated_at: now,
        })
        .where('id', '=', u.id)
        .execute();
      await deleteSessionsOf(tx, u.id);
      await tx.db.deleteFrom('password_history').where('user_id', '=', u.id).execute();
    }
    const unitIds = await demoIds(tx, 'unit');
    const ledgerIds = await demoIds(tx, 'ledger');
    const units = unitIds.length
      ? await tx.db
          .updateTable('units')
          .set({ archived: 1, updated_at: now })
          .where('id', 'in', unitIds)
          .where('archived', '=', 0)
          .executeTakeFirst()
      : null;
    const ledgers = ledgerIds.length
      ? await tx.db
          .updateTable('ledgers')
          .set({ archived: 1, updated_at: now })
          .where('id', 'in', ledgerIds)
          .where('archived', '=', 0)
          .executeTakeFirst()
      : null;
    const result = {
      accounts: live.length,
      units: Number(units?.numUpdatedRows ?? 0),
      ledgers: Number(ledgers?.numUpdatedRows ?? 0),
    };
    await appendAudit(tx, {
      action: 'demo.purge',
      entity: 'demo',
      entityId: null,
      outcome: 'success',
      after: { ...result, usernames: live.map((u) => u.username) },
    });
    return result;
  });
}
