import type { SelectQueryBuilder } from 'kysely';
import type { InspectionQuery } from '../../../core/schemas/inspection.js';
import type { Ctx } from '../../context.js';
import type { Database, InspectionFindingsTable, InspectionsTable } from '../../db/schema.js';
import { type ItemScope, inItemScope, scopePredicate } from '../access/policy.js';
import { visibleInspection } from './inspection.scope.js';

/** The queries of inspections; every read filters through `visibleInspection`. */

type InspectionsQb = SelectQueryBuilder<Database & { ins: Database['inspections'] }, 'ins', object>;

export type InspectionRow = InspectionsTable & { unit_name: string; created_by_name: string | null };

function scoped(ctx: Ctx, scope: ItemScope) {
  return ctx.db
    .selectFrom('inspections as ins')
    .innerJoin('units as u', 'u.id', 'ins.unit_id')
    .leftJoin('users as cb', 'cb.id', 'ins.created_by')
    .selectAll('ins')
    .select(['u.name as unit_name', 'cb.display_name as created_by_name'])
    .where(visibleInspection(scope));
}

export function findInspection(ctx: Ctx, scope: ItemScope, id: string): Promise<InspectionRow | undefined> {
  return scoped(ctx, scope).where('ins.id', '=', id).executeTakeFirst();
}

