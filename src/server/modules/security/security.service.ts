import { createHash } from 'node:crypto';
import type { Role } from '../../../core/enums.js';
import type { LockoutOut, SecondFactorOut, SessionOut } from '../../../core/schemas/security.js';
import { type Ctx, inTransaction } from '../../context.js';
import { AppError } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { deleteSession } from '../auth/session.repo.js';
import { settingsOf } from '../settings/settings.service.js';
import { listLockouts, listOpenSessions, listSessionIds } from './security.repo.js';
import { listTotpAccounts } from './totp.repo.js';

const MINUTE = 60_000;
/** Failures older than this drop off the list once the account has logged in since. */
const RECENT_DAYS = 7;

/**
 * A session's name on the security screen: a hash of its stored id (itself a
 * hash of the cookie's token). It ends the session and opens nothing.
 */
export function sessionRef(id: string): string {
  return createHash('sha256').update(`session-ref\u0000${id}`).digest('hex').slice(0, 32);
}

const rolesOf = (json: string) => JSON.parse(json) as Role[];

/** Locked accounts and recent failed logins, for the unlock. */
export async function lockouts(ctx: Ctx): Promise<{ items: LockoutOut[] }> {
  authorize(ctx, 'user.unlock');
  const now = ctx.now.toISOString();
  const since = new Date(ctx.now.getTime() - RECENT_DAYS * 24 * 60 * MINUTE).toISOString();
  const rows = await listLockouts(ctx, now, since);
  return {
    items: rows.map((r) => ({
      ...r,
      roles: rolesOf(r.roles),
      failedLogins: Number(r.failedLogins),
      lastFailedAt: r.lastFailedAt ?? null,
      locked: !!r.lockedUntil && r.lockedUntil > now,
      version: Number(r.version),
    })),
  };
}

/** Who is logged in now: user, unit, address, browser, started, last seen — never the token. */
export async function openSessions(
  ctx: Ctx,
  currentSessionId: string | null,
): Promise<{ items: SessionOut[] }> {
  authorize(ctx, 'session.manage');
  const s = await settingsOf(ctx);
  const idleSince = new Date(ctx.now.getTime() - s['session.idleMinutes'] * MINUTE).toISOString();
  const createdSince = new Date(ctx.now.getTime() - s['session.maxHours'] * 60 * MINUTE).toISOString();
  const rows = await listOpenSessions(ctx, idleSince, createdSince);
  return {
    items: rows.map(({ id, ...r }) => ({
      ...r,
      ref: sessionRef(id),
      roles: rolesOf(r.roles),
      current: id === currentSessionId,
    })),
  };
}

/** Ends a session by its reference (audited); the user must log in again. */
export async function endSession(ctx: Ctx, ref: string): Promise<{ ok: true }> {
  authorize(ctx, 'session.manage');
  const found = (await listSessionIds(ctx)).find((s) => sessionRef(s.id) === ref);
  if (!found) throw new AppError('not_found');
  await inTransaction(ctx, async (tx) => {
    await deleteSession(tx, found.id);
    await appendAudit(tx, {
      action: 'session.end',
      entity: 'user',
      entityId: found.user_id,
      outcome: 'success',
      after: { session: ref },
    });
  });
  return { ok: true };
}

/** Accounts with an authenticator (confirmed or being set up), for the recovery. */
export async function secondFactors(ctx: Ctx): Promise<{ items: SecondFactorOut[] }> {
  authorize(ctx, 'mfa.reset');
  const rows = await listTotpAccounts(ctx);
  return { items: rows.map((r) => ({ ...r, roles: rolesOf(r.roles) })) };
}
