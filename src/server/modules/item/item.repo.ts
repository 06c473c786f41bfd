import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Light, ResponsibilityRole, Trajectory } from '../../../core/enums.js';
import type { ResolvedFieldFilter } from '../../../core/field-filters.js';
import type { ItemQuery } from '../../../core/schemas/item.js';
import type { Ctx } from '../../context.js';
import { plannerWeighsBroadFilters } from '../../db/dialect.js';
import type { Database, ItemsTable } from '../../db/schema.js';
import { type ItemScope, inItemScope, isUnlimited, scopePredicate } from '../access/policy.js';
import { likeEscape, queryTerms } from './item.search.js';
import {
  confirmWord,
  countMatches,
  pageOfTiers,
  rankedMatches,
  SEARCH_COUNT_CAP,
  searchConditions,
  searchPlan,
} from './item.search-index.js';
import type { ItemState } from './item.state.js';

type ItemsEb = ExpressionBuilder<Database & { i: Database['items'] }, 'i'>;

/**
 * SQL twin of core `lightAt` over the stored thresholds: the same comparison,
 * so that filters and counts agree with the light each item shows.
 */
export function lightIs(eb: ItemsEb, light: Light, asOf: string, indexed = true) {
  // `indexed = false` hides the columns from SQLite's index choice (unary +):
  // a light matches 15–65 % of items, so for one sorted page it is far cheaper
  // to walk the sort index and stop after the page than to collect every match
  // through the light index and sort them (0.3 ms instead of 45 ms at 100,000
  // items). PostgreSQL's planner weighs this itself.
  const col = (name: 'i.lit' | 'i.red_from' | 'i.yellow_from') =>
    indexed ? eb.ref(name) : sql<string>`+${sql.ref(name)}`;
  const lit = eb(col('i.lit'), '=', 1);
  switch (light) {
    case 'red':
      return eb.and([lit, eb(col('i.red_from'), '<=', asOf)]);
    case 'yellow':
      return eb.and([lit, eb(col('i.red_from'), '>', asOf), eb(col('i.yellow_from'), '<=', asOf)]);
    case 'green':
      return eb.and([lit, eb(col('i.yellow_from'), '>', asOf)]);
  }
}

const SORTS: Record<NonNullable<ItemQuery['sort']>, [keyof ItemsTable, 'asc' | 'desc']> = {
  code: ['code', 'asc'],
  '-code': ['code', 'desc'],
  dueDate: ['current_due_date', 'asc'],
  '-dueDate': ['current_due_date', 'desc'],
  updatedAt: ['updated_at', 'asc'],
  '-updatedAt': ['updated_at', 'desc'],
  title: ['title', 'asc'],
  priority: ['priority', 'asc'],
  progress: ['progress', 'asc'],
  '-progress': ['progress', 'desc'],
};

/** The number of sub-items (分解) of each item row, as `child_count`. */
const childCount = (eb: ItemsEb) =>
  eb
    .selectFrom('items as c')
    .select((e) => e.fn.countAll<number>().as('n'))
    .whereRef('c.parent_id', '=', 'i.id')
    // An archived sub-item (归档) no longer counts: its parent may be archived or split afresh.
    .where('c.archived_at', 'is', null)
    .as('child_count');

/**
 * SQL twin of core `trajectoryAt` over the stored dates: far behind from
 * `far_behind_from`, behind from `behind_from`, on track before; only open
 * items with a measurable target have a trajectory.
 */
export function trajectoryIs(eb: ItemsEb, trajectory: Trajectory, asOf: string) {
  const lit = eb('i.lit', '=', 1);
  const far = eb.and([eb('i.far_behind_from', 'is not', null), eb('i.far_behind_from', '<=', asOf)]);
  const behind = eb.and([eb('i.behind_from', 'is not', null), eb('i.behind_from', '<=', asOf)]);
  // A target equal to its baseline measures nothing (core `actualShare`).
  const hasTargets = eb.exists(
    eb
      .selectFrom('item_targets as tt')
      .select('tt.id')
      .whereRef('tt.item_id', '=', 'i.id')
      .whereRef('tt.target_value', '!=', 'tt.baseline_value'),
  );
  switch (trajectory) {
    case 'far_behind':
      return eb.and([lit, far]);
    case 'behind':
      return eb.and([lit, behind, eb.not(far)]);
    case 'on_track':
      return eb.and([lit, hasTargets, eb.not(behind), eb.not(far)]);
  }
}

