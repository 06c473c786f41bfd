import { LedgerInput, type LedgerOut, LedgerUpdate } from '../../../core/schemas/ledger.js';
import { type Ctx, inTransaction } from '../../context.js';
import { int } from '../../db/schema.js';
import { expectVersion, updateIfVersion } from '../../db/versioned.js';
import { AppError, fieldError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { appendAudit } from '../audit/audit.repo.js';
import { ledgerRefusal, visibleLedgers } from './ledger.policy.js';
import {
  countLedgerItems,
  findLedger,
  findLedgerClash,
  insertLedger,
  listLedgers,
  toLedgerOut,
} from './ledger.repo.js';

/** Throws when the user may not take `action` on the ledger (ledger.policy.ts decides). */
function check(ctx: Ctx, action: 'read' | 'create' | 'change', id?: string) {
  const refusal = ledgerRefusal(ctx.user, action, id);
  if (refusal) throw new AppError(refusal);
}

export async function searchLedgers(
  ctx: Ctx,
  q: { year?: number; includeArchived?: boolean; page: number; pageSize: number },
) {
  check(ctx, 'read');
  const { rows, total } = await listLedgers(ctx, {
    ...q,
    ledgerIds: visibleLedgers(ctx.user),
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  return { items: rows.map(toLedgerOut), total };
}

export async function getLedger(ctx: Ctx, id: string): Promise<LedgerOut> {
  check(ctx, 'read', id);
  const row = await findLedger(ctx, id);
  if (!row) throw notFound();
  return toLedgerOut(row);
}

async function checkClash(ctx: Ctx, year: number, code: string, name: string, selfId?: string) {
  for (const other of await findLedgerClash(ctx, year, code, name)) {
    if (other.id === selfId) continue;
    if (other.code === code)
      throw fieldError(
        'conflict',
        'code',
        '该年度已有相同编码的台账',
        'another ledger of that year uses this code',
      );
    throw fieldError('conflict', 'name', '该年度已有同名台账', 'another ledger of that year has this name');
  }
}

export async function createLedger(ctx: Ctx, raw: LedgerInput): Promise<LedgerOut> {
  check(ctx, 'create');
  const input = LedgerInput.parse(raw);
  return inTransaction(ctx, async (tx) => {
    await checkClash(tx, input.year, input.code, input.name);
    const now = tx.now.toISOString();
    const row = {
      id: newId(),
      name: input.name,
      year: input.year,
      code: input.code,
      description: input.description,
      sort_order: input.sortOrder,
      archived: 0,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertLedger(tx, row);
    const out = toLedgerOut(row);
    await appendAudit(tx, {
      action: 'ledger.create',
      entity: 'ledger',
      entityId: row.id,
      outcome: 'success',
      after: out,
    });
    return out;
  });
}

export async function updateLedger(ctx: Ctx, id: string, raw: LedgerUpdate): Promise<LedgerOut> {
  check(ctx, 'change', id);
  const input = LedgerUpdate.parse(raw);
  return inTransaction(ctx, async (tx) => {
    const row = expectVersion(await findLedger(tx, id), input.version);
    const next = {
      ...row,
      ...(input.name !== undefined && { name: input.name }),
      ...(input.year !== undefined && { year: input.year }),
      ...(input.code !== undefined && { code: input.code }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.sortOrder !== undefined && { sort_order: input.sortOrder }),
      ...(input.archived !== undefined && { archived: int(input.archived) }),
      updated_at: tx.now.toISOString(),
      version: row.version + 1,
    };
    if ((next.code !== row.code || next.year !== row.year) && (await countLedgerItems(tx, id)) > 0)
      throw fieldError(
        'rule_violation',
        'code',
        '台账已有事项，编码和年度不能再改',
        'the ledger has items; its code and year are fixed',
      );
    await checkClash(tx, next.year, next.code, next.name, id);
    await updateIfVersion(tx, 'ledgers', id, input.version, next);
    const out = toLedgerOut(next);
    await appendAudit(tx, {
      action: 'ledger.update',
      entity: 'ledger',
      entityId: id,
      outcome: 'success',
      before: toLedgerOut(row),
      after: out,
    });
    return out;
  });
}

/**
 * DELETE archives (归档): a ledger is never deleted — business records and the history that names them stay
 * readable (issue 13). An archived ledger leaves lists and pickers (`includeArchived=true` shows it) and is
 * restored by `PATCH { archived: false }`.
 */
export async function archiveLedger(ctx: Ctx, id: string): Promise<void> {
  check(ctx, 'change', id);
  await inTransaction(ctx, async (tx) => {
    const row = await findLedger(tx, id);
    if (!row) throw notFound();
    if (row.archived) return;
    const next = { ...row, archived: 1, updated_at: tx.now.toISOString(), version: row.version + 1 };
    await updateIfVersion(tx, 'ledgers', id, row.version, next);
    await appendAudit(tx, {
      action: 'ledger.archive',
      entity: 'ledger',
      entityId: id,
      outcome: 'success',
      before: toLedgerOut(row),
      after: toLedgerOut(next),
    });
  });
}
