import type { Role } from '../../../core/enums.js';
import type { DbHandle } from '../../db/database.js';
import { systemCtx } from '../../system.js';
import { loadDirectory } from '../spreadsheet/import.directory.js';
import { findUnitByRef } from '../unit/unit.repo.js';
import { createUser } from './user.service.js';

/**
 * `ducha user add`: the unit may be given by id, name, short name or alias — the
 * matching of the unit picker and the import — and a name that matches none is
 * answered with the closest units of the directory.
 */
export async function addUserFromCli(
  handle: DbHandle,
  o: { username: string; name: string; role: Role[]; unit?: string; title?: string; password: string },
) {
  const ctx = systemCtx(handle);
  let unitId: string | null = null;
  if (o.unit) {
    const byRef = await findUnitByRef(ctx, o.unit);
    const directory = byRef ? null : await loadDirectory(ctx);
    const unit = byRef ?? directory?.unit(o.unit);
    if (!unit) {
      const near = directory?.suggestUnits(o.unit) ?? [];
      throw new Error(
        `no unit named ${o.unit}${near.length ? `; did you mean ${near.join(', ')}? (没有名为“${o.unit}”的单位，是否为：${near.join('、')})` : ` (没有名为“${o.unit}”的单位)`}`,
      );
    }
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
