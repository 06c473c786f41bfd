import type { Ctx } from '../../context.js';

/** The items of a ledger with the given codes: what an import would update. */
export async function findItemsByCode(ctx: Ctx, ledgerId: string, codes: string[]) {
  if (codes.length === 0) return [];
  const out: { id: string; code: string; status: string; version: number }[] = [];
  // In chunks: SQLite caps the number of bound parameters.
  for (let i = 0; i < codes.length; i += 500)
    out.push(
      ...(await ctx.db
        .selectFrom('items')
        .select(['id', 'code', 'status', 'version'])
        .where('ledger_id', '=', ledgerId)
        .where('code', 'in', codes.slice(i, i + 500))
        .execute()),
    );
  return out;
}
