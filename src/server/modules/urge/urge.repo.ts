import type { Ctx } from '../../context.js';
import type { UrgesTable } from '../../db/schema.js';

/**
 * The record of urging (催办). Supervisors write rows by hand (`source`
 * `manual`); the reminder ladder writes its own (`ladder`) through `insertUrge`.
 */
export type NewUrge = Omit<UrgesTable, 'version'>;

export async function insertUrge(ctx: Ctx, row: NewUrge): Promise<void> {
  await ctx.db.insertInto('urges').values(row).execute();
}

/** An item's urges, newest first; with `unitId`, only those about that unit. */
export function urgesOfItem(ctx: Ctx, itemId: string, unitId: string | null) {
  let q = ctx.db
    .selectFrom('urges as g')
    .leftJoin('units as u', 'u.id', 'g.unit_id')
    .leftJoin('users as p', 'p.id', 'g.to_person_id')
    .leftJoin('users as c', 'c.id', 'g.created_by')
    .leftJoin('notices as n', 'n.id', 'g.notice_id')
    .selectAll('g')
    .select([
      'u.name as unit_name',
      'p.display_name as to_person_name',
      'c.display_name as created_by_name',
      'n.number as notice_number',
    ])
    .where('g.item_id', '=', itemId);
  if (unitId) q = q.where('g.unit_id', '=', unitId);
  return q.orderBy('g.urged_at', 'desc').orderBy('g.id', 'desc').execute();
}

/** The people of an item's chain of responsibility for one unit: leader, deputy, responsible person. */
export async function chainOf(ctx: Ctx, itemId: string, unitId: string) {
  return ctx.db
    .selectFrom('responsibilities')
    .select(['leader_id', 'deputy_id', 'responsible_id'])
    .where('item_id', '=', itemId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
}
