import type { ItemOut, ItemQuery } from '../../../core/schemas/item.js';
import { type Ctx, todayOf } from '../../context.js';
import { notFound } from '../../errors.js';
import { itemScope } from '../access/policy.js';
import { ruleSettingsOf } from '../settings/settings.service.js';
import { present } from './item.kernel.js';
import { findItem, loadItemStates, queryItems } from './item.repo.js';

/**
 * The item module's service API: reads here, each command in `commands/`
 * over the kernel (`item.kernel.ts`).
 */
export { acknowledgeItem } from './commands/acknowledge.js';
export { archiveItem, restoreItem } from './commands/archive.js';
export { createItem } from './commands/create.js';
export { transitionItem } from './commands/transition.js';
export { updateItem } from './commands/update.js';

export async function listItems(ctx: Ctx, query: ItemQuery): Promise<{ items: ItemOut[]; total: number }> {
  const scope = itemScope(ctx);
  const asOf = query.asOf ?? todayOf(ctx);
  const [{ rows, total }, rules] = await Promise.all([
    queryItems(ctx, scope, query, asOf),
    ruleSettingsOf(ctx),
  ]);
  const states = await loadItemStates(ctx, rows);
  return { items: states.map((s) => present(ctx, s, rules, asOf)), total };
}

export async function getItem(ctx: Ctx, id: string, asOf?: string): Promise<ItemOut> {
  const scope = itemScope(ctx);
  const [row, rules] = await Promise.all([findItem(ctx, scope, id), ruleSettingsOf(ctx)]);
  if (!row) throw notFound();
  const [state] = await loadItemStates(ctx, [row]);
  return present(ctx, state, rules, asOf ?? todayOf(ctx));
}
