import type { Permission } from '../../../core/access.js';
import { can as rolesCan } from '../../../core/access.js';
import type { Actor, Ctx } from '../../context.js';
import { AppError } from '../../errors.js';

/** True when a user is logged in and the grants table (core/access.ts) gives one of their roles the permission. */
export function can(user: Actor | null, permission: Permission): boolean {
  return !!user && rolesCan(user.roles, permission);
}

/** Throws `unauthenticated` without a user, `forbidden` without the permission; returns the user. */
export function authorize(ctx: Ctx, permission: Permission): Actor {
  if (!ctx.user) throw new AppError('unauthenticated');
  if (!can(ctx.user, permission)) throw new AppError('forbidden');
  return ctx.user;
}

/** True when the user writes as a unit user (the limited edit), not as one who manages items. */
export function writesAsUnit(user: Actor): boolean {
  return can(user, 'item.write') && !can(user, 'item.manage');
}
