import type { Ctx } from '../../context.js';
import { type ItemScope, scopePredicate } from '../access/policy.js';

/**
 * The titles of a ledger's items that are not closed (drafts, running and
 * suspended work), within the user's scope: the candidates a new title is
 * compared with. A ledger holds hundreds of items, not more, so the titles are
 * compared in JavaScript with the one rule in core/similar-titles.ts.
 */
export function findOpenTitles(ctx: Ctx, scope: ItemScope, ledgerId: string, excludeId?: string) {
  let q = ctx.db
    .selectFrom('items as i')
    .where(scopePredicate(scope))
    .where('i.ledger_id', '=', ledgerId)
    .where('i.status', 'not in', ['completed', 'cancelled'])
    .select(['i.id', 'i.code', 'i.title', 'i.status']);
  if (excludeId) q = q.where('i.id', '!=', excludeId);
  return q.execute();
}
