import type { Role } from '../../../core/enums.js';
import type { DbHandle } from '../../db/database.js';
import { systemCtx } from '../../system.js';
import { findUnitByRef } from '../unit/unit.repo.js';
import { createUser } from './user.service.js';

/** `ducha user add`: the unit may be given by name, short name or id. */
export async function addUserFromCli(
  handle: DbHandle,
  o: { username: string; name: string; role: Role[]; unit?: string; title?: string; password: string },
) {
  const ctx = systemCtx(handle);
  let unitId: string | null = null;
  if (o.unit) {
    const unit = await findUnitByRef(ctx, o.unit);
    if (!unit) throw new Error(`no unit named ${o.unit}`);
    unitId = unit.id;
  }
  return createUser(ctx, {
    username: o.username,
    password: o.password,
    displayName: o.name,
    title: o.title ?? null,
    roles: o.role,
    unitId,
  });
}
