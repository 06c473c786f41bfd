import { permissionsOf } from '../../../core/access.js';
import type { Role } from '../../../core/enums.js';
import type { Me } from '../../../core/schemas/user.js';
import { type Actor, type Ctx, inTransaction } from '../../context.js';
import { bool } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { settingsOf } from '../settings/settings.service.js';
import { findUserByUsername } from '../user/user.repo.js';
import { clearLoginFailures, countFailedLogin, lockAccount } from './credentials.repo.js';
import { verifyPassword } from './password.js';
import {
  deleteSession,
  findSessionWithUser,
  insertSession,
  ledgerIdsOf,
  newSessionToken,
  touchSession,
} from './session.repo.js';

const MINUTE = 60_000;

/**
 * Checks the password, counting failures: after the threshold in a row the
 * account is locked for a while (settings). Failures and successes are audited.
 */
export async function login(
  ctx: Ctx,
  username: string,
  password: string,
  userAgent: string | null,
): Promise<{ token: string; me: Me }> {
  const settings = await settingsOf(ctx);
  const user = await findUserByUsername(ctx, username);
  const nowIso = ctx.now.toISOString();

  if (user?.locked_until && user.locked_until > nowIso) {
    await audited(ctx, user.id, 'refused', { reason: 'locked' });
    throw new AppError('account_locked');
  }
  const ok = !!user && bool(user.active) && (await verifyPassword(password, user.password_hash));
  if (!user || !ok) {
    if (user) {
      const threshold = settings['security.lockoutThreshold'];
      const failed = await inTransaction(ctx, async (tx) => {
        // Counted by the database, so that failures arriving together all count.
        const n = await countFailedLogin(tx, user.id);
        if (n >= threshold) {
          const until = new Date(
            ctx.now.getTime() + settings['security.lockoutMinutes'] * MINUTE,
          ).toISOString();
          await lockAccount(tx, user.id, until);
        }
        await appendAudit(tx, {
          action: 'auth.login',
          entity: 'user',
          entityId: user.id,
          outcome: 'refused',
          after: { reason: n >= threshold ? 'locked_now' : 'bad_credentials', failedInARow: n },
        });
        return n;
      });
      const lock = failed >= threshold;
      if (lock) throw new AppError('account_locked');
    }
    // Guesses at unknown names are audited too: they show someone probing for accounts.
    if (!user)
      await audited(ctx, null, 'refused', { reason: 'unknown_user', username: username.slice(0, 64) });
    throw new AppError('bad_credentials');
  }

  const { token, id } = newSessionToken();
  await inTransaction(ctx, async (tx) => {
    await clearLoginFailures(tx, user.id);
    await insertSession(tx, {
      id,
      user_id: user.id,
      created_at: nowIso,
      last_seen_at: nowIso,
      ip: ctx.ip,
      user_agent: userAgent?.slice(0, 300) ?? null,
    });
    await appendAudit(
      { ...tx, user: { id: user.id, displayName: user.display_name } as Actor },
      { action: 'auth.login', entity: 'user', entityId: user.id, outcome: 'success' },
    );
  });
  const actor = await resolveSession(ctx, id);
  if (!actor) throw new AppError('internal');
  return { token, me: actor.me };
}

async function audited(ctx: Ctx, userId: string | null, outcome: 'refused', after: unknown) {
  await inTransaction(ctx, (tx) =>
    appendAudit(tx, { action: 'auth.login', entity: 'user', entityId: userId, outcome, after }),
  );
}

export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await deleteSession(tx, sessionId);
    await appendAudit(tx, {
      action: 'auth.logout',
      entity: 'user',
      entityId: ctx.user?.id ?? null,
      outcome: 'success',
    });
  });
}

/**
 * The user behind a session, or null when it does not exist, has been idle
 * too long, has lasted too long in all, or its user was deactivated. Expired
 * sessions are removed. `last_seen_at` is written at most once a minute.
 */
export async function resolveSession(ctx: Ctx, sessionId: string): Promise<{ actor: Actor; me: Me } | null> {
  const { db, now } = ctx;
  const row = await findSessionWithUser(db, sessionId);
  if (!row) return null;
  const settings = await settingsOf(ctx);
  const idleLimit = now.getTime() - settings['session.idleMinutes'] * MINUTE;
  const ageLimit = now.getTime() - settings['session.maxHours'] * 60 * MINUTE;
  if (!bool(row.active) || Date.parse(row.lastSeenAt) < idleLimit || Date.parse(row.createdAt) < ageLimit) {
    await deleteSession(ctx, sessionId);
    return null;
  }
  if (now.getTime() - Date.parse(row.lastSeenAt) > MINUTE) {
    await touchSession(ctx, sessionId, now.toISOString());
  }
  const ledgerIds = await ledgerIdsOf(db, row.id);
  const roles = JSON.parse(row.roles) as Role[];
  const actor: Actor = {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles,
    unitId: row.unitId,
    ledgerIds,
  };
  const me: Me = {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    title: row.title,
    unitId: row.unitId,
    unitName: row.unitName,
    roles,
    ledgerIds,
    permissions: permissionsOf(roles),
  };
  return { actor, me };
}
