import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { SessionsTable } from '../../db/schema.js';

/** The cookie carries a random token; the database keeps only its hash, so a leaked table opens no session. */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function findSessionWithUser(db: Db, id: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .leftJoin('user_totp as t', 't.user_id', 'u.id')
    .select([
      's.id as sessionId',
      't.confirmed_at as totpConfirmedAt',
      's.created_at as createdAt',
      's.last_seen_at as lastSeenAt',
      'u.id',
      'u.username',
      'u.display_name as displayName',
      'u.title',
      'u.unit_id as unitId',
      'un.name as unitName',
      'u.roles',
      'u.active',
      'u.password_changed_at as passwordChangedAt',
      'u.must_change_password as mustChangePassword',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function ledgerIdsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_ledgers')
    .select('ledger_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.ledger_id);
}

/** Ends every session of a user (deactivated, or a new password set). */
export async function deleteSessionsOf(ctx: { db: Db }, userId: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Ends every session of the user but the one given (after a password change made in it). */
export async function deleteOtherSessions(ctx: { db: Db }, userId: string, keep: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keep).execute();
}

export async function insertSession(ctx: { db: Db }, row: SessionsTable): Promise<void> {
  await ctx.db.insertInto('sessions').values(row).execute();
}

export async function deleteSession(ctx: { db: Db }, id: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function touchSession(ctx: { db: Db }, id: string, at: string): Promise<void> {
  await ctx.db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}
