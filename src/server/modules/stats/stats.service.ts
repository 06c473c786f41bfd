import { type ExpressionBuilder, sql } from 'kysely';
import { addDays, daysBetween } from '../../../core/dates.js';
import { ITEM_STATUSES, type ItemStatus, type UnitKind } from '../../../core/enums.js';
import { isLit } from '../../../core/light.js';
import { isOpen } from '../../../core/status.js';
import type { Ctx } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { itemScope, scopePredicate } from '../access/policy.js';
import { lightIs } from '../item/item.repo.js';
import { todayOf } from '../item/item.validate.js';

type Eb = ExpressionBuilder<Database & { i: Database['items'] }, 'i'>;
const sumWhen = (cond: ReturnType<Eb['and']>) => sql<number>`SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;

/** Totals for the cockpit: by status, by light, per ledger — all counted by the database. */
export async function overview(ctx: Ctx, q: { asOf?: string; ledgerId?: string }) {
  const scope = itemScope(ctx);
  const asOf = q.asOf ?? todayOf(ctx);
  let query = ctx.db.selectFrom('items as i').where(scopePredicate(scope));
  if (q.ledgerId) query = query.where('i.ledger_id', '=', q.ledgerId);
  // Grouped by (status, ledger) in the order of the items_overview index, which holds every
  // column needed: one pass over the index, no table rows, no sort. FILTER (not SUM(CASE…))
  // makes each row pay only for the counts it falls into. Ledger names join the ~140 groups after.
  const count = (eb: Eb, cond: ReturnType<Eb['and']>) => eb.fn.countAll<number>().filterWhere(cond);
  const groups = query
    .select((eb) => [
      'i.ledger_id as ledgerId',
      'i.status',
      eb.fn.countAll<number>().as('n'),
      count(eb, lightIs(eb, 'red', asOf)).as('red'),
      count(eb, lightIs(eb, 'yellow', asOf)).as('yellow'),
      count(eb, lightIs(eb, 'green', asOf)).as('green'),
      count(eb, eb.and([eb('i.lit', '=', 1), eb('i.current_due_date', '<', asOf)])).as('overdue'),
      count(
        eb,
        eb.and([eb('i.status', '=', 'completed'), eb('i.closed_on', '>', eb.ref('i.current_due_date'))]),
      ).as('late'),
      eb.fn.sum<number>('i.progress').as('progress'),
    ])
    .groupBy(['i.status', 'i.ledger_id']);
  const rows = await ctx.db
    .selectFrom(groups.as('g'))
    .innerJoin('ledgers as l', 'l.id', 'g.ledgerId')
    .selectAll('g')
    .select(['l.name as ledgerName', 'l.sort_order as sortOrder'])
    .execute();

  const byStatus = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  const byLight = { red: 0, yellow: 0, green: 0 };
  const ledgers = new Map<
    string,
    {
      ledgerId: string;
      ledgerName: string;
      sortOrder: number;
      total: number;
      open: number;
      completed: number;
      red: number;
      yellow: number;
      green: number;
      overdue: number;
      progressSum: number;
    }
  >();
  let overdue = 0;
  let completedLate = 0;
  for (const r of rows) {
    const n = Number(r.n);
    byStatus[r.status as ItemStatus] += n;
    byLight.red += Number(r.red);
    byLight.yellow += Number(r.yellow);
    byLight.green += Number(r.green);
    overdue += Number(r.overdue);
    completedLate += Number(r.late);
    const l = ledgers.get(r.ledgerId) ?? {
      ledgerId: r.ledgerId,
      ledgerName: r.ledgerName,
      sortOrder: r.sortOrder,
      total: 0,
      open: 0,
      completed: 0,
      red: 0,
      yellow: 0,
      green: 0,
      overdue: 0,
      progressSum: 0,
    };
    l.total += n;
    if (isOpen(r.status as ItemStatus)) l.open += n;
    if (r.status === 'completed') l.completed += n;
    l.red += Number(r.red);
    l.yellow += Number(r.yellow);
    l.green += Number(r.green);
    l.overdue += Number(r.overdue);
    l.progressSum += Number(r.progress ?? 0);
    ledgers.set(r.ledgerId, l);
  }
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const yearEnd = `${asOf.slice(0, 4)}-12-31`;
  return {
    asOf,
    total,
    open: byStatus.assigned + byStatus.in_progress + byStatus.pending_review,
    byStatus,
    byLight,
    overdue,
    completed: byStatus.completed,
    completedOnTime: byStatus.completed - completedLate,
    completedLate,
    daysToYearEnd: daysBetween(asOf, yearEnd),
    byLedger: [...ledgers.values()]
      .sort((a, b) => a.sortOrder - b.sortOrder || a.ledgerName.localeCompare(b.ledgerName))
      .map(({ progressSum, sortOrder, ...l }) => ({
        ...l,
        avgProgress: l.total ? Math.round(progressSum / l.total) : 0,
      })),
  };
}

/**
 * Per-unit counts by light, from the item facts copied onto responsibility
 * rows: each figure is one narrow index range counted per unit (red rows,
 * yellow-or-red rows, overdue rows, …), no items loaded into JavaScript.
 */
export async function unitLights(ctx: Ctx, q: { asOf?: string; kind?: UnitKind; ledgerId?: string }) {
  const scope = itemScope(ctx);
  const asOf = q.asOf ?? todayOf(ctx);
  const base = () => {
    let query = ctx.db.selectFrom('responsibilities as r');
    if (scope.unitId)
      query = query.where('r.unit_id', '=', scope.unitId).where('r.item_status', '!=', 'draft');
    if (scope.ledgerIds) query = query.where('r.ledger_id', 'in', scope.ledgerIds);
    if (q.ledgerId) query = query.where('r.ledger_id', '=', q.ledgerId);
    return query;
  };
  const perUnit = async (narrow: (qb: ReturnType<typeof base>) => ReturnType<typeof base>) => {
    const rows = await narrow(base())
      .select((eb) => ['r.unit_id as unitId', eb.fn.countAll<number>().as('n')])
      .groupBy('r.unit_id')
      .execute();
    return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
  };
  const byStatus = await base()
    .select((eb) => ['r.unit_id as unitId', 'r.item_status as status', eb.fn.countAll<number>().as('n')])
    .groupBy(['r.unit_id', 'r.item_status'])
    .execute();
  const red = await perUnit((qb) => qb.where('r.item_lit', '=', 1).where('r.item_red_from', '<=', asOf));
  const yellowOrRed = await perUnit((qb) =>
    qb.where('r.item_lit', '=', 1).where('r.item_yellow_from', '<=', asOf),
  );
  const overdue = await perUnit((qb) => qb.where('r.item_lit', '=', 1).where('r.item_due', '<', asOf));
  const late = await perUnit((qb) => qb.where('r.item_closed_late', '=', 1));

  const totals = new Map<string, { total: number; open: number; completed: number }>();
  for (const r of byStatus) {
    const t = totals.get(r.unitId) ?? { total: 0, open: 0, completed: 0 };
    const n = Number(r.n);
    t.total += n;
    if (isLit(r.status as ItemStatus)) t.open += n;
    if (r.status === 'completed') t.completed += n;
    totals.set(r.unitId, t);
  }
  let units = ctx.db.selectFrom('units').select(['id', 'name', 'kind']);
  if (q.kind) units = units.where('kind', '=', q.kind);
  const items = (await units.execute())
    .filter((u) => totals.has(u.id))
    .map((u) => {
      const t = totals.get(u.id) ?? { total: 0, open: 0, completed: 0 };
      const r = red.get(u.id) ?? 0;
      const yr = yellowOrRed.get(u.id) ?? 0;
      return {
        unitId: u.id,
        unitName: u.name,
        kind: u.kind as UnitKind,
        total: t.total,
        open: t.open,
        red: r,
        yellow: yr - r,
        green: t.open - yr,
        overdue: overdue.get(u.id) ?? 0,
        completed: t.completed,
        completedLate: late.get(u.id) ?? 0,
      };
    })
    .sort(
      (a, b) =>
        b.red - a.red ||
        b.overdue - a.overdue ||
        b.completedLate - a.completedLate ||
        a.unitName.localeCompare(b.unitName),
    );
  return { asOf, items, total: items.length };
}

/**
 * Lights at the end of each of the last weeks, recounted from the items'
 * current facts ("as known today"): an item counts as open on a day between
 * its assignment and its closing.
 */
export async function trend(ctx: Ctx, q: { weeks: number; asOf?: string; ledgerId?: string }) {
  const scope = itemScope(ctx);
  const asOf = q.asOf ?? todayOf(ctx);
  const out = [];
  for (let w = q.weeks - 1; w >= 0; w--) {
    const day = addDays(asOf, -7 * w);
    const row = await ctx.db
      .selectFrom('items as i')
      .where(scopePredicate(scope))
      .$if(!!q.ledgerId, (qb) => qb.where('i.ledger_id', '=', q.ledgerId ?? ''))
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
    out.push({
      weekEnd: day,
      red: Number(row.red ?? 0),
      yellow: Number(row.yellow ?? 0),
      green: Number(row.green ?? 0),
      open: Number(row.open ?? 0),
      completed: Number(row.completed ?? 0),
    });
  }
  return { items: out, total: out.length };
}
