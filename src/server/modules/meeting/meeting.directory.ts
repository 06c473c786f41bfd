import type { DirectoryUnit, LedgerRef } from '../../../core/ingest/index.js';
import type { Ctx } from '../../context.js';
import { itemScope } from '../access/policy.js';

/** The unit directory (the dictionary of unit names) and the ledgers the user may file items in, this year and next. */
export async function readDirectory(ctx: Ctx): Promise<{ units: DirectoryUnit[]; ledgers: LedgerRef[] }> {
  const scope = itemScope(ctx);
  let ledgerQuery = ctx.db.selectFrom('ledgers').select(['id', 'name', 'year']).where('archived', '=', 0);
  if (scope.ledgerIds) ledgerQuery = ledgerQuery.where('id', 'in', scope.ledgerIds);
  const [units, ledgers] = await Promise.all([
    ctx.db
      .selectFrom('units')
      .select(['id', 'name', 'short_name', 'aliases', 'kind'])
      .where('archived', '=', 0)
      .orderBy('sort_order')
      .execute(),
    ledgerQuery.orderBy('year', 'desc').orderBy('sort_order').execute(),
  ]);
  return {
    units: units.map((u) => ({
      id: u.id,
      name: u.name,
      shortName: u.short_name,
      aliases: JSON.parse(u.aliases) as string[],
      kind: u.kind,
    })),
    // The newest year's ledger of a name wins when names repeat across years.
    ledgers: ledgers.map((l) => ({ id: l.id, name: l.name })),
  };
}
