import QRCode from 'qrcode';
import type { EnrolmentOut } from '../../../core/schemas/security.js';
import type { Me } from '../../../core/schemas/user.js';
import { CHALLENGE_MINUTES, normalizeCode, stepAcceptable } from '../../../core/second-factor.js';
import { type Ctx, inTransaction } from '../../context.js';
import { bool } from '../../db/schema.js';
import { AppError, fieldError } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import {
  addressKeyOf,
  checkAddressLimit,
  locked,
  resolveSession,
  startSession,
} from '../auth/auth.service.js';
import { countFailedLogin, lockAccount } from '../auth/credentials.repo.js';
import { deleteOtherSessions, deleteSessionsOf } from '../auth/session.repo.js';
import { countThrottled } from '../auth/throttle.repo.js';
import { settingsOf } from '../settings/settings.service.js';
import { findUser } from '../user/user.repo.js';
import {
  challengeIdOf,
  claimStep,
  confirmTotp,
  deleteChallenge,
  deleteChallengesOf,
  deleteTotp,
  findChallenge,
  findTotp,
  putPendingTotp,
} from './totp.repo.js';
import { matchingStep, newSecret, openSecret, otpauthUri, sealSecret } from './totp.secret.js';

const MINUTE = 60_000;

/**
 * The second step of a login: the code from the authenticator, against the
 * pending login the password opened. A wrong code, a code already used and a
 * code from another window all get the same answer and cost the same work;
 * each counts as a failed login of the account (towards its lockout) and of
 * the address, and writes one audit row.
 */
export async function loginWithCode(
  ctx: Ctx,
  challengeToken: string | undefined,
  typed: string,
  userAgent: string | null,
): Promise<{ token: string; me: Me }> {
  await checkAddressLimit(ctx);
  const settings = await settingsOf(ctx);
  const threshold = settings['security.lockoutThreshold'];
  const lockMs = settings['security.lockoutMinutes'] * MINUTE;
  const challenge = challengeToken ? await findChallenge(ctx, challengeIdOf(challengeToken)) : undefined;
  const fresh =
    challenge && Date.parse(challenge.created_at) > ctx.now.getTime() - CHALLENGE_MINUTES * MINUTE;
  const user = fresh ? await findUser(ctx, challenge.user_id) : undefined;
  if (!challenge || !user || !bool(user.active)) {
    await inTransaction(ctx, async (tx) => {
      await countThrottled(tx, addressKeyOf(ctx), MINUTE);
      if (challenge) await deleteChallenge(tx, challenge.id);
      await appendAudit(tx, {
        action: 'auth.second_factor',
        entity: 'user',
        entityId: challenge?.user_id ?? null,
        outcome: 'refused',
        after: { reason: 'no_pending_login' },
      });
    });
    // The password was checked too long ago (or never): the login starts over.
    throw new AppError('unauthenticated', [
      {
        zh: '登录已超时，请重新输入用户名和密码',
        en: 'The login timed out; enter the username and password again',
      },
    ]);
  }
  if (user.locked_until && user.locked_until > ctx.now.toISOString()) {
    await inTransaction(ctx, async (tx) => {
      await deleteChallenge(tx, challenge.id);
      await appendAudit(tx, {
        action: 'auth.second_factor',
        entity: 'user',
        entityId: user.id,
        outcome: 'refused',
        after: { reason: 'locked' },
      });
    });
    throw locked(ctx, user.locked_until);
  }
  const totp = await findTotp(ctx, user.id);
  const code = normalizeCode(typed);
  const step = totp?.confirmed_at && code ? matchingStep(await openSecret(totp.secret), code, ctx.now) : null;
  const candidate = step !== null && stepAcceptable(step, totp?.last_step ?? null) ? step : null;
  const accepted = await inTransaction(ctx, async (tx) => {
    // Claimed in the database: two requests racing with one code cannot both pass.
    if (candidate !== null && (await claimStep(tx, user.id, candidate))) {
      await deleteChallenge(tx, challenge.id);
      return { ok: true as const };
    }
    await countThrottled(tx, addressKeyOf(ctx), MINUTE);
    const n = await countFailedLogin(tx, user.id);
    const until = new Date(ctx.now.getTime() + lockMs).toISOString();
    if (n >= threshold) {
      await lockAccount(tx, user.id, until);
      await deleteChallenge(tx, challenge.id);
    }
    await appendAudit(tx, {
      action: 'auth.second_factor',
      entity: 'user',
      entityId: user.id,
      outcome: 'refused',
      after: {
        reason: n >= threshold ? 'locked_now' : step !== null ? 'code_reused' : 'bad_code',
        failedInARow: n,
      },
    });
    return { ok: false as const, n, until };
  });
  if (!accepted.ok) {
    if (accepted.n >= threshold) throw locked(ctx, accepted.until);
    throw new AppError('bad_second_factor');
  }
  return startSession(ctx, user, userAgent, { secondFactor: 'totp' });
}

