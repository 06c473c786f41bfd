import type { Ctx } from '../../context.js';

type Handle = Pick<Ctx, 'db'>;

/** Accounts locked now, or with failed logins in a row, or one failure since `since`. */
export async function listLockouts(ctx: Handle, now: string, since: string) {
  return ctx.db
    .selectFrom('users as u')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      'u.id as userId',
      'u.username',
      'u.display_name as displayName',
      'un.name as unitName',
      'u.roles',
      'u.failed_logins as failedLogins',
      'u.last_failed_login_at as lastFailedAt',
      'u.locked_until as lockedUntil',
      'u.version',
    ])
    .where((eb) =>
      eb.or([
        eb('u.locked_until', '>', now),
        eb('u.failed_logins', '>', 0),
        eb('u.last_failed_login_at', '>=', since),
      ]),
    )
    .orderBy('u.locked_until', 'desc')
    .orderBy('u.last_failed_login_at', 'desc')
    .limit(200)
    .execute();
}

/** Sessions still within both time limits, newest activity first. */
export async function listOpenSessions(ctx: Handle, idleSince: string, createdSince: string) {
  return ctx.db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .select([
      's.id',
      'u.id as userId',
      'u.username',
      'u.display_name as displayName',
      'un.name as unitName',
      'u.roles',
      's.ip',
      's.user_agent as userAgent',
      's.created_at as createdAt',
      's.last_seen_at as lastSeenAt',
    ])
    .where('s.last_seen_at', '>=', idleSince)
    .where('s.created_at', '>=', createdSince)
    .where('u.active', '=', 1)
    .orderBy('s.last_seen_at', 'desc')
    .limit(500)
    .execute();
}

export async function listSessionIds(ctx: Handle) {
  return ctx.db.selectFrom('sessions').select(['id', 'user_id']).execute();
}
