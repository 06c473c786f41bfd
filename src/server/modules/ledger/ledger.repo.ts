import type { LedgerOut } from '../../../core/schemas/ledger.js';
import type { Ctx } from '../../context.js';
import { bool, type LedgersTable } from '../../db/schema.js';

export function toLedgerOut(r: LedgersTable): LedgerOut {
  return {
    id: r.id,
    name: r.name,
    year: r.year,
    code: r.code,
    description: r.description,
    sortOrder: r.sort_order,
    archived: bool(r.archived),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function findLedger(ctx: Ctx, id: string) {
  return ctx.db.selectFrom('ledgers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findLedgerClash(ctx: Ctx, year: number, code: string, name: string) {
  return ctx.db
    .selectFrom('ledgers')
    .selectAll()
    .where('year', '=', year)
    .where((eb) => eb.or([eb('code', '=', code), eb('name', '=', name)]))
    .execute();
}

export async function listLedgers(
  ctx: Ctx,
  f: { year?: number; includeArchived?: boolean; ledgerIds: string[] | null; offset: number; limit: number },
) {
  let q = ctx.db.selectFrom('ledgers');
  if (!f.includeArchived) q = q.where('archived', '=', 0);
  if (f.year) q = q.where('year', '=', f.year);
  if (f.ledgerIds) q = q.where('id', 'in', f.ledgerIds.length ? f.ledgerIds : ['\u0000']);
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('year', 'desc')
      .orderBy('sort_order')
      .orderBy('name')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function countLedgerItems(ctx: Ctx, id: string): Promise<number> {
  const r = await ctx.db
    .selectFrom('items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ledger_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertLedger(ctx: Ctx, row: LedgersTable): Promise<void> {
  await ctx.db.insertInto('ledgers').values(row).execute();
}

/** The ledgers among `ids` that exist. */
export async function findLedgersByIds(ctx: Ctx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ctx.db
    .selectFrom('ledgers')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
}