const alreadyEnrolled = () =>
  new AppError('conflict', [
    {
      zh: '已绑定身份验证器；如需更换，请联系安全管理员重置',
      en: 'An authenticator is already set up; ask the security administrator to reset it to change it',
    },
  ]);

/**
 * Starts setting up an authenticator: a new secret, shown as a QR code and as
 * text for typing in. Only an account without a confirmed one may (a stolen
 * session cannot swap the victim's authenticator for its own).
 */
export async function startEnrolment(ctx: Ctx): Promise<EnrolmentOut> {
  const actor = ctx.user;
  if (!actor) throw new AppError('unauthenticated');
  if ((await findTotp(ctx, actor.id))?.confirmed_at) throw alreadyEnrolled();
  const secret = newSecret();
  const sealed = await sealSecret(secret);
  await inTransaction(ctx, async (tx) => {
    await putPendingTotp(tx, actor.id, sealed, tx.now.toISOString());
    await appendAudit(tx, {
      action: 'auth.second_factor_enrolment',
      entity: 'user',
      entityId: actor.id,
      outcome: 'success',
    });
  });
  const uri = otpauthUri(secret, actor.username);
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * Confirms the new authenticator with one of its codes; from then on every
 * login asks for a code, and the user's other sessions (opened without one) end.
 */
export async function confirmEnrolment(ctx: Ctx, sessionId: string, typed: string): Promise<Me> {
  const actor = ctx.user;
  if (!actor) throw new AppError('unauthenticated');
  const row = await findTotp(ctx, actor.id);
  if (row?.confirmed_at) throw alreadyEnrolled();
  if (!row)
    throw new AppError('rule_violation', [
      { zh: '请先生成二维码，再输入验证码', en: 'Start the set-up (the QR code) before entering a code' },
    ]);
  const code = normalizeCode(typed);
  const step = code ? matchingStep(await openSecret(row.secret), code, ctx.now) : null;
  await inTransaction(ctx, async (tx) => {
    if (step !== null) {
      await confirmTotp(tx, actor.id, tx.now.toISOString(), step);
      await deleteOtherSessions(tx, actor.id, sessionId);
    }
    await appendAudit(tx, {
      action: 'auth.second_factor_confirm',
      entity: 'user',
      entityId: actor.id,
      outcome: step !== null ? 'success' : 'refused',
      ...(step === null ? { after: { reason: 'bad_code' } } : {}),
    });
  });
  if (step === null)
    throw fieldError(
      'validation',
      'code',
      '验证码不正确，请输入验证器当前显示的 6 位数字',
      'wrong code: type the 6 digits the authenticator shows now',
    );
  const found = await resolveSession(ctx, sessionId);
  if (!found) throw new AppError('unauthenticated');
  return found.me;
}

/**
 * Recovery (the security administrator's): removes a user's authenticator and
 * ends their sessions and pending logins; the user sets up a new one at the
 * next login. Never one's own: a second security administrator, or the
 * command line, recovers the security administrator.
 */
export async function resetSecondFactor(ctx: Ctx, userId: string): Promise<{ ok: true }> {
  const actor = authorize(ctx, 'mfa.reset');
  if (actor.id === userId)
    throw new AppError('rule_violation', [
      {
        zh: '不能重置自己的身份验证器',
        en: 'You cannot reset your own authenticator',
      },
    ]);
  const target = await findUser(ctx, userId);
  if (!target) throw new AppError('not_found');
  await inTransaction(ctx, async (tx) => {
    const removed = await deleteTotp(tx, userId);
    if (!removed)
      throw new AppError('rule_violation', [
        { zh: '该用户未绑定身份验证器', en: 'The user has no authenticator' },
      ]);
    await deleteChallengesOf(tx, userId);
    await deleteSessionsOf(tx, userId);
    await appendAudit(tx, {
      action: 'user.second_factor_reset',
      entity: 'user',
      entityId: userId,
      outcome: 'success',
      after: { username: target.username },
    });
  });
  return { ok: true };
}