/**
 * Items whose value of a template field matches: numbers by `num_value`,
 * dates and text by their text, each through the field's index
 * (`field_key`, value, `item_id`).
 */
function fieldIs(eb: ItemsEb, f: ResolvedFieldFilter) {
  let sub = eb.selectFrom('item_field_values as fv').select('fv.item_id').where('fv.field_key', '=', f.key);
  if (f.type === 'number') {
    if (f.eq !== undefined) sub = sub.where('fv.num_value', '=', f.eq);
    if (f.from !== undefined) sub = sub.where('fv.num_value', '>=', f.from);
    if (f.to !== undefined) sub = sub.where('fv.num_value', '<=', f.to);
  } else {
    if (f.eq !== undefined) sub = sub.where('fv.value', '=', f.eq);
    if (f.from !== undefined) sub = sub.where('fv.value', '>=', f.from);
    if (f.to !== undefined) sub = sub.where('fv.value', '<=', f.to);
  }
  return eb('i.id', 'in', sub);
}

/**
 * Where the next page of a list starts: after the row with this sort key and
 * id (`after`), or, for a search listed best first, at an offset.
 */
export type ItemSeek = { after: { value: string | number; id: string } } | { offset: number };

/**
 * The page of items matching the filters within the user's scope, and the
 * total. A search's total is counted up to `cap` (see SEARCH_COUNT_CAP):
 * past it `total` is the cap and `totalCapped` is set; `cap: null` counts
 * every match (an export says how many rows it holds). With `seek` the page
 * starts there instead of at `f.page`, and is counted only `withCount`
 * (else `total` is 0); `next` says where the page after it starts. An export
 * of a province's million items so reads each page from the sort index, where
 * an offset walked every row before it (quadratic in the pages) and each page
 * counted them all again.
 */
