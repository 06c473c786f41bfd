import type { UnitKind } from '../../../core/enums.js';
import type { UnitOut } from '../../../core/schemas/unit.js';
import type { Ctx } from '../../context.js';
import { bool, type UnitsTable } from '../../db/schema.js';

export function toUnitOut(r: UnitsTable): UnitOut {
  return {
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    aliases: JSON.parse(r.aliases),
    kind: r.kind as UnitOut['kind'],
    parentId: r.parent_id,
    sortOrder: r.sort_order,
    archived: bool(r.archived),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function findUnit(ctx: Ctx, id: string) {
  return ctx.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUnitByName(ctx: Ctx, name: string) {
  return ctx.db.selectFrom('units').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Every unit's id and name, archived ones too (a district has hundreds, not more). */
export async function allUnitNames(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  return ctx.db.selectFrom('units').select(['id', 'name']).execute();
}

/** A unit named the way people type it: by id, full name or short name. */
export async function findUnitByRef(ctx: Ctx, ref: string) {
  return ctx.db
    .selectFrom('units')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', ref), eb('name', '=', ref), eb('short_name', '=', ref)]))
    .executeTakeFirst();
}

export async function hasAnyUnit(ctx: Ctx): Promise<boolean> {
  return !!(await ctx.db.selectFrom('units').select('id').limit(1).executeTakeFirst());
}

export interface UnitFilter {
  q?: string;
  kind?: UnitKind;
  includeArchived?: boolean;
  offset: number;
  limit: number;
}

export async function listUnits(ctx: Ctx, f: UnitFilter) {
  let q = ctx.db.selectFrom('units');
  if (!f.includeArchived) q = q.where('archived', '=', 0);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([eb('name', 'like', like), eb('short_name', 'like', like), eb('aliases', 'like', like)]),
    );
  }
  const [rows, count] = await Promise.all([
    q
      .selectAll()
      .orderBy('kind')
      .orderBy('sort_order')
      .orderBy('name')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The units among `ids` that exist, with the names items show and search. */
export async function findUnitsByIds(ctx: Ctx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ctx.db
    .selectFrom('units')
    .select(['id', 'name', 'short_name', 'aliases'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function insertUnit(ctx: Ctx, row: UnitsTable): Promise<void> {
  await ctx.db.insertInto('units').values(row).execute();
}
