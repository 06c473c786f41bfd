import { can } from '../../../core/access.js';
import type { Role } from '../../../core/enums.js';
import { UserInput, type UserOut, UserUpdate } from '../../../core/schemas/user.js';
import { type Ctx, inTransaction } from '../../context.js';
import { int } from '../../db/schema.js';
import { expectVersion, updateIfVersion } from '../../db/versioned.js';
import { AppError, fieldError, notFound, staleVersion } from '../../errors.js';
import { newId } from '../../ids.js';
import { SYSTEM_ACTOR } from '../../system.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { recordPasswordSet } from '../auth/credentials.repo.js';
import { hashPassword } from '../auth/password.js';
import { assertAcceptablePassword, passwordRulesOf } from '../auth/password.policy.js';
import { deleteSessionsOf } from '../auth/session.repo.js';
import { refuseDemoReactivation, retireDemoAccountsIfOfficeReady } from '../demo/demo.service.js';
import { findLedgersByIds } from '../ledger/ledger.repo.js';
import { findUnit } from '../unit/unit.repo.js';
import { dutyViolation, mayCreateWith, selfEditViolation, userFieldsDenied } from './user.policy.js';
import {
  findUser,
  findUserByUsername,
  insertUser,
  ledgerIdsByUser,
  listUsers,
  replaceUserLedgers,
  toPersonOut,
  toUserOut,
} from './user.repo.js';

/** Audit records of users never carry the password hash. */
const audited = (u: UserOut) => ({ ...u });

async function checkRefs(ctx: Ctx, unitId: string | null | undefined, ledgerIds: string[] | undefined) {
  if (unitId && !(await findUnit(ctx, unitId)))
    throw fieldError('validation', 'unitId', '单位不存在', 'no such unit');
  if (ledgerIds?.length) {
    const found = await findLedgersByIds(ctx, ledgerIds);
    if (found.length !== new Set(ledgerIds).size)
      throw fieldError('validation', 'ledgerIds', '台账不存在', 'no such ledger');
  }
}

/** Work from the command line or at start-up (first admin, demo) is no login and keeps every account. */
const isSystem = (ctx: Ctx) => ctx.user?.id === SYSTEM_ACTOR.id;

/** Roles one account may not hold together: 422, so that the form can say why. */
function checkDuties(roles: readonly Role[]) {
  const conflict = dutyViolation(roles);
  if (conflict) throw new AppError('rule_violation', [conflict]);
}

/** The actor does not keep this account, or may not send this field: 403 naming it (the refusal is audited). */
const notTheKeeper = (field: string) =>
  new AppError('forbidden', [
    {
      field,
      zh: '管理员账号的角色、密码和启停由安全管理员负责，其他账号由系统管理员负责',
      en: "Administrators' roles, passwords and activation belong to the security admin; other accounts to the system admin",
    },
  ]);

function checkRoleUnit(roles: readonly string[], unitId: string | null) {
  if (roles.includes('unit') && !unitId)
    throw fieldError('rule_violation', 'unitId', '单位联络员必须属于一个单位', 'a unit user needs a unit');
}

export async function getUser(ctx: Ctx, id: string): Promise<UserOut> {
  authorize(ctx, 'user.read');
  const row = await findUser(ctx, id);
  if (!row) throw notFound();
  return toUserOut(row, (await ledgerIdsByUser(ctx, [id])).get(id) ?? []);
}

