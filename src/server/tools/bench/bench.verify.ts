import type { DbHandle } from '../../db/database.js';
import { deriveInputOf, deriveItemColumns, responsibilityFacts } from '../../modules/item/item.derive.js';
import { loadItemStates } from '../../modules/item/item.repo.js';
import { readRuleSettings } from '../../modules/settings/settings.service.js';
import { systemCtx } from '../../system.js';

/**
 * Proof that the bulk loader stored what the service would: for a sample of
 * items, `deriveItemColumns` (the commands' own rule) recomputes the derived
 * columns and the facts copied onto responsibilities from what is stored, and
 * the results are compared with what the loader wrote. Returns the mismatches.
 */

/** Search text lists unit names in responsibility order: compare the words, not their order. */
const words = (s: string) => s.split(' ').sort().join(' ');

export async function verifyDerived(handle: DbHandle, ids: readonly string[]): Promise<string[]> {
  const ctx = systemCtx(handle);
  const rules = await readRuleSettings(ctx);
  const rows = await handle.db
    .selectFrom('items as i')
    .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
    .selectAll('i')
    .select(['l.name as ledger_name'])
    .select((eb) => eb.val(0).as('child_count'))
    .where('i.id', 'in', [...ids])
    .execute();
  const facts = await handle.db
    .selectFrom('responsibilities')
    .select([
      'item_id',
      'ledger_id',
      'item_status',
      'item_lit',
      'item_due',
      'item_yellow_from',
      'item_red_from',
      'item_closed_late',
      'item_code',
      'item_archived',
    ])
    .where('item_id', 'in', [...ids])
    .execute();
  const problems: string[] = [];
  for (const s of await loadItemStates(ctx, rows)) {
    const stored = s.item;
    const next = deriveItemColumns(deriveInputOf(s), rules);
    for (const col of ['yellow_from', 'red_from', 'lit', 'progress'] as const)
      if (next[col] !== stored[col])
        problems.push(`${stored.code}: ${col} stored ${stored[col]}, service ${next[col]}`);
    if (words(next.search_text) !== words(stored.search_text))
      problems.push(`${stored.code}: search_text differs`);
    const expected = JSON.stringify(responsibilityFacts({ ...stored, ...next }));
    for (const f of facts.filter((r) => r.item_id === stored.id)) {
      const { item_id, ...got } = f;
      if (JSON.stringify(got) !== expected) problems.push(`${stored.code}: responsibility facts differ`);
    }
  }
  return problems;
}
