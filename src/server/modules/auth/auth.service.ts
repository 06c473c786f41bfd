import { createHmac, randomBytes } from 'node:crypto';
import { permissionsOf } from '../../../core/access.js';
import type { Role } from '../../../core/enums.js';
import { passwordExpired } from '../../../core/password-policy.js';
import type { Me } from '../../../core/schemas/user.js';
import { CHALLENGE_MINUTES, secondFactorState } from '../../../core/second-factor.js';
import { type Actor, type Ctx, inTransaction } from '../../context.js';
import { bool } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { appendAudit } from '../audit/audit.repo.js';
import { auditSeal } from '../audit/audit.seal.js';
import {
  hasConfirmedTotp,
  insertChallenge,
  newChallengeToken,
  pruneChallenges,
} from '../security/totp.repo.js';
import { settingsOf } from '../settings/settings.service.js';
import { findUserByUsername } from '../user/user.repo.js';
import { clearLoginFailures, countFailedLogin, lockAccount, recordPasswordSet } from './credentials.repo.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertAcceptablePassword, passwordRulesOf } from './password.policy.js';
import {
  deleteOtherSessions,
  deleteSession,
  findSessionWithUser,
  insertSession,
  ledgerIdsOf,
  newSessionToken,
  touchSession,
} from './session.repo.js';
import { countThrottled, pruneThrottled, readThrottled } from './throttle.repo.js';

const MINUTE = 60_000;

/**
 * Failed logins one address may make in a minute before every further try
 * gets 429 until the minute is over (SECURITY.md AUTH-3). Failures only: an
 * office behind one NAT address logs in together at nine.
 */
export const ADDRESS_LIMIT = 20;
const ADDRESS_WINDOW = MINUTE;

/** One hash at the production cost, checked when the name is nobody's, so that the answer takes as long. */
let dummyHash: Promise<string> | null = null;
const dummy = () => {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
};

/**
 * What the audit log and the throttle keep of a typed name: its HMAC under
 * the audit key and its length — never the text, which is now and then a
 * password typed into the wrong box.
 */
export async function nameDigest(username: string): Promise<string> {
  const { key } = await auditSeal();
  return createHmac('sha256', key).update(`login-name\u0000${username}`).digest('hex').slice(0, 32);
}

/** A login either opens a session or, for an account with an authenticator, owes a code first. */
export type LoginResult =
  | { kind: 'session'; token: string; me: Me }
  | { kind: 'code' /** For the pending-login cookie. */; challenge: string };

export const secondsUntil = (ctx: Ctx, iso: string) =>
  String(Math.max(1, Math.ceil((Date.parse(iso) - ctx.now.getTime()) / 1000)));
export const locked = (ctx: Ctx, until: string) =>
  new AppError('account_locked', [], { 'retry-after': secondsUntil(ctx, until) });

/** Too many failures from the request's address in the last minute: 429 with Retry-After (recorded once). */
export async function checkAddressLimit(ctx: Ctx): Promise<void> {
  const addressKey = addressKeyOf(ctx);
  const fromAddress = await readThrottled(ctx, addressKey, ADDRESS_WINDOW);
  if (fromAddress && fromAddress.attempts >= ADDRESS_LIMIT) {
    const n = await inTransaction(ctx, async (tx) => {
      const counted = await countThrottled(tx, addressKey, ADDRESS_WINDOW);
      // Recorded once per window, when the limit is first met: a flood does not flood the log.
      if (counted.attempts === ADDRESS_LIMIT + 1)
        await appendAudit(tx, {
          action: 'auth.login',
          entity: 'user',
          entityId: null,
          outcome: 'refused',
          after: { reason: 'rate_limited', failuresFromAddress: ADDRESS_LIMIT },
        });
      return counted;
    });
    throw new AppError('rate_limited', [], {
      'retry-after': secondsUntil(ctx, new Date(Date.parse(n.windowStart) + ADDRESS_WINDOW).toISOString()),
    });
  }
}

export const addressKeyOf = (ctx: Ctx) => `ip:${ctx.ip ?? 'unknown'}`;

/**
 * Checks the password, counting failures. Per address, too many failures in
 * a minute answer 429 with Retry-After. Per account, after the threshold in a
 * row the account is locked for a while (settings) and answers 423 with
 * Retry-After — and so does a name that is nobody's, counted by its digest,
 * so that the answers (status, words, the time a hash takes) say nothing
 * about which names exist. Every failure writes one audit row.
 */
