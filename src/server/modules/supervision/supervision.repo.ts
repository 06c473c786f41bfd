import type { CheckbackOut } from '../../../core/schemas/supervision.js';
import type { Ctx } from '../../context.js';
import type { ItemCheckbacksTable } from '../../db/schema.js';
import { type ItemScope, inItemScope } from '../access/policy.js';

/** All SQL of check-backs, the light history read and the calendar overrides. */

export async function insertCheckback(ctx: Ctx, row: ItemCheckbacksTable): Promise<void> {
  await ctx.db.insertInto('item_checkbacks').values(row).execute();
}

export async function findCheckback(ctx: Ctx, scope: ItemScope, id: string) {
  return ctx.db
    .selectFrom('item_checkbacks as c')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(inItemScope(scope, 'c.item_id'))
    .executeTakeFirst();
}

export async function updateCheckbackIfVersion(ctx: Ctx, row: ItemCheckbacksTable, version: number) {
  const { id, ...columns } = row;
  const res = await ctx.db
    .updateTable('item_checkbacks')
    .set(columns)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function checkbacksOf(ctx: Ctx, itemId: string) {
  return ctx.db
    .selectFrom('item_checkbacks')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('planned_on')
    .orderBy('id')
    .execute();
}

export function toCheckbackOut(r: ItemCheckbacksTable): CheckbackOut {
  return {
    id: r.id,
    itemId: r.item_id,
    plannedOn: r.planned_on,
    doneOn: r.done_on,
    findings: r.findings,
    reopened: r.reopened === 1,
    plannedByName: r.planned_by_name,
    doneByName: r.done_by_name,
    version: r.version,
  };
}

export async function listCalendarOverrides(ctx: Ctx) {
  return ctx.db.selectFrom('calendar_overrides').selectAll().orderBy('date').execute();
}

export async function upsertCalendarOverride(
  ctx: Ctx,
  row: { date: string; kind: 'holiday' | 'workday'; name: string | null },
) {
  await ctx.db
    .insertInto('calendar_overrides')
    .values(row)
    .onConflict((oc) => oc.column('date').doUpdateSet({ kind: row.kind, name: row.name }))
    .execute();
}

export async function deleteCalendarOverride(ctx: Ctx, date: string): Promise<boolean> {
  const res = await ctx.db.deleteFrom('calendar_overrides').where('date', '=', date).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
