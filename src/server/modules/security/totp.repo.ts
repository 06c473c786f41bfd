import { createHash, randomBytes } from 'node:crypto';
import type { Ctx } from '../../context.js';
import type { UserTotpTable } from '../../db/schema.js';

type Handle = Pick<Ctx, 'db'>;

export async function findTotp(ctx: Handle, userId: string): Promise<UserTotpTable | undefined> {
  return ctx.db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Whether the user has a confirmed authenticator. */
export async function hasConfirmedTotp(ctx: Handle, userId: string): Promise<boolean> {
  const row = await findTotp(ctx, userId);
  return !!row?.confirmed_at;
}

/** A new, unconfirmed secret replaces any unconfirmed one. */
export async function putPendingTotp(ctx: Handle, userId: string, secret: string, at: string): Promise<void> {
  await ctx.db.deleteFrom('user_totp').where('user_id', '=', userId).execute();
  await ctx.db
    .insertInto('user_totp')
    .values({ user_id: userId, secret, created_at: at, confirmed_at: null, last_step: null })
    .execute();
}

export async function confirmTotp(ctx: Handle, userId: string, at: string, step: number): Promise<void> {
  await ctx.db
    .updateTable('user_totp')
    .set({ confirmed_at: at, last_step: step })
    .where('user_id', '=', userId)
    .execute();
}

/**
 * Records the step of an accepted code, only if it is later than the last one:
 * false when another request used this step (or a later one) first, so that two
 * logins racing with one code cannot both pass.
 */
export async function claimStep(ctx: Handle, userId: string, step: number): Promise<boolean> {
  const res = await ctx.db
    .updateTable('user_totp')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function deleteTotp(ctx: Handle, userId: string): Promise<number> {
  const res = await ctx.db.deleteFrom('user_totp').where('user_id', '=', userId).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Accounts with an authenticator, for the recovery list. */
export async function listTotpAccounts(ctx: Handle) {
  return ctx.db
    .selectFrom('user_totp as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id as userId',
      'u.username',
      'u.display_name as displayName',
      'un.name as unitName',
      'u.roles',
      't.confirmed_at as confirmedAt',
    ])
    .orderBy('u.username')
    .execute();
}

/** The token of a pending login goes to the browser; the table keeps its hash. */
export function newChallengeToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: challengeIdOf(token) };
}

export function challengeIdOf(token: string): string {
  return createHash('sha256').update(`challenge\u0000${token}`).digest('hex');
}

export async function insertChallenge(
  ctx: Handle,
  row: { id: string; user_id: string; created_at: string; ip: string | null; user_agent: string | null },
): Promise<void> {
  await ctx.db.insertInto('login_challenges').values(row).execute();
}

export async function findChallenge(ctx: Handle, id: string) {
  return ctx.db.selectFrom('login_challenges').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteChallenge(ctx: Handle, id: string): Promise<void> {
  await ctx.db.deleteFrom('login_challenges').where('id', '=', id).execute();
}

/** Removes the user's pending logins (after a reset) and everyone's stale ones. */
export async function deleteChallengesOf(ctx: Handle, userId: string): Promise<void> {
  await ctx.db.deleteFrom('login_challenges').where('user_id', '=', userId).execute();
}

export async function pruneChallenges(ctx: Handle, before: string): Promise<void> {
  await ctx.db.deleteFrom('login_challenges').where('created_at', '<', before).execute();
}
