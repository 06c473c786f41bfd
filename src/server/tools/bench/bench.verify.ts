import type { DbHandle } from '../../db/database.js';
import { refreshDerived } from '../../modules/item/item.write.js';
import { readRuleSettings } from '../../modules/settings/settings.service.js';
import { systemCtx } from '../../system.js';

/**
 * Proof that the bulk loader stored what the service would: for a sample of
 * items, `refreshDerived` (the service's own code) recomputes the derived
 * columns inside a transaction that is then rolled back, and the results are
 * compared with what the loader wrote. Returns a list of mismatches.
 */
class Rollback extends Error {}

const FACTS = [
  'ledger_id',
  'item_status',
  'item_lit',
  'item_due',
  'item_yellow_from',
  'item_red_from',
  'item_closed_late',
] as const;

/** Search text lists unit names in whatever order the join returns them: compare the words, not their order. */
const words = (s: string) => s.split(' ').sort().join(' ');

export async function verifyDerived(handle: DbHandle, ids: readonly string[]): Promise<string[]> {
  const ctx = systemCtx(handle);
  const rules = await readRuleSettings(ctx);
  const problems: string[] = [];
  for (const id of ids) {
    try {
      await handle.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        const stored = await trx
          .selectFrom('items')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        const factsBefore = await trx
          .selectFrom('responsibilities')
          .select(FACTS)
          .where('item_id', '=', id)
          .orderBy('id')
          .execute();
        const next = await refreshDerived(tx, stored, rules);
        const factsAfter = await trx
          .selectFrom('responsibilities')
          .select(FACTS)
          .where('item_id', '=', id)
          .orderBy('id')
          .execute();
        for (const col of ['yellow_from', 'red_from', 'lit', 'progress'] as const)
          if (next[col] !== stored[col])
            problems.push(`${stored.code}: ${col} stored ${stored[col]}, service ${next[col]}`);
        if (words(next.search_text) !== words(stored.search_text))
          problems.push(`${stored.code}: search_text differs`);
        if (JSON.stringify(factsBefore) !== JSON.stringify(factsAfter))
          problems.push(`${stored.code}: responsibility facts differ`);
        throw new Rollback();
      });
    } catch (e) {
      if (!(e instanceof Rollback)) throw e;
    }
  }
  return problems;
}
