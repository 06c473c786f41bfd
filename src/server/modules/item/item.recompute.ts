import type { Ctx } from '../../context.js';
import type { RuleSettings } from '../settings/settings.service.js';
import { deriveInputOf, deriveItemColumns, responsibilityFacts } from './item.derive.js';
import { itemsAfter, loadItemStates } from './item.repo.js';
import { searchSourceChanged, writeItemSearch } from './item.search-index.js';
import { updateDerivedColumns, updateResponsibilityFacts } from './item.write.repo.js';

/**
 * After the light settings or the working-day calendar change, every item's
 * derived columns are recomputed, in pages of 500, each page one transaction.
 * No version bump and no audit row per item: the facts did not change, the
 * settings change that caused this is audited.
 */
export async function recomputeAllItems(ctx: Ctx, rules: RuleSettings): Promise<number> {
  let after = '';
  let count = 0;
  for (;;) {
    const page = await itemsAfter(ctx, after, 500);
    if (page.length === 0) return count;
    const states = await loadItemStates(ctx, page);
    await ctx.db.transaction().execute(async (trx) => {
      const tx = { ...ctx, db: trx };
      for (const s of states) {
        const derived = deriveItemColumns(deriveInputOf(s), rules);
        await updateDerivedColumns(tx, s.item.id, derived);
        const next = { ...s.item, ...derived };
        if (searchSourceChanged(s.item, next)) await writeItemSearch(tx, [next]);
        // As in the kernel: rows whose facts stay as they were are not rewritten (PostgreSQL's
        // visibility map, which the per-unit counts need, stays fresh for them).
        const facts = responsibilityFacts(next);
        if (JSON.stringify(facts) !== JSON.stringify(responsibilityFacts(s.item)))
          await updateResponsibilityFacts(tx, s.item.id, facts);
      }
    });
    count += page.length;
    after = page[page.length - 1].id;
  }
}
