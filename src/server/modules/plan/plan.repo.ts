import type { VisitReason } from '../../../core/inspection.js';
import type { CandidateQuery } from '../../../core/schemas/inspection.js';
import type { Ctx } from '../../context.js';
import { type ItemScope, inItemScope, scopePredicate } from '../access/policy.js';

/** The queries of visit plans; visits are read through the item scope of their item. */

/** A date `days` before `day` (YYYY-MM-DD). */
export function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Open items worth a visit, in scope: red as of today, not inspected for
 * `staleDays` days, or with an open obstacle — whichever the query asks for
 * (all three, stale meaning 30 days, when it asks for none).
 */
export async function queryCandidates(ctx: Ctx, scope: ItemScope, today: string, f: CandidateQuery) {
  const none = !f.red && !f.staleDays && !f.obstacles;
  const staleDays = f.staleDays ?? (none ? 30 : null);
  const since = staleDays ? daysBefore(today, staleDays) : null;
  let q = ctx.db
    .selectFrom('items as i')
    .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
    .leftJoin('responsibilities as lr', (j) => j.onRef('lr.item_id', '=', 'i.id').on('lr.role', '=', 'lead'))
    .leftJoin('units as lu', 'lu.id', 'lr.unit_id')
    .select((eb) => [
      'i.id',
      'i.code',
      'i.title',
      'i.current_due_date',
      'i.red_from',
      'i.lit',
      'l.name as ledger_name',
      'lr.unit_id as lead_unit_id',
      'lu.name as lead_unit_name',
      eb
        .selectFrom('inspection_items as ii')
        .select((e) => e.fn.max('ii.inspected_on').as('d'))
        .whereRef('ii.item_id', '=', 'i.id')
        .as('last_inspected_on'),
      eb
        .selectFrom('obstacles as o')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('o.item_id', '=', 'i.id')
        .where('o.status', '=', 'open')
        .as('open_obstacles'),
    ])
    .where(scopePredicate(scope))
    .where('i.status', 'in', ['assigned', 'in_progress']);
  if (f.ledgerId) q = q.where('i.ledger_id', '=', f.ledgerId);
  q = q.where((eb) => {
    const any = [];
    if (f.red || none)
      any.push(
        eb.and([eb('i.lit', '=', 1), eb('i.red_from', 'is not', null), eb('i.red_from', '<=', today)]),
      );
    if (since)
      any.push(
        eb.not(
          eb.exists(
            eb
              .selectFrom('inspection_items as si')
              .select('si.item_id')
              .whereRef('si.item_id', '=', 'i.id')
              .where('si.inspected_on', '>=', since),
          ),
        ),
      );
    if (f.obstacles || none)
      any.push(
        eb.exists(
          eb
            .selectFrom('obstacles as so')
            .select('so.id')
            .whereRef('so.item_id', '=', 'i.id')
            .where('so.status', '=', 'open'),
        ),
      );
    return eb.or(any);
  });
  const rows = await q.orderBy('i.red_from').orderBy('i.code').limit(f.limit).execute();
  return rows.map((r) => {
    const reasons: VisitReason[] = [];
    if (r.lit === 1 && r.red_from && r.red_from <= today) reasons.push('red');
    const last = (r.last_inspected_on as string | null) ?? null;
    if (since && (!last || last < since)) reasons.push('stale');
    if (Number(r.open_obstacles) > 0) reasons.push('obstacle');
    return {
      itemId: r.id,
      code: r.code,
      title: r.title,
      ledgerName: r.ledger_name,
      leadUnitId: r.lead_unit_id,
      leadUnitName: r.lead_unit_name,
      dueDate: r.current_due_date,
      lastInspectedOn: last,
      reasons,
    };
  });
}

/** Visits with their item, lead unit, inspector, plan and the day done; only items in scope. */
export function scopedVisits(ctx: Ctx, scope: ItemScope) {
  return ctx.db
    .selectFrom('plan_visits as v')
    .innerJoin('visit_plans as p', 'p.id', 'v.plan_id')
    .innerJoin('items as i', 'i.id', 'v.item_id')
    .innerJoin('users as iu', 'iu.id', 'v.inspector_id')
    .leftJoin('responsibilities as lr', (j) =>
      j.onRef('lr.item_id', '=', 'v.item_id').on('lr.role', '=', 'lead'),
    )
    .leftJoin('units as lu', 'lu.id', 'lr.unit_id')
    .leftJoin('inspections as ins', 'ins.id', 'v.inspection_id')
    .selectAll('v')
    .select([
      'p.title as plan_title',
      'i.code as item_code',
      'i.title as item_title',
      'iu.display_name as inspector_name',
      'lr.unit_id as unit_id',
      'lu.name as unit_name',
      'ins.inspected_on as done_on',
    ])
    .where(inItemScope(scope, 'v.item_id'));
}

/** Plans with their visits counted (those in scope): planned, done, past their day and not done. */
export async function queryPlans(ctx: Ctx, scope: ItemScope, today: string, planId?: string) {
  let q = ctx.db
    .selectFrom('visit_plans as p')
    .leftJoin('users as cb', 'cb.id', 'p.created_by')
    .innerJoin('plan_visits as v', 'v.plan_id', 'p.id')
    .where(inItemScope(scope, 'v.item_id'))
    .select((eb) => [
      'p.id',
      'p.title',
      'p.created_at',
      'cb.display_name as created_by_name',
      eb.fn.countAll<number>().as('planned'),
      eb.fn.count<number>('v.inspection_id').as('done'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('v.inspection_id', 'is', null), eb('v.planned_on', '<', today)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('overdue'),
      eb.fn.min('v.planned_on').as('first_day'),
      eb.fn.max('v.planned_on').as('last_day'),
    ])
    .groupBy(['p.id', 'p.title', 'p.created_at', 'cb.display_name']);
  if (planId) q = q.where('p.id', '=', planId);
  const rows = await q.orderBy('p.created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    planned: Number(r.planned),
    done: Number(r.done),
    overdue: Number(r.overdue ?? 0),
    firstDay: (r.first_day as string | null) ?? null,
    lastDay: (r.last_day as string | null) ?? null,
  }));
}
