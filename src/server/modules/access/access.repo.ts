import type { Ctx } from '../../context.js';
import { type ItemScope, scopePredicate } from './scope.js';

/** How many of `itemIds` exist within the scope, in one query. */
export async function countItemsInScope(
  ctx: Ctx,
  scope: ItemScope,
  itemIds: readonly string[],
): Promise<number> {
  const row = await ctx.db
    .selectFrom('items as i')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('i.id', 'in', [...itemIds])
    .where(scopePredicate(scope))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
