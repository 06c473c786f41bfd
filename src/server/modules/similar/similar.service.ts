import { similarTitles } from '../../../core/similar-titles.js';
import type { Ctx } from '../../context.js';
import { itemScope } from '../access/policy.js';
import { requireSupervisorWrite } from '../item/item.access.js';
import { findOpenTitles } from './similar.repo.js';

const LIMIT = 5;

/**
 * The open items of a ledger whose title equals or nearly equals the one being
 * entered — a warning before an item is entered twice, never a refusal (two
 * townships may well have the same task). Read with the item scope, so a user
 * learns of no item they could not open.
 */
export async function findSimilarItems(ctx: Ctx, q: { ledgerId: string; title: string; excludeId?: string }) {
  requireSupervisorWrite(ctx);
  const scope = itemScope(ctx);
  const candidates = await findOpenTitles(ctx, scope, q.ledgerId, q.excludeId);
  const items = similarTitles(q.title, candidates)
    .slice(0, LIMIT)
    .map((i) => ({ ...i, similarity: Math.round(i.similarity * 100) / 100 }));
  return { items, total: items.length };
}