export async function queryItems(
  ctx: Ctx,
  scope: ItemScope,
  f: ItemQuery,
  asOf: string,
  fieldFilters: ResolvedFieldFilter[] = [],
  cap: number | null = SEARCH_COUNT_CAP,
  seek?: ItemSeek,
  withCount = !seek,
) {
  const capped = (n: number): { total: number; totalCapped?: true } =>
    cap !== null && n > cap ? { total: cap, totalCapped: true } : { total: n };
  let q = ctx.db.selectFrom('items as i').where(scopePredicate(scope));
  const unitId = f.unitId;
  // One unit's list starts from the unit's responsibility rows, which carry copies of the item's
  // code, status and archived flag (kept by the kernel): the (unit, archived, code, status) index
  // gives the page in code order and stops after it, instead of joining every item of the unit
  // and sorting them.
  if (unitId)
    q = q.$if(true, (qb) =>
      qb
        .innerJoin('responsibilities as ru', (j) =>
          j.onRef('ru.item_id', '=', 'i.id').on('ru.unit_id', '=', unitId),
        )
        .where('ru.item_archived', '=', f.archived ? 1 : 0)
        .$if(!!f.unitRole, (sq) => sq.where('ru.role', '=', f.unitRole as ResponsibilityRole))
        .$if(!!f.status?.length, (sq) => sq.where('ru.item_status', 'in', f.status ?? [])),
    );
  if (f.ledgerId) q = q.where('i.ledger_id', '=', f.ledgerId);
  for (const ff of fieldFilters) q = q.where((eb) => fieldIs(eb, ff));
  if (f.parentId) q = q.where('i.parent_id', '=', f.parentId);
  if (!unitId) {
    q = f.archived ? q.where('i.archived_at', 'is not', null) : q.where('i.archived_at', 'is', null);
    if (f.status?.length) q = q.where('i.status', 'in', f.status);
  }
  if (f.overdue) q = q.where('i.lit', '=', 1).where('i.current_due_date', '<', asOf);
  const trajectories = f.trajectory ?? [];
  if (trajectories.length)
    q = q.where((eb) => eb.or(trajectories.map((tr: Trajectory) => trajectoryIs(eb, tr, asOf))));
  if (f.unacknowledged) {
    const ownUnit = scope.unitId;
    q = q.where('i.status', 'in', ['assigned', 'in_progress']).where((eb) =>
      eb(
        'i.id',
        'in',
        eb
          .selectFrom('responsibilities as ra')
          .select('ra.item_id')
          .where('ra.acknowledged_at', 'is', null)
          .$if(!!ownUnit, (sq) => sq.where('ra.unit_id', '=', ownUnit as string)),
      ),
    );
  }
  if (f.judgement?.length) {
    const levels = f.judgement.filter((j) => j !== 'none').map(Number);
    const unjudged = f.judgement.includes('none');
    q = q.where((eb) =>
      eb.or([
        ...(levels.length ? [eb('i.judgement_level', 'in', levels)] : []),
        // "Not judged yet" means open work without a judgement: closed items need none.
        ...(unjudged ? [eb.and([eb('i.judgement_level', 'is', null), eb('i.lit', '=', 1)])] : []),
      ]),
    );
  }
  const lights = f.light ?? [];
  const indexedForPage = plannerWeighsBroadFilters(ctx.dialect);
  // Broad filters (light, due range) use their indexes to count, but for the
  // page SQLite walks the sort index instead (see lightIs).
  const due = sql.ref('i.current_due_date');
  const byDue = (indexed: boolean) => (eb: ItemsEb) => {
    const col = indexed ? eb.ref('i.current_due_date') : sql<string>`+${due}`;
    return eb.and([
      ...(f.dueFrom ? [eb(col, '>=', f.dueFrom)] : []),
      ...(f.dueTo ? [eb(col, '<=', f.dueTo)] : []),
    ]);
  };
  const byLight = (indexed: boolean) => (eb: ItemsEb) =>
    eb.or(lights.map((l: Light) => lightIs(eb, l, asOf, indexed)));
  // Words with index tokens are found through the search index; words it cannot prove
  // (longer than a trigram, a single character) are confirmed on the few rows it returns.
  const terms = f.q ? queryTerms(f.q) : [];
  // A query of symbols alone (% or _ among them) has no word to find: it finds nothing, never everything.
  if (f.q && terms.length === 0) q = q.where(sql<boolean>`1 = 0`);
  // Archived drafts are not in the index: among the few of them, every word is a substring match.
  const search = f.archived ? { match: null, confirm: terms } : searchPlan(ctx.dialect, terms);
  for (const term of search.confirm) q = q.where(confirmWord(`%${likeEscape(term)}%`));
  const words = search.match === null ? null : searchConditions(ctx.dialect, search.match);
  // Without a sort asked for, a search lists the best matches first.
  const byRelevance = !!words && !f.sort;
  const after = seek && 'after' in seek ? seek.after : null;
  const offset = seek ? ('offset' in seek ? seek.offset : 0) : (f.page - 1) * f.pageSize;
  const rowsOf = async (ids: string[]) => {
    if (ids.length === 0) return [];
    const found = await ctx.db
      .selectFrom('items as i')
      .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
      .selectAll('i')
      .select('l.name as ledger_name')
      .select(childCount)
      .where('i.id', 'in', ids)
      .execute();
    const byId = new Map(found.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };
  // Nothing narrows but the words: the index alone counts and ranks, and only the page's items are read.
  if (search.match && !search.confirm.length && isUnlimited(scope) && onlyWords(f, fieldFilters)) {
    const [ids, n] = await Promise.all([
      byRelevance ? rankedMatches(ctx, search.match, offset, f.pageSize) : null,
      withCount ? countMatches(ctx, search.match, cap) : 0,
    ]);
    if (ids) return { rows: await rowsOf(ids), ...capped(n), next: { offset: offset + ids.length } };
  }
  const [column, direction] = SORTS[f.sort ?? 'code'];
  // The unit's copy of the code is the one its index holds in order.
  const order = unitId && column === 'code' ? sql.ref('ru.item_code') : sql.ref(`i.${column}`);
  const narrow = (from: typeof q, indexed: boolean) => {
    let out = from;
    // Only the code order (the default) has an index to walk for any light.
    if (lights.length) out = out.where(byLight(indexed || column !== 'code'));
    // Sorted by due date, the due index serves both the range and the order.
    if (f.dueFrom || f.dueTo) out = out.where(byDue(indexed || column === 'current_due_date'));
    return out;
  };
  const matched = words ? q.where(words.all) : q;
  const paged = narrow(matched, indexedForPage);
  const counted = narrow(matched, true);
  // Ranked, each tier's page is read on its own (see pageOfTiers), newest first like the
  // index's own ranking, and only the page's rows are read after.
  const newest = ctx.dialect === 'postgres' ? sql.ref('i.id') : sql.ref('i.rowid');
  const tiers = (words?.tiers ?? []).map((tier) => {
    const within = narrow(q, indexedForPage).where(tier);
    return {
      page: (off: number, n: number) =>
        within
          .select('i.id')
          .orderBy(newest, 'desc')
          .offset(off)
          .limit(n)
          .execute()
          .then((r) => r.map((x) => x.id)),
      size: (upTo: number) => countUpTo(ctx, within, upTo).then((r) => Number(r.n)),
    };
  });
  // Codes are unique; any other key is followed by the id, as in the order below.
  const afterRow = (eb: ItemsEb, last: { value: string | number; id: string }) => {
    const beyond = eb(order, direction === 'asc' ? '>' : '<', last.value);
    return column === 'code'
      ? beyond
      : eb.or([beyond, eb.and([eb(order, '=', last.value), eb('i.id', '>', last.id)])]);
  };
  const sorted = paged
    .$if(!!after, (qb) => qb.where((eb) => afterRow(eb, after as { value: string | number; id: string })))
    .orderBy(order, direction)
    // Codes are unique; other sort keys need the id to make pages stable.
    .$if(column !== 'code', (qb) => qb.orderBy('i.id'))
    .offset(offset)
    .limit(f.pageSize);
  const [rows, count] = await Promise.all([
    byRelevance
      ? pageOfTiers(tiers, offset, f.pageSize).then(rowsOf)
      : sorted
          .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
          .selectAll('i')
          .select('l.name as ledger_name')
          .select(childCount)
          .execute(),
    !withCount
      ? { n: 0 }
      : unitId && countsFromResponsibilities(f, fieldFilters)
        ? countUnitItems(ctx, scope, unitId, f)
        : terms.length && cap !== null
          ? countUpTo(ctx, counted, cap + 1)
          : counted.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const last = rows.at(-1);
  const next: ItemSeek = byRelevance
    ? { offset: offset + rows.length }
    : { after: { value: last ? (last[column] as string | number) : '', id: last?.id ?? '' } };
  return { rows, ...capped(Number(count.n)), next };
}

/** The rows a query of items selects, counted up to `limit`: it stops at the limit rather than count them all. */
function countUpTo<DB, TB extends keyof DB>(
  ctx: Ctx,
  query: SelectQueryBuilder<DB, TB, object>,
  limit: number,
) {
  return ctx.db
    .selectFrom(query.select(sql<number>`1`.as('one')).limit(limit).as('c'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
}

/** Whether a unit's count needs nothing but the copies on its responsibility rows. */
function countsFromResponsibilities(f: ItemQuery, fieldFilters: ResolvedFieldFilter[]): boolean {
  return (
    !fieldFilters.length &&
    !f.parentId &&
    !f.overdue &&
    !f.trajectory?.length &&
    !f.unacknowledged &&
    !f.judgement?.length &&
    !f.light?.length &&
    !f.dueFrom &&
    !f.dueTo &&
    !f.q
  );
}

/** One unit's items counted from its responsibility rows alone: a range of the unit's page index. */
function countUnitItems(ctx: Ctx, scope: ItemScope, unitId: string, f: ItemQuery) {
  let q = ctx.db
    .selectFrom('responsibilities as ru')
    .where('ru.unit_id', '=', unitId)
    .where('ru.item_archived', '=', f.archived ? 1 : 0)
    .where(inItemScope(scope, 'ru.item_id', { ledgerId: 'ru.ledger_id', status: 'ru.item_status' }));
  if (f.unitRole) q = q.where('ru.role', '=', f.unitRole);
  if (f.status?.length) q = q.where('ru.item_status', 'in', f.status);
  if (f.ledgerId) q = q.where('ru.ledger_id', '=', f.ledgerId);
  return q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
}

/** Query keys that do not narrow a list: with only these and the words, the search index answers alone. */
const NOT_FILTERS = new Set(['q', 'sort', 'page', 'pageSize', 'asOf', 'view']);

function onlyWords(f: ItemQuery, fieldFilters: ResolvedFieldFilter[]): boolean {
  if (fieldFilters.length) return false;
  return Object.entries(f).every(
    ([k, v]) => NOT_FILTERS.has(k) || v === undefined || v === false || (Array.isArray(v) && !v.length),
  );
}

/** One item within scope, with its ledger's name; undefined when missing or out of scope. */
export async function findItem(ctx: Ctx, scope: ItemScope, id: string) {
  return ctx.db
    .selectFrom('items as i')
    .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
    .selectAll('i')
    .select('l.name as ledger_name')
    .select(childCount)
    .where('i.id', '=', id)
    .where(scopePredicate(scope))
    .executeTakeFirst();
}

export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

/** Targets, responsibilities (with unit and people names) and milestones of some items, in three queries. */
export async function loadItemParts(ctx: Ctx, itemIds: string[]) {
  if (itemIds.length === 0) return { targets: [], responsibilities: [], milestones: [] };
  const [targets, responsibilities, milestones] = await Promise.all([
    ctx.db
      .selectFrom('item_targets')
      .selectAll()
      .where('item_id', 'in', itemIds)
      .orderBy('sort_order')
      .execute(),
    ctx.db
      .selectFrom('responsibilities as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .leftJoin('users as ld', 'ld.id', 'r.leader_id')
      .leftJoin('users as dp', 'dp.id', 'r.deputy_id')
      .leftJoin('users as rp', 'rp.id', 'r.responsible_id')
      .select([
        'r.id',
        'r.item_id',
        'r.unit_id',
        'r.role',
        'r.leader_id',
        'r.deputy_id',
        'r.responsible_id',
        'r.acknowledged_at',
        'r.sort_order',
        'u.name as unit_name',
        'u.short_name as unit_short_name',
        'u.aliases as unit_aliases',
        'ld.display_name as leader_name',
        'ld.title as leader_title',
        'dp.display_name as deputy_name',
        'dp.title as deputy_title',
        'rp.display_name as responsible_name',
        'rp.title as responsible_title',
      ])
      .where('r.item_id', 'in', itemIds)
      .orderBy('r.sort_order')
      .execute(),
    ctx.db
      .selectFrom('milestones')
      .selectAll()
      .where('item_id', 'in', itemIds)
      .orderBy('sort_order')
      .orderBy('planned_date')
      .execute(),
  ]);
  return { targets, responsibilities, milestones };
}

/** Items as states (row, ledger name, child lists) for answers and commands: four queries for any number. */
export async function loadItemStates(ctx: Ctx, rows: ItemRow[]): Promise<ItemState[]> {
  const parts = await loadItemParts(
    ctx,
    rows.map((r) => r.id),
  );
  const by = <T extends { item_id: string }>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of list) m.set(r.item_id, [...(m.get(r.item_id) ?? []), r]);
    return m;
  };
  const targets = by(parts.targets);
  const resps = by(parts.responsibilities);
  const milestones = by(parts.milestones);
  return rows.map(({ ledger_name, child_count, ...item }) => ({
    item,
    ledgerName: ledger_name,
    childCount: Number(child_count ?? 0),
    targets: targets.get(item.id) ?? [],
    responsibilities: resps.get(item.id) ?? [],
    milestones: milestones.get(item.id) ?? [],
  }));
}

/** Next number of an item code series (`2026-DQ`), atomic on both dialects. */
export async function nextCodeNumber(ctx: Ctx, key: string): Promise<number> {
  const row = await ctx.db
    .insertInto('code_counters')
    .values({ key, value: 1 })
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb('code_counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** SQL twin of core `closedOnTime(...) === false`: completed after the date it is judged by (`judgedDue`). */
export function closedLateSql(eb: ItemsEb) {
  return eb.and([
    eb('i.status', '=', 'completed'),
    eb('i.closed_on', '>', eb.fn.coalesce('i.judged_due_date', 'i.current_due_date')),
  ]);
}

/** A page of whole item rows in id order, for jobs that walk every item. */
export function itemsAfter(ctx: Ctx, afterId: string, limit: number) {
  return ctx.db
    .selectFrom('items as i')
    .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
    .selectAll('i')
    .select('l.name as ledger_name')
    .select(sql<number>`0`.as('child_count'))
    .where('i.id', '>', afterId)
    .orderBy('i.id')
    .limit(limit)
    .execute();
}

/** A page of whole item rows, in id order, of the items a unit is named on. */
export function itemsOfUnitAfter(ctx: Ctx, unitId: string, afterId: string, limit: number) {
  return ctx.db
    .selectFrom('items as i')
    .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
    .selectAll('i')
    .select('l.name as ledger_name')
    .select(sql<number>`0`.as('child_count'))
    .where('i.id', 'in', (eb) =>
      eb.selectFrom('responsibilities as r').select('r.item_id').where('r.unit_id', '=', unitId),
    )
    .where('i.id', '>', afterId)
    .orderBy('i.id')
    .limit(limit)
    .execute();
}

/** The parent candidate of an item, within scope: its id and its own parent. */
export function findParentRef(ctx: Ctx, scope: ItemScope, id: string) {
  return ctx.db
    .selectFrom('items as i')
    .select(['i.id', 'i.parent_id'])
    .where('i.id', '=', id)
    .where(scopePredicate(scope))
    .executeTakeFirst();
}