export async function searchUsers(
  ctx: Ctx,
  q: {
    q?: string;
    unitId?: string;
    role?: string;
    includeInactive?: boolean;
    page: number;
    pageSize: number;
  },
) {
  authorize(ctx, 'user.read');
  const { rows, total } = await listUsers(ctx, {
    ...q,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  const ledgers = await ledgerIdsByUser(
    ctx,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toUserOut(r, ledgers.get(r.id) ?? [])), total };
}

/** People for pickers (leader in charge, deputy, responsible person): names and contacts only. */
export async function searchPeople(
  ctx: Ctx,
  q: { q?: string; unitId?: string; prefer?: 'leader'; page: number; pageSize: number },
) {
  authorize(ctx, 'people.read');
  const { rows, total } = await listUsers(ctx, {
    q: q.q,
    unitId: q.unitId,
    prefer: q.prefer,
    chainPeople: true,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  // A unit user names its own people; of other units' people it needs the name, not the phone (DATA-hygiene).
  const user = ctx.user;
  const unitId = user?.roles.includes('unit') && !can(user.roles, 'item.oversee') ? user.unitId : null;
  return {
    items: rows.map(toPersonOut).map((p) => (unitId && p.unitId !== unitId ? { ...p, phone: null } : p)),
    total,
  };
}

/**
 * `opts.passwordHash`: a password hashed ahead (the demo's shared one, test
 * accounts); `opts.operatorChosen`: the operator's own choice through
 * DUCHA_ADMIN_PASSWORD. Otherwise the password is one someone else set for the
 * user — it must pass the rules and is temporary: changed at first login.
 */
export async function createUser(
  ctx: Ctx,
  raw: UserInput,
  opts: { passwordHash?: string; operatorChosen?: boolean } = {},
): Promise<UserOut> {
  // Either administrator may reach this far; core/duties.ts says who keeps which accounts.
  const actor = authorize(ctx, 'user.read');
  const input = UserInput.parse(raw);
  checkDuties(input.roles);
  if (!isSystem(ctx) && !mayCreateWith(actor.roles, input.roles)) throw notTheKeeper('roles');
  checkRoleUnit(input.roles, input.unitId);
  const temporary = !opts.passwordHash && !opts.operatorChosen;
  if (temporary) await assertAcceptablePassword(ctx, { id: null, username: input.username }, input.password);
  const hash = opts.passwordHash ?? (await hashPassword(input.password));
  return inTransaction(ctx, async (tx) => {
    if (await findUserByUsername(tx, input.username))
      throw fieldError('conflict', 'username', '用户名已被使用', 'the username is taken');
    await checkRefs(tx, input.unitId, input.ledgerIds);
    const now = tx.now.toISOString();
    const row = {
      id: newId(),
      username: input.username,
      display_name: input.displayName,
      title: input.title,
      unit_id: input.unitId,
      roles: JSON.stringify(input.roles),
      phone: input.phone,
      email: input.email,
      password_hash: hash,
      active: 1,
      failed_logins: 0,
      locked_until: null,
      password_changed_at: now,
      must_change_password: temporary ? 1 : 0,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertUser(tx, row);
    await recordPasswordSet(tx, row.id, hash, {
      mustChange: temporary,
      keep: (await passwordRulesOf(tx)).historySize,
    });
    await replaceUserLedgers(tx, row.id, input.ledgerIds);
    const out = toUserOut(row, input.ledgerIds);
    await appendAudit(tx, {
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      outcome: 'success',
      after: audited(out),
    });
    // The office's own administrators end the demo's accounts (core/demo.ts).
    if (!isSystem(tx)) await retireDemoAccountsIfOfficeReady(tx);
    return out;
  });
}

export async function updateUser(ctx: Ctx, id: string, raw: UserUpdate): Promise<UserOut> {
  const input = UserUpdate.parse(raw);
  // Whoever may touch users at all may at least lift a lockout; user.policy.ts says which fields beyond.
  const user = authorize(ctx, 'user.unlock');
  const target = await findUser(ctx, id);
  if (!target) throw notFound();
  const targetRoles = JSON.parse(target.roles) as Role[];
  if (input.roles) checkDuties(input.roles);
  const self = selfEditViolation(ctx.user, id, input);
  if (self) throw new AppError('rule_violation', [self]);
  const denied = isSystem(ctx) ? [] : userFieldsDenied(user.roles, targetRoles, input);
  if (denied.length) throw notTheKeeper(denied[0]);
  // A password set by an administrator is a reset: it must pass the rules and be changed at the next login.
  if (input.password) await assertAcceptablePassword(ctx, { id, username: target.username }, input.password);
  const hash = input.password ? await hashPassword(input.password) : undefined;
  return inTransaction(ctx, async (tx) => {
    const row = expectVersion(await findUser(tx, id), input.version);
    // The roles were judged on the row read above; a change in between is a new version and fails here.
    if (row.roles !== target.roles) throw staleVersion();
    if (input.active === true) await refuseDemoReactivation(tx, id);
    await checkRefs(tx, input.unitId, input.ledgerIds);
    const before = toUserOut(row, (await ledgerIdsByUser(tx, [id])).get(id) ?? []);
    const next = {
      ...row,
      ...(input.displayName !== undefined && { display_name: input.displayName }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.unitId !== undefined && { unit_id: input.unitId }),
      ...(input.roles !== undefined && { roles: JSON.stringify(input.roles) }),
      ...(input.phone !== undefined && { phone: input.phone }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.active !== undefined && { active: int(input.active) }),
      ...(input.unlock && { locked_until: null, failed_logins: 0 }),
      updated_at: tx.now.toISOString(),
      version: row.version + 1,
    };
    checkRoleUnit(JSON.parse(next.roles), next.unit_id);
    await updateIfVersion(tx, 'users', id, input.version, next);
    if (input.ledgerIds) await replaceUserLedgers(tx, id, input.ledgerIds);
    if (hash)
      await recordPasswordSet(tx, id, hash, {
        mustChange: true,
        keep: (await passwordRulesOf(tx)).historySize,
      });
    // A deactivated user or a changed password ends every open session.
    if (input.active === false || hash) await deleteSessionsOf(tx, id);
    const out = toUserOut(next, input.ledgerIds ?? before.ledgerIds);
    await appendAudit(tx, {
      action: input.unlock ? 'user.unlock' : 'user.update',
      entity: 'user',
      entityId: id,
      outcome: 'success',
      before: audited(before),
      after: { ...audited(out), passwordChanged: !!hash },
    });
    if (!isSystem(tx)) await retireDemoAccountsIfOfficeReady(tx);
    return out;
  });
}
