import type { Ctx } from '../../context.js';
import type {
  ItemsTable,
  ItemTargetsTable,
  MilestonesTable,
  ResponsibilitiesTable,
} from '../../db/schema.js';
import type { DerivedColumns, ResponsibilityFacts } from './item.derive.js';
import { reindexItems } from './item.search-index.js';
import type { ResponsibilityView } from './item.state.js';

/** The statements that write items and their child lists. Commands reach them through the kernel. */

/**
 * The inserts of a new item: its row and its child lists (new responsibility
 * rows carry the item facts from the start). They need nothing from one
 * another, so the kernel runs them together (dialect `executeTogether`).
 */
export function newItemInserts(ctx: Ctx, item: ItemsTable, lists: ChildLists, facts: ResponsibilityFacts) {
  const rows = <T>(list: readonly T[], columns: (row: T) => object, extra = {}) =>
    list.map((r) => ({ ...columns(r), ...extra }));
  return [
    ctx.db.insertInto('items').values(item),
    ...(lists.targets.length
      ? [ctx.db.insertInto('item_targets').values(rows(lists.targets, targetColumns) as ItemTargetsTable[])]
      : []),
    ...(lists.milestones.length
      ? [
          ctx.db
            .insertInto('milestones')
            .values(rows(lists.milestones, milestoneColumns) as MilestonesTable[]),
        ]
      : []),
    ...(lists.responsibilities.length
      ? [
          ctx.db
            .insertInto('responsibilities')
            .values(rows(lists.responsibilities, responsibilityColumns, facts) as ResponsibilitiesTable[]),
        ]
      : []),
  ];
}

/** Writes the item row if it still has `expectedVersion`; false when another edit came first. */
export async function updateItemIfVersion(
  ctx: Ctx,
  item: ItemsTable,
  expectedVersion: number,
): Promise<boolean> {
  const { id, ...columns } = item;
  const res = await ctx.db
    .updateTable('items')
    .set(columns)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

type ChildTable = 'item_targets' | 'responsibilities' | 'milestones';
type ChildRow = { id: string };

/**
 * Writes the difference between two versions of a child list: one statement
 * removes the rows that went, one inserts the new ones, and each row whose
 * columns changed gets its update. Rows that did not change cost nothing.
 */
async function writeChildDiff<T extends ChildRow>(
  ctx: Ctx,
  table: ChildTable,
  before: readonly T[],
  next: readonly T[],
  columnsOf: (row: T) => object,
  insertExtra: Record<string, unknown> = {},
): Promise<void> {
  const old = new Map(before.map((r) => [r.id, r]));
  const kept = new Set(next.map((r) => r.id));
  const gone = before.filter((r) => !kept.has(r.id)).map((r) => r.id);
  if (gone.length) await ctx.db.deleteFrom(table).where('id', 'in', gone).execute();
  const added = next.filter((r) => !old.has(r.id)).map((r) => ({ ...columnsOf(r), ...insertExtra }));
  if (added.length)
    await ctx.db
      .insertInto(table)
      // biome-ignore lint/suspicious/noExplicitAny: the three child tables share this shape-agnostic writer
      .values(added as any)
      .execute();
  for (const row of next) {
    const was = old.get(row.id);
    if (!was) continue;
    const now = columnsOf(row) as Record<string, unknown>;
    const prev = columnsOf(was) as Record<string, unknown>;
    const changed = Object.fromEntries(Object.entries(now).filter(([k, v]) => prev[k] !== v));
    if (Object.keys(changed).length)
      await ctx.db
        .updateTable(table)
        // biome-ignore lint/suspicious/noExplicitAny: see above
        .set(changed as any)
        .where('id', '=', row.id)
        .execute();
  }
}

const targetColumns = (t: ItemTargetsTable): ItemTargetsTable => ({
  id: t.id,
  item_id: t.item_id,
  name: t.name,
  unit: t.unit,
  target_value: t.target_value,
  baseline_value: t.baseline_value,
  current_value: t.current_value,
  sort_order: t.sort_order,
});

const milestoneColumns = (m: MilestonesTable): MilestonesTable => ({
  id: m.id,
  item_id: m.item_id,
  title: m.title,
  planned_date: m.planned_date,
  done_date: m.done_date,
  done_note: m.done_note ?? null,
  sort_order: m.sort_order,
});

const responsibilityColumns = (r: ResponsibilityView) => ({
  id: r.id,
  item_id: r.item_id,
  unit_id: r.unit_id,
  role: r.role,
  leader_id: r.leader_id,
  deputy_id: r.deputy_id,
  responsible_id: r.responsible_id,
  acknowledged_at: r.acknowledged_at,
  sort_order: r.sort_order,
});

export interface ChildLists {
  targets: readonly ItemTargetsTable[];
  responsibilities: readonly ResponsibilityView[];
  milestones: readonly MilestonesTable[];
}

/** Writes the child lists' difference; new responsibility rows carry the item facts from the start. */
export async function writeChildLists(
  ctx: Ctx,
  before: ChildLists,
  next: ChildLists,
  facts: ResponsibilityFacts,
): Promise<void> {
  await writeChildDiff(ctx, 'item_targets', before.targets, next.targets, targetColumns);
  await writeChildDiff(ctx, 'milestones', before.milestones, next.milestones, milestoneColumns);
  await writeChildDiff(
    ctx,
    'responsibilities',
    before.responsibilities,
    next.responsibilities,
    responsibilityColumns,
    facts,
  );
}

/**
 * Copies the item facts that per-unit lists and counts need onto its
 * responsibility rows (see the migration), in the same transaction as the change.
 */
export async function updateResponsibilityFacts(
  ctx: Ctx,
  itemId: string,
  facts: ResponsibilityFacts,
  /** Only these rows (default: all of the item's). */
  only?: string[],
): Promise<void> {
  if (only && !only.length) return;
  await ctx.db
    .updateTable('responsibilities')
    .set(facts)
    .where('item_id', '=', itemId)
    .$if(!!only, (qb) => qb.where('id', 'in', only ?? []))
    .execute();
}

/**
 * Archives an item (`by` null: restores it): a new version, so that an edit opened before fails its
 * version check instead of writing over an archived draft.
 */
export async function setItemArchived(
  ctx: Ctx,
  id: string,
  archived: { at: string; by: string | null } | null,
): Promise<void> {
  await ctx.db
    .updateTable('items')
    .set((eb) => ({
      archived_at: archived?.at ?? null,
      archived_by: archived?.by ?? null,
      updated_at: ctx.now.toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
  // The unit lists leave an archived item out through the copy on its responsibility rows.
  await ctx.db
    .updateTable('responsibilities')
    .set({ item_archived: archived ? 1 : 0 })
    .where('item_id', '=', id)
    .execute();
  // An archived item leaves the search index; a restored one is back in it.
  await reindexItems(ctx, [id]);
}

/** Stores recomputed derived columns of an item whose facts did not change. */
export async function updateDerivedColumns(ctx: Ctx, id: string, derived: DerivedColumns): Promise<void> {
  await ctx.db.updateTable('items').set(derived).where('id', '=', id).execute();
}

/** Stores an item's new search text (its units were renamed); the facts did not change, so no new version. */
export async function updateSearchText(ctx: Ctx, id: string, searchText: string): Promise<void> {
  await ctx.db.updateTable('items').set({ search_text: searchText }).where('id', '=', id).execute();
}
