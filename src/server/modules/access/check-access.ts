import type { Permission } from '../../../core/access.js';
import type { Actor, Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import { countItemsInScope } from './access.repo.js';
import { authorize } from './authorize.js';
import { itemScope } from './scope.js';

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
  if ((await countItemsInScope(ctx, scope, wanted)) !== wanted.length) throw notFound();
  return user;
}
