import type { Permission } from '../../../core/access.js';
import type { Actor, Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import { authorize } from './authorize.js';
import { itemScope, scopePredicate } from './scope.js';

/**
 * Checks that the user holds `permission` and reaches every item of `itemIds`,
 * in one query however many items there are. Throws `forbidden` without the
 * permission and `not_found` when any item is missing or out of scope — the
 * same answer for both, so that a refusal does not reveal that an item exists.
 * Returns the user.
 */
export async function checkAccess(
  ctx: Ctx,
  permission: Permission,
  itemIds: readonly string[],
): Promise<Actor> {
  const user = authorize(ctx, permission);
  const scope = itemScope(ctx);
  const wanted = [...new Set(itemIds)];
  if (wanted.length === 0) return user;
  const row = await ctx.db
    .selectFrom('items as i')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('i.id', 'in', wanted)
    .where(scopePredicate(scope))
    .executeTakeFirstOrThrow();
  if (Number(row.n) !== wanted.length) throw notFound();
  return user;
}
