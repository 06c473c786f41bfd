import type { Ctx } from '../../context.js';

/** The items of a ledger with the given codes: what an import would update. */
export async function findItemsByCode(ctx: Ctx, ledgerId: string, codes: string[]) {
  if (codes.length === 0) return [];
  const out: { id: string; code: string; status: string; version: number; parent_id: string | null }[] = [];
  // In chunks: SQLite caps the number of bound parameters.
  for (let i = 0; i < codes.length; i += 500)
    out.push(
      ...(await ctx.db
        .selectFrom('items')
        .select(['id', 'code', 'status', 'version', 'parent_id'])
        .where('ledger_id', '=', ledgerId)
        .where('code', 'in', codes.slice(i, i + 500))
        .execute()),
    );
  return out;
}

/** The codes of some items by id (parents named in an export or compared in an import). */
export async function codesOf(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500)
    for (const r of await ctx.db
      .selectFrom('items')
      .select(['id', 'code'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute())
      out.set(r.id, r.code);
  return out;
}