export async function login(
  ctx: Ctx,
  username: string,
  password: string,
  userAgent: string | null,
): Promise<LoginResult> {
  const settings = await settingsOf(ctx);
  const threshold = settings['security.lockoutThreshold'];
  const lockMs = settings['security.lockoutMinutes'] * MINUTE;
  const nowIso = ctx.now.toISOString();
  const addressKey = addressKeyOf(ctx);

  await checkAddressLimit(ctx);

  const user = await findUserByUsername(ctx, username);
  const name = await nameDigest(username);
  const nameKey = `name:${name}`;
  // Every attempt past the address limit pays for one hash, whoever the name belongs to.
  const passwordOk = await verifyPassword(password, user?.password_hash ?? (await dummy()));

  if (user?.locked_until && user.locked_until > nowIso) {
    await audited(ctx, user.id, 'refused', { reason: 'locked' });
    throw locked(ctx, user.locked_until);
  }
  if (!user) {
    const guessed = await readThrottled(ctx, nameKey, lockMs);
    if (guessed && guessed.attempts >= threshold) {
      await audited(ctx, null, 'refused', {
        reason: 'locked',
        name: { digest: name, length: username.length },
      });
      throw locked(ctx, new Date(Date.parse(guessed.windowStart) + lockMs).toISOString());
    }
  }

  if (!user || !bool(user.active) || !passwordOk) {
    const failed = await inTransaction(ctx, async (tx) => {
      await countThrottled(tx, addressKey, ADDRESS_WINDOW);
      // Counted by the database, so that failures arriving together all count.
      const n = user
        ? await countFailedLogin(tx, user.id)
        : (await countThrottled(tx, nameKey, lockMs)).attempts;
      const until = new Date(ctx.now.getTime() + lockMs).toISOString();
      if (user && n >= threshold) await lockAccount(tx, user.id, until);
      await appendAudit(tx, {
        action: 'auth.login',
        entity: 'user',
        entityId: user?.id ?? null,
        outcome: 'refused',
        after: {
          reason: n >= threshold ? 'locked_now' : user ? 'bad_credentials' : 'unknown_user',
          failedInARow: n,
          // Guesses at unknown names show someone probing for accounts; the digest ties them together.
          ...(user ? {} : { name: { digest: name, length: username.length } }),
        },
      });
      return { n, until };
    });
    if (failed.n >= threshold) throw locked(ctx, failed.until);
    throw new AppError('bad_credentials');
  }
  // An account with an authenticator owes a code: no session yet, and the failures in a row stand.
  if (await hasConfirmedTotp(ctx, user.id)) {
    const challenge = newChallengeToken();
    await inTransaction(ctx, async (tx) => {
      await pruneChallenges(tx, new Date(ctx.now.getTime() - CHALLENGE_MINUTES * MINUTE).toISOString());
      await insertChallenge(tx, {
        id: challenge.id,
        user_id: user.id,
        created_at: nowIso,
        ip: ctx.ip,
        user_agent: userAgent?.slice(0, 300) ?? null,
      });
      await appendAudit(tx, {
        action: 'auth.password_verified',
        entity: 'user',
        entityId: user.id,
        outcome: 'success',
        after: { secondFactor: 'totp' },
      });
    });
    return { kind: 'code', challenge: challenge.token };
  }
  return { kind: 'session', ...(await startSession(ctx, user, userAgent)) };
}

/**
 * Opens a session for a user whose credentials passed (the password, and the
 * code when one is owed): the failures in a row are forgiven, the login audited.
 */
export async function startSession(
  ctx: Ctx,
  user: { id: string; display_name: string },
  userAgent: string | null,
  audit: Record<string, unknown> = {},
): Promise<{ token: string; me: Me }> {
  const nowIso = ctx.now.toISOString();
  const { token, id } = newSessionToken();
  await inTransaction(ctx, async (tx) => {
    await clearLoginFailures(tx, user.id);
    await pruneThrottled(tx, 24 * 60 * MINUTE);
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
      {
        action: 'auth.login',
        entity: 'user',
        entityId: user.id,
        outcome: 'success',
        ...(Object.keys(audit).length ? { after: audit } : {}),
      },
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
    passwordChange: bool(row.mustChangePassword)
      ? 'reset'
      : passwordExpired(row.passwordChangedAt, now, settings['password.maxAgeDays'])
        ? 'expired'
        : null,
    secondFactor: secondFactorState(roles, !!row.totpConfirmedAt, settings),
  };
  return { actor, me };
}

/**
 * The user changes their own password: the current one first (a wrong one
 * counts as a failed login, so a stolen session cannot guess it), then the
 * rules and history; every other session of the user ends, this one stays.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  sessionId: string,
  currentPassword: string,
  newPassword: string,
): Promise<Me> {
  const actor = ctx.user;
  if (!actor) throw new AppError('unauthenticated');
  const user = await findUserByUsername(ctx, actor.username);
  if (!user) throw new AppError('unauthenticated');
  if (!(await verifyPassword(currentPassword, user.password_hash))) {
    await inTransaction(ctx, async (tx) => {
      await countFailedLogin(tx, user.id);
      await appendAudit(tx, {
        action: 'auth.password_change',
        entity: 'user',
        entityId: user.id,
        outcome: 'refused',
        after: { reason: 'bad_current_password' },
      });
    });
    throw fieldError('validation', 'currentPassword', '当前密码不正确', 'the current password is wrong');
  }
  await assertAcceptablePassword(ctx, { id: user.id, username: user.username }, newPassword, 'newPassword');
  const hash = await hashPassword(newPassword);
  const { historySize } = await passwordRulesOf(ctx);
  await inTransaction(ctx, async (tx) => {
    await recordPasswordSet(tx, user.id, hash, { mustChange: false, keep: historySize });
    await clearLoginFailures(tx, user.id);
    await deleteOtherSessions(tx, user.id, sessionId);
    await appendAudit(tx, {
      action: 'auth.password_change',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
    });
  });
  const found = await resolveSession(ctx, sessionId);
  if (!found) throw new AppError('unauthenticated');
  return found.me;
}
