import type { VisitReason } from '../../../core/inspection.js';
import {
  type CandidateOut,
  type CandidateQuery,
  type PlanDetailOut,
  PlanInput,
  type PlanOut,
  type VisitOut,
} from '../../../core/schemas/inspection.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { fieldError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize, checkAccess, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { queryCandidates, queryPlans, scopedVisits } from './plan.repo.js';

/**
 * Visit plans (走访计划): a supervisor builds a plan from the ledger — red
 * items, items not inspected for N days, items with open obstacles —, gives
 * each visit an inspector and a day; each inspector sees their visits on a
 * phone and records the result as an inspection against the visit; the
 * office sees planned against done. A plan is the office's own schedule: it
 * writes nothing on the items' timelines (a planned unannounced visit must
 * not show).
 */

type VisitRow = Awaited<ReturnType<ReturnType<typeof scopedVisits>['execute']>>[number];

function toVisitOut(r: VisitRow, today: string): VisitOut {
  return {
    id: r.id,
    planId: r.plan_id,
    planTitle: r.plan_title,
    itemId: r.item_id,
    itemCode: r.item_code,
    itemTitle: r.item_title,
    unitId: r.unit_id,
    unitName: r.unit_name,
    inspectorId: r.inspector_id,
    inspectorName: r.inspector_name,
    plannedOn: r.planned_on,
    method: r.method,
    reasons: JSON.parse(r.reasons) as VisitReason[],
    inspectionId: r.inspection_id,
    doneOn: r.done_on,
    overdue: !r.inspection_id && r.planned_on < today,
  };
}

export async function planCandidates(
  ctx: Ctx,
  q: CandidateQuery,
): Promise<{ items: CandidateOut[]; total: number }> {
  authorize(ctx, 'plan.write');
  const items = await queryCandidates(ctx, itemScope(ctx), todayOf(ctx), q);
  return { items, total: items.length };
}

export async function createPlan(ctx: Ctx, raw: PlanInput): Promise<PlanDetailOut> {
  const input = PlanInput.parse(raw);
  const user = await checkAccess(
    ctx,
    'plan.write',
    input.visits.map((v) => v.itemId),
  );
  const inspectorIds = [...new Set(input.visits.map((v) => v.inspectorId))];
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const found = await tx.db
      .selectFrom('users')
      .select('id')
      .where('id', 'in', inspectorIds)
      .where('active', '=', 1)
      .where('roles', 'like', '%"supervisor"%')
      .execute();
    if (found.length !== inspectorIds.length)
      throw fieldError(
        'rule_violation',
        'visits',
        '督察人员须为在岗督察员',
        'inspectors must be active supervisors',
      );
    await tx.db
      .insertInto('visit_plans')
      .values({ id, title: input.title, created_by: user.id, created_at: tx.now.toISOString() })
      .execute();
    await tx.db
      .insertInto('plan_visits')
      .values(
        input.visits.map((v, i) => ({
          id: newId(),
          plan_id: id,
          item_id: v.itemId,
          inspector_id: v.inspectorId,
          planned_on: v.plannedOn,
          method: v.method,
          reasons: JSON.stringify(v.reasons),
          inspection_id: null,
          sort_order: i,
        })),
      )
      .execute();
    await appendAudit(tx, {
      action: 'plan.create',
      entity: 'visit_plan',
      entityId: id,
      outcome: 'success',
      after: { title: input.title, visits: input.visits.length, inspectorIds },
    });
  });
  return getPlan(ctx, id);
}

export async function listPlans(ctx: Ctx): Promise<{ items: PlanOut[]; total: number }> {
  authorize(ctx, 'plan.read');
  const items = await queryPlans(ctx, itemScope(ctx), todayOf(ctx));
  return { items, total: items.length };
}

export async function getPlan(ctx: Ctx, id: string): Promise<PlanDetailOut> {
  authorize(ctx, 'plan.read');
  const scope = itemScope(ctx);
  const today = todayOf(ctx);
  const [plan] = await queryPlans(ctx, scope, today, id);
  if (!plan) throw notFound();
  const visits = (
    await scopedVisits(ctx, scope)
      .where('v.plan_id', '=', id)
      .orderBy('v.planned_on')
      .orderBy('v.sort_order')
      .execute()
  ).map((r) => toVisitOut(r, today));
  const by = new Map<string, { inspectorId: string; inspectorName: string; planned: number; done: number }>();
  for (const v of visits) {
    const row = by.get(v.inspectorId) ?? {
      inspectorId: v.inspectorId,
      inspectorName: v.inspectorName,
      planned: 0,
      done: 0,
    };
    row.planned++;
    if (v.inspectionId) row.done++;
    by.set(v.inspectorId, row);
  }
  return { ...plan, visits, byInspector: [...by.values()] };
}

/** The visits assigned to the user: open ones first by day, then the done ones newest first. */
export async function myVisits(ctx: Ctx): Promise<{ items: VisitOut[]; total: number }> {
  const user = authorize(ctx, 'inspection.write');
  const today = todayOf(ctx);
  const rows = await scopedVisits(ctx, itemScope(ctx))
    .where('v.inspector_id', '=', user.id)
    .orderBy('v.planned_on')
    .orderBy('v.sort_order')
    .execute();
  const items = rows.map((r) => toVisitOut(r, today));
  const open = items.filter((v) => !v.inspectionId);
  const done = items.filter((v) => v.inspectionId).reverse();
  return { items: [...open, ...done], total: items.length };
}