/** Newest first. */
export async function queryInspections(ctx: Ctx, scope: ItemScope, f: InspectionQuery) {
  // The same filters for the page and for the count; the count leaves out the joins that only
  // name the page's unit and author (counting through them read a unit row per inspection:
  // 55 ms at 50,000).
  const narrow = <Q extends InspectionsQb>(q: Q): Q => {
    let out = q;
    if (f.method) out = out.where('ins.method', '=', f.method) as Q;
    if (f.unitId) out = out.where('ins.unit_id', '=', f.unitId) as Q;
    if (f.undisclosed) out = out.where('ins.hidden', '=', 1) as Q;
    if (f.itemId) {
      const itemId = f.itemId;
      // IN over the item's few inspection rows (index inspection_items_item), not EXISTS per
      // inspection: the correlated form made SQLite walk all inspections (212 ms at 50,000).
      out = out.where('ins.id', 'in', (eb) =>
        eb.selectFrom('inspection_items as fi').select('fi.inspection_id').where('fi.item_id', '=', itemId),
      ) as Q;
    }
    return out;
  };
  const [rows, count] = await Promise.all([
    narrow(scoped(ctx, scope))
      .orderBy('ins.inspected_on', 'desc')
      .orderBy('ins.id', 'desc')
      .offset((f.page - 1) * f.pageSize)
      .limit(f.pageSize)
      .execute(),
    narrow(ctx.db.selectFrom('inspections as ins').where(visibleInspection(scope)))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** What hangs off inspections, for their answers; items only those the user reaches. */
export async function inspectionDetails(ctx: Ctx, scope: ItemScope, ids: string[]) {
  if (ids.length === 0)
    return {
      items: [],
      inspectors: [],
      findings: [],
      photos: [],
      visits: [],
      visibleItems: new Set<string>(),
    };
  const [items, inspectors, findings, photos, visits] = await Promise.all([
    ctx.db
      .selectFrom('inspection_items as ii')
      .innerJoin('items as i', 'i.id', 'ii.item_id')
      .select(['ii.inspection_id', 'i.id', 'i.code', 'i.title'])
      .where('ii.inspection_id', 'in', ids)
      .where(inItemScope(scope, 'ii.item_id'))
      .orderBy('i.code')
      .execute(),
    ctx.db
      .selectFrom('inspection_inspectors as ir')
      .innerJoin('users as u', 'u.id', 'ir.user_id')
      .select(['ir.inspection_id', 'u.id', 'u.display_name'])
      .where('ir.inspection_id', 'in', ids)
      .orderBy('u.display_name')
      .execute(),
    ctx.db
      .selectFrom('inspection_findings as f')
      .leftJoin('items as fi', 'fi.id', 'f.item_id')
      .leftJoin('items as ri', 'ri.id', 'f.rectification_item_id')
      .leftJoin('notices as fn', 'fn.id', 'f.notice_id')
      .selectAll('f')
      .select(['fi.code as item_code', 'ri.code as rectification_code', 'fn.number as notice_number'])
      .where('f.inspection_id', 'in', ids)
      .orderBy('f.sort_order')
      .execute(),
    ctx.db
      .selectFrom('evidence')
      .select(['owner_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('owner_kind', '=', 'inspection')
      .where('owner_id', 'in', ids)
      .groupBy('owner_id')
      .execute(),
    ctx.db
      .selectFrom('plan_visits')
      .select(['id', 'inspection_id'])
      .where('inspection_id', 'in', ids)
      .execute(),
  ]);
  // Items named by findings that the user reaches (a unit never learns another unit's item from a finding).
  const named = [
    ...new Set(findings.flatMap((f) => [f.item_id, f.rectification_item_id]).filter((x): x is string => !!x)),
  ];
  const visibleItems = new Set(items.map((i) => i.id));
  if (named.length)
    for (const r of await ctx.db
      .selectFrom('items as i')
      .select('i.id')
      .where('i.id', 'in', named)
      .where(scopePredicate(scope))
      .execute())
      visibleItems.add(r.id);
  return { items, inspectors, findings, photos, visits, visibleItems };
}

export async function insertInspection(
  ctx: Ctx,
  row: InspectionsTable,
  itemIds: string[],
  inspectorIds: string[],
  findings: InspectionFindingsTable[],
): Promise<void> {
  await ctx.db.insertInto('inspections').values(row).execute();
  if (itemIds.length)
    await ctx.db
      .insertInto('inspection_items')
      .values(itemIds.map((item_id) => ({ inspection_id: row.id, item_id, inspected_on: row.inspected_on })))
      .execute();
  if (inspectorIds.length)
    await ctx.db
      .insertInto('inspection_inspectors')
      .values(inspectorIds.map((user_id) => ({ inspection_id: row.id, user_id })))
      .execute();
  if (findings.length) await ctx.db.insertInto('inspection_findings').values(findings).execute();
}

/** Writes the inspection's changed columns if it still has `version`; false when another edit came first. */
export async function updateInspectionIfVersion(
  ctx: Ctx,
  id: string,
  version: number,
  values: Partial<InspectionsTable>,
): Promise<boolean> {
  const res = await ctx.db
    .updateTable('inspections')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Replaces the findings: kept ones (by id) are updated, absent ones removed unless they became items or notices. */
export async function replaceFindings(
  ctx: Ctx,
  inspectionId: string,
  next: { id: string; text: string; item_id: string | null }[],
): Promise<void> {
  const current = await ctx.db
    .selectFrom('inspection_findings')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .execute();
  const keep = new Set(next.map((f) => f.id));
  const gone = current
    .filter((f) => !keep.has(f.id) && !f.rectification_item_id && !f.notice_id)
    .map((f) => f.id);
  if (gone.length) await ctx.db.deleteFrom('inspection_findings').where('id', 'in', gone).execute();
  const known = new Map(current.map((f) => [f.id, f]));
  for (const [i, f] of next.entries()) {
    if (known.has(f.id))
      await ctx.db
        .updateTable('inspection_findings')
        .set({ text: f.text, item_id: f.item_id, sort_order: i })
        .where('id', '=', f.id)
        .execute();
    else
      await ctx.db
        .insertInto('inspection_findings')
        .values({
          ...f,
          inspection_id: inspectionId,
          rectification_item_id: null,
          notice_id: null,
          sort_order: i,
        })
        .execute();
  }
}

/** Counts by method and verdict within scope, and findings and the items made of them. */
export async function inspectionCounts(ctx: Ctx, scope: ItemScope) {
  const base = ctx.db.selectFrom('inspections as ins').where(visibleInspection(scope));
  const [byMethod, byVerdict, findings] = await Promise.all([
    base
      .select(['ins.method', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('ins.method')
      .execute(),
    base
      .select(['ins.verdict', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('ins.verdict')
      .execute(),
    base
      .innerJoin('inspection_findings as f', 'f.inspection_id', 'ins.id')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.count<number>('f.rectification_item_id').as('r'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { byMethod, byVerdict, findings: Number(findings.n), rectifications: Number(findings.r) };
}
