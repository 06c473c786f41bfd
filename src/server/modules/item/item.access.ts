import type { Role } from '../../../core/enums.js';
import type { Ctx } from '../../context.js';
import { forbidden } from '../../errors.js';
import { authorize, writesAsUnit } from '../access/policy.js';

/**
 * The roles a user holds *for this item*: the `unit` role counts only for the
 * lead unit's users, since only the lead unit acknowledges and asks to close.
 */
export function rolesForItem(ctx: Pick<Ctx, 'user'>, leadUnitId: string | null): Role[] {
  const user = ctx.user;
  if (!user) return [];
  return user.roles.filter((r) => r !== 'unit' || (!!leadUnitId && user.unitId === leadUnitId));
}

/** Registering and deleting items is the supervisor's work, never a unit user's. */
export function requireSupervisorWrite(ctx: Ctx): void {
  const user = authorize(ctx, 'item.write');
  if (writesAsUnit(user)) throw forbidden();
}
