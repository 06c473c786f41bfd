import { sql } from 'kysely';
import type { Ctx } from '../../context.js';

/**
 * Counts one more failed login under `key` in a fixed window and returns the
 * count and when the window began. One statement, in the database, so that
 * failures arriving together — or at other instances on PostgreSQL — all count.
 */
export async function countThrottled(
  ctx: Ctx,
  key: string,
  windowMs: number,
): Promise<{ attempts: number; windowStart: string }> {
  const now = ctx.now.toISOString();
  const cutoff = new Date(ctx.now.getTime() - windowMs).toISOString();
  const row = await ctx.db
    .insertInto('login_throttle')
    .values({ key, window_start: now, attempts: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        attempts: sql`CASE WHEN login_throttle.window_start <= ${cutoff} THEN 1 ELSE login_throttle.attempts + 1 END`,
        window_start: sql`CASE WHEN login_throttle.window_start <= ${cutoff} THEN ${now} ELSE login_throttle.window_start END`,
      }),
    )
    .returning(['attempts', 'window_start'])
    .executeTakeFirstOrThrow();
  return { attempts: Number(row.attempts), windowStart: row.window_start };
}

/** The failures counted under `key` in the window still open, or null when none. */
export async function readThrottled(
  ctx: Ctx,
  key: string,
  windowMs: number,
): Promise<{ attempts: number; windowStart: string } | null> {
  const cutoff = new Date(ctx.now.getTime() - windowMs).toISOString();
  const row = await ctx.db
    .selectFrom('login_throttle')
    .select(['attempts', 'window_start'])
    .where('key', '=', key)
    .where('window_start', '>', cutoff)
    .executeTakeFirst();
  return row ? { attempts: Number(row.attempts), windowStart: row.window_start } : null;
}

export async function clearThrottled(ctx: Ctx, key: string): Promise<void> {
  await ctx.db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Forgets windows that closed long ago, so the table holds only live counters. */
export async function pruneThrottled(ctx: Ctx, olderThanMs: number): Promise<void> {
  const cutoff = new Date(ctx.now.getTime() - olderThanMs).toISOString();
  await ctx.db.deleteFrom('login_throttle').where('window_start', '<', cutoff).execute();
}
