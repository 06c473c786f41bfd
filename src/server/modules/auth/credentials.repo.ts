import { sql } from 'kysely';
import type { Ctx } from '../../context.js';

/** Counts one more failed login and returns the count; counted by the database, so that failures arriving together all count. */
export async function countFailedLogin(ctx: Ctx, userId: string): Promise<number> {
  const row = await ctx.db
    .updateTable('users')
    .set({ failed_logins: sql`failed_logins + 1` })
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
