import { type ExpressionBuilder, sql } from 'kysely';
import type { UnitKind } from '../../../core/enums.js';
import type { Ctx } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { type ItemScope, inItemScope, scopePredicate } from '../access/policy.js';
import { closedLateSql, lightIs } from '../item/item.repo.js';

type Eb = ExpressionBuilder<Database & { i: Database['items'] }, 'i'>;
const sumWhen = (cond: ReturnType<Eb['and']>) => sql<number>`SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;

/**
 * The cockpit's grouped pass: item counts per (status, ledger) within scope.
 * Grouped in the order of the items_overview index, which holds every column
 * read here: one pass over the index, no table rows, no sort (a test checks the
 * plan, so a column added here must be added to the index too). FILTER (not
 * SUM(CASE…)) makes each row pay only for the counts it falls into.
 */
export function overviewGroupsQuery(ctx: Ctx, scope: ItemScope, asOf: string, ledgerId?: string) {
  let query = ctx.db.selectFrom('items as i').where(scopePredicate(scope));
  if (ledgerId) query = query.where('i.ledger_id', '=', ledgerId);
  const count = (eb: Eb, cond: ReturnType<Eb['and']>) => eb.fn.countAll<number>().filterWhere(cond);
  return query
    .select((eb) => [
      'i.ledger_id as ledgerId',
      'i.status',
      eb.fn.countAll<number>().as('n'),
      count(eb, lightIs(eb, 'red', asOf)).as('red'),
      count(eb, lightIs(eb, 'yellow', asOf)).as('yellow'),
      count(eb, lightIs(eb, 'green', asOf)).as('green'),
      count(eb, eb.and([eb('i.lit', '=', 1), eb('i.current_due_date', '<', asOf)])).as('overdue'),
      count(eb, closedLateSql(eb)).as('late'),
      eb.fn.sum<number>('i.progress').as('progress'),
    ])
    .groupBy(['i.status', 'i.ledger_id']);
}

/** Item counts per (status, ledger) within scope: totals, lights, overdue, closed late, summed progress. */
export async function countOverviewGroups(ctx: Ctx, scope: ItemScope, asOf: string, ledgerId?: string) {
  // Ledger names join the ~140 groups after the pass.
  const groups = overviewGroupsQuery(ctx, scope, asOf, ledgerId);
  // Archived drafts (归档) are counted nowhere. They are few and drafts have no light or progress, so they
  // are taken off their draft groups here (through the archived_at index) rather than filtered out of
  // the grouped pass, which stays on the covering items_overview index. Both asked at once.
  const [rows, archived] = await Promise.all([
    ctx.db
      .selectFrom(groups.as('g'))
      .innerJoin('ledgers as l', 'l.id', 'g.ledgerId')
      .selectAll('g')
      .select(['l.name as ledgerName', 'l.sort_order as sortOrder'])
      .execute(),
    ctx.db
      .selectFrom('items as i')
      .where(scopePredicate(scope))
      .where('i.archived_at', 'is not', null)
      .$if(!!ledgerId, (qb) => qb.where('i.ledger_id', '=', ledgerId ?? ''))
      .select((eb) => ['i.ledger_id as ledgerId', 'i.status', eb.fn.countAll<number>().as('n')])
      .groupBy(['i.ledger_id', 'i.status'])
      .execute(),
  ]);
  for (const a of archived) {
    const g = rows.find((r) => r.ledgerId === a.ledgerId && r.status === a.status);
    if (g) g.n = Number(g.n) - Number(a.n);
  }
  return rows.filter((r) => Number(r.n) > 0);
}

/**
 * Per-unit counts from the item facts copied onto responsibility rows: each
 * figure is one narrow index range counted per unit (red rows, yellow-or-red
 * rows, overdue rows, …), no items loaded into JavaScript.
 */
export async function countUnitLights(ctx: Ctx, scope: ItemScope, asOf: string, ledgerId?: string) {
  const base = () => {
    let query = ctx.db
      .selectFrom('responsibilities as r')
      .where(inItemScope(scope, 'r.item_id', { ledgerId: 'r.ledger_id', status: 'r.item_status' }));
    // A unit user's figures are their own unit's, even on items they share with other units.
    if (scope.unitId) query = query.where('r.unit_id', '=', scope.unitId);
    if (ledgerId) query = query.where('r.ledger_id', '=', ledgerId);
    return query;
  };
  const perUnit = async (narrow: (qb: ReturnType<typeof base>) => ReturnType<typeof base>) => {
    const rows = await narrow(base())
      .select((eb) => ['r.unit_id as unitId', eb.fn.countAll<number>().as('n')])
      .groupBy('r.unit_id')
      .execute();
    return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
  };
  // The same figure where the unit leads, counted in the same pass: a lead unit answers for the
  // item's lateness, a cooperating unit only shares it, so the ranking weighs the two apart. The
  // role is the last column of these indexes (migration 2026-12-03T1601), so both counts come
  // from the index alone.
  const perUnitAndLead = async (narrow: (qb: ReturnType<typeof base>) => ReturnType<typeof base>) => {
    const rows = await narrow(base())
      .select((eb) => [
        'r.unit_id as unitId',
        eb.fn.countAll<number>().as('n'),
        eb.fn.countAll<number>().filterWhere('r.role', '=', 'lead').as('lead'),
      ])
      .groupBy('r.unit_id')
      .execute();
    return {
      all: new Map(rows.map((r) => [r.unitId, Number(r.n)])),
      lead: new Map(rows.map((r) => [r.unitId, Number(r.lead)])),
    };
  };
  // Five independent counts, asked at once: on SQLite each runs on a reader thread of its own, on
  // PostgreSQL on a pool connection of its own, so the table waits for the slowest, not for their sum.
  // Each was its own snapshot when they ran one after the other too.
  const [byStatus, red, yellowOrRed, overdue, late] = await Promise.all([
    base()
      .select((eb) => ['r.unit_id as unitId', 'r.item_status as status', eb.fn.countAll<number>().as('n')])
      .groupBy(['r.unit_id', 'r.item_status'])
      .execute(),
    perUnitAndLead((qb) => qb.where('r.item_lit', '=', 1).where('r.item_red_from', '<=', asOf)),
    perUnit((qb) => qb.where('r.item_lit', '=', 1).where('r.item_yellow_from', '<=', asOf)),
    perUnitAndLead((qb) => qb.where('r.item_lit', '=', 1).where('r.item_due', '<', asOf)),
    perUnitAndLead((qb) => qb.where('r.item_closed_late', '=', 1)),
  ]);
  return {
    byStatus,
    red: red.all,
    yellowOrRed,
    overdue: overdue.all,
    late: late.all,
    leadRed: red.lead,
    leadOverdue: overdue.lead,
    leadLate: late.lead,
  };
}

export function findUnitsOfKind(ctx: Ctx, kind?: UnitKind) {
  let units = ctx.db.selectFrom('units').select(['id', 'name', 'short_name', 'kind']);
  if (kind) units = units.where('kind', '=', kind);
  return units.execute();
}

/**
 * Lights on `day`, recounted from the items' current facts ("as known
 * today"): an item counts as open between its assignment and its closing.
 */
export function countLightsOn(ctx: Ctx, scope: ItemScope, day: string, ledgerId?: string) {
  return ctx.db
    .selectFrom('items as i')
    .where(scopePredicate(scope))
    .$if(!!ledgerId, (qb) => qb.where('i.ledger_id', '=', ledgerId ?? ''))
    .where('i.assigned_on', '<=', day)
    .where('i.status', '!=', 'draft')
    .select((eb) => {
      const open = eb.and([
        eb.or([eb('i.closed_on', 'is', null), eb('i.closed_on', '>', day)]),
        eb('i.status', '!=', 'suspended'),
      ]);
      return [
        sumWhen(eb.and([open, eb('i.red_from', '<=', day)])).as('red'),
        sumWhen(eb.and([open, eb('i.red_from', '>', day), eb('i.yellow_from', '<=', day)])).as('yellow'),
        sumWhen(eb.and([open, eb('i.yellow_from', '>', day)])).as('green'),
        sumWhen(open).as('open'),
        sumWhen(eb.and([eb('i.status', '=', 'completed'), eb('i.closed_on', '<=', day)])).as('completed'),
      ];
    })
    .executeTakeFirstOrThrow();
}
