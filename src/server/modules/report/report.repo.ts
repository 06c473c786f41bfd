import type { ReportQuery } from '../../../core/schemas/report.js';
import type { Ctx } from '../../context.js';
import type { ReportsTable } from '../../db/schema.js';
import { type ItemScope, inItemScope } from '../access/policy.js';
import type { LeadReportFacts } from '../item/commands/apply-reports.js';

/** The queries of progress reports; every read filters through the item scope. */

export type ReportRow = ReportsTable & {
  item_code: string;
  item_title: string;
  unit_name: string;
  submitted_by_name: string | null;
  reviewed_by_name: string | null;
};

function scoped(ctx: Ctx, scope: ItemScope) {
  return ctx.db
    .selectFrom('reports as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .leftJoin('users as s', 's.id', 'r.submitted_by')
    .leftJoin('users as v', 'v.id', 'r.reviewed_by')
    .selectAll('r')
    .select([
      'i.code as item_code',
      'i.title as item_title',
      'u.name as unit_name',
      's.display_name as submitted_by_name',
      'v.display_name as reviewed_by_name',
    ])
    .where(inItemScope(scope, 'r.item_id'));
}

export async function insertReport(ctx: Ctx, row: ReportsTable): Promise<void> {
  await ctx.db.insertInto('reports').values(row).execute();
}

export function findReport(ctx: Ctx, scope: ItemScope, id: string): Promise<ReportRow | undefined> {
  return scoped(ctx, scope).where('r.id', '=', id).executeTakeFirst();
}

/** Newest first. */
export async function queryReports(ctx: Ctx, scope: ItemScope, f: ReportQuery) {
  const page = scoped(ctx, scope);
  // The count needs no names: the joins only label the page's rows (their keys always exist), and
  // counting through them read an item and a unit row for each of 11,694 waiting reports at city scale.
  let counted = ctx.db.selectFrom('reports as r').where(inItemScope(scope, 'r.item_id'));
  let q = page;
  if (f.status) {
    q = q.where('r.status', '=', f.status);
    counted = counted.where('r.status', '=', f.status);
  }
  if (f.itemId) {
    q = q.where('r.item_id', '=', f.itemId);
    counted = counted.where('r.item_id', '=', f.itemId);
  }
  if (f.unitId) {
    q = q.where('r.unit_id', '=', f.unitId);
    counted = counted.where('r.unit_id', '=', f.unitId);
  }
  const [rows, count] = await Promise.all([
    q
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id', 'desc')
      .offset((f.page - 1) * f.pageSize)
      .limit(f.pageSize)
      .execute(),
    counted.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Sets the review of a report if it still has `version`; false when another change came first. */
export async function reviewReportIfVersion(
  ctx: Ctx,
  id: string,
  version: number,
  review: Pick<ReportsTable, 'status' | 'reviewed_by' | 'reviewed_at' | 'review_comment' | 'updated_at'>,
): Promise<boolean> {
  const res = await ctx.db
    .updateTable('reports')
    .set({ ...review, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** What the lead unit's reports on an item say, for the item's light, progress and targets. */
export async function leadReportFacts(ctx: Ctx, itemId: string): Promise<LeadReportFacts> {
  const lead = ctx.db.selectFrom('reports').where('item_id', '=', itemId).where('unit_role', '=', 'lead');
  const [last, accepted] = await Promise.all([
    lead
      .select('submitted_on')
      .where('status', '!=', 'returned')
      .orderBy('submitted_on', 'desc')
      .limit(1)
      .executeTakeFirst(),
    lead
      .select(['percent', 'target_values'])
      .where('status', '=', 'accepted')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    lastReportOn: last?.submitted_on ?? null,
    accepted: accepted
      ? { percent: Number(accepted.percent), targetValues: JSON.parse(accepted.target_values) }
      : null,
  };
}
