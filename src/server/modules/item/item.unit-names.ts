import type { Ctx } from '../../context.js';
import { deriveInputOf, searchTextOf } from './item.derive.js';
import { itemsOfUnitAfter, loadItemStates } from './item.repo.js';
import { writeItemSearch } from './item.search-index.js';
import { updateSearchText } from './item.write.repo.js';

/**
 * An item is found by the names, short names and aliases of its units: after a
 * unit's names change, the search text and index of every item it is named on
 * follow, in the transaction of the change (`ctx.db`). Returns how many changed.
 */
export async function refreshUnitItemsSearch(ctx: Ctx, unitId: string): Promise<number> {
  let after = '';
  let changed = 0;
  for (;;) {
    const page = await itemsOfUnitAfter(ctx, unitId, after, 500);
    if (page.length === 0) return changed;
    for (const s of await loadItemStates(ctx, page)) {
      const text = searchTextOf(deriveInputOf(s));
      if (text === s.item.search_text) continue;
      await updateSearchText(ctx, s.item.id, text);
      await writeItemSearch(ctx, [{ ...s.item, search_text: text }]);
      changed++;
    }
    after = page[page.length - 1].id;
  }
}
