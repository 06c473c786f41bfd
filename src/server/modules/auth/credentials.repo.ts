import { sql } from 'kysely';
import type { Ctx } from '../../context.js';
import type { Db } from '../../db/database.js';

/** Counts one more failed login and returns the count; counted by the database, so that failures arriving together all count. */
export async function countFailedLogin(ctx: Ctx, userId: string): Promise<number> {
  const row = await ctx.db
    .updateTable('users')
    .set({ failed_logins: sql`failed_logins + 1`, last_failed_login_at: ctx.now.toISOString() })
    .where('id', '=', userId)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return Number(row.failed_logins);
}

export async function lockAccount(ctx: Ctx, userId: string, until: string): Promise<void> {
  await ctx.db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: until })
    .where('id', '=', userId)
    .execute();
}

export async function clearLoginFailures(ctx: Ctx, userId: string): Promise<void> {
  await ctx.db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

/** The hashes of the user's newest passwords, newest first. */
export async function recentPasswordHashes(
  ctx: Pick<Ctx, 'db'>,
  userId: string,
  n: number,
): Promise<string[]> {
  if (n <= 0) return [];
  const rows = await ctx.db
    .selectFrom('password_history')
    .select('hash')
    .where('user_id', '=', userId)
    .orderBy('seq', 'desc')
    .limit(n)
    .execute();
  return rows.map((r) => r.hash);
}

/**
 * Records a newly set password: its hash joins the history (which keeps the
 * newest `keep`), the expiry clock restarts, and `mustChange` says whether it
 * is a temporary password its user must replace.
 */
export async function recordPasswordSet(
  ctx: Ctx,
  userId: string,
  hash: string,
  opts: { mustChange: boolean; keep: number },
): Promise<void> {
  const at = ctx.now.toISOString();
  await ctx.db
    .updateTable('users')
    .set({ password_hash: hash, password_changed_at: at, must_change_password: opts.mustChange ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
  await ctx.db.insertInto('password_history').values({ user_id: userId, hash, changed_at: at }).execute();
  const oldestKept = await ctx.db
    .selectFrom('password_history')
    .select('seq')
    .where('user_id', '=', userId)
    .orderBy('seq', 'desc')
    .offset(Math.max(1, opts.keep) - 1)
    .limit(1)
    .executeTakeFirst();
  if (oldestKept)
    await ctx.db
      .deleteFrom('password_history')
      .where('user_id', '=', userId)
      .where('seq', '<', oldestKept.seq)
      .execute();
}

/** Restarts the expiry clock of every account holding this password hash (the demo's shared password). */
export async function restartPasswordClock(db: Db, passwordHash: string, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_changed_at: at.toISOString() })
    .where('password_hash', '=', passwordHash)
    .execute();
}
