import type { ItemStatus } from '../../../core/enums.js';
import { isLit, lightThresholds } from '../../../core/light.js';
import type { Ctx } from '../../context.js';
import type { ItemsTable } from '../../db/schema.js';
import { newId } from '../../ids.js';
import type { RuleSettings } from '../settings/settings.service.js';
import { syncResponsibilityFacts } from './item.repo.js';
import { buildSearchText } from './item.search.js';
import type { Milestone, Resp, Target } from './item.validate.js';

/**
 * Replaces an item's list of children rows: rows whose id is given are updated,
 * rows without an id are created, stored rows absent from the list are removed.
 */
async function replaceRows<T extends { id?: string }, R extends Record<string, unknown>>(
  ctx: Ctx,
  table: 'item_targets' | 'responsibilities' | 'milestones',
  itemId: string,
  list: T[],
  toRow: (x: T, index: number) => R,
  fresh = false,
): Promise<(R & { id: string; item_id: string })[]> {
  // A new item has no rows yet: nothing to compare, and all rows go in one statement.
  if (fresh) {
    const rows = list.map((x, i) => ({ id: newId(), item_id: itemId, ...toRow(x, i) }));
    if (rows.length)
      await ctx.db
        .insertInto(table)
        // biome-ignore lint/suspicious/noExplicitAny: the three tables share this shape-agnostic helper
        .values(rows as any)
        .execute();
    return rows;
  }
  const stored = await ctx.db.selectFrom(table).select('id').where('item_id', '=', itemId).execute();
  const storedIds = new Set(stored.map((r) => r.id));
  const keep = new Set(list.map((x) => x.id).filter((id): id is string => !!id && storedIds.has(id)));
  const gone = [...storedIds].filter((id) => !keep.has(id));
  if (gone.length) await ctx.db.deleteFrom(table).where('id', 'in', gone).execute();
  for (const [i, x] of list.entries()) {
    const values = toRow(x, i);
    if (x.id && keep.has(x.id)) {
      await ctx.db
        .updateTable(table)
        // biome-ignore lint/suspicious/noExplicitAny: the three tables share this shape-agnostic helper
        .set(values as any)
        .where('id', '=', x.id)
        .execute();
    } else {
      await ctx.db
        .insertInto(table)
        // biome-ignore lint/suspicious/noExplicitAny: see above
        .values({ id: newId(), item_id: itemId, ...values } as any)
        .execute();
    }
  }
  return [];
}

export function writeTargets(ctx: Ctx, itemId: string, targets: Target[], fresh = false) {
  return replaceRows(
    ctx,
    'item_targets',
    itemId,
    targets,
    (t, i) => ({
      name: t.name,
      unit: t.unit,
      target_value: t.targetValue,
      baseline_value: t.baselineValue,
      sort_order: i,
    }),
    fresh,
  );
}

export function writeMilestones(ctx: Ctx, itemId: string, milestones: Milestone[], fresh = false) {
  return replaceRows(
    ctx,
    'milestones',
    itemId,
    milestones,
    (m, i) => ({
      title: m.title,
      planned_date: m.plannedDate,
      done_date: m.doneDate,
      sort_order: i,
    }),
    fresh,
  );
}

/** The denormalised item facts start as placeholders; `refreshDerived` fills them in. */
export function writeResponsibilities(ctx: Ctx, item: ItemsTable, resps: Resp[], fresh = false) {
  return replaceRows(
    ctx,
    'responsibilities',
    item.id,
    resps,
    (r, i) => ({
      unit_id: r.unitId,
      role: r.role,
      leader_id: r.leaderId,
      deputy_id: r.deputyId,
      responsible_id: r.responsibleId,
      sort_order: i,
      ledger_id: item.ledger_id,
      item_status: item.status,
      item_lit: item.lit,
      item_due: item.current_due_date,
    }),
    fresh,
  );
}

/**
 * Recomputes what is derived from an item's facts — light thresholds, search
 * text — stores it, and copies the facts onto its responsibilities. Called by
 * every command that changes an item, inside its transaction.
 */
export async function refreshDerived(
  ctx: Ctx,
  item: ItemsTable,
  rules: RuleSettings,
  known?: { milestones: { planned_date: string; done_date: string | null }[]; targets: { name: string }[] },
): Promise<ItemsTable> {
  const [milestones, targets, units] = await Promise.all([
    known?.milestones ??
      ctx.db
        .selectFrom('milestones')
        .select(['planned_date', 'done_date'])
        .where('item_id', '=', item.id)
        .execute(),
    known?.targets ??
      ctx.db.selectFrom('item_targets').select('name').where('item_id', '=', item.id).execute(),
    ctx.db
      .selectFrom('responsibilities as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .select(['u.name', 'u.short_name'])
      .where('r.item_id', '=', item.id)
      .execute(),
  ]);
  // Thresholds are kept for closed items too (as if still running), so that
  // past lights can be recounted for trends; `lit` says whether a light shows.
  const thresholds = lightThresholds(
    {
      status: 'in_progress',
      dueDate: item.current_due_date,
      openMilestoneDates: milestones.filter((m) => !m.done_date).map((m) => m.planned_date),
    },
    rules.light,
    rules.calendar,
  );
  // Until progress reports land, progress is the share of the roadmap done.
  const done = milestones.filter((m) => m.done_date).length;
  const progress =
    item.status === 'completed'
      ? 100
      : milestones.length
        ? Math.round((100 * done) / milestones.length)
        : item.progress;
  const next: ItemsTable = {
    ...item,
    progress,
    yellow_from: thresholds?.yellowFrom ?? null,
    red_from: thresholds?.redFrom ?? null,
    lit: isLit(item.status as ItemStatus) ? 1 : 0,
    search_text: buildSearchText([
      item.code,
      item.title,
      item.goal,
      item.source_ref,
      ...targets.map((t) => t.name),
      ...units.flatMap((u) => [u.name, u.short_name]),
    ]),
  };
  await ctx.db
    .updateTable('items')
    .set({
      yellow_from: next.yellow_from,
      red_from: next.red_from,
      lit: next.lit,
      search_text: next.search_text,
      progress: next.progress,
    })
    .where('id', '=', item.id)
    .execute();
  await syncResponsibilityFacts(ctx, next);
  return next;
}

/**
 * After the light settings or the working-day calendar change, every item's
 * thresholds are recomputed (in pages, each page one transaction).
 */
export async function recomputeAllItems(ctx: Ctx, rules: RuleSettings): Promise<number> {
  let after = '';
  let count = 0;
  for (;;) {
    const page = await ctx.db
      .selectFrom('items')
      .selectAll()
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (page.length === 0) return count;
    await ctx.db.transaction().execute(async (trx) => {
      for (const item of page) await refreshDerived({ ...ctx, db: trx }, item, rules);
    });
    count += page.length;
    after = page[page.length - 1].id;
  }
}
