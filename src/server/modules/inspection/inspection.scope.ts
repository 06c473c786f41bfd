import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Ctx } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { authorize, type ItemScope, itemScope } from '../access/policy.js';

/**
 * Which inspections a user reaches — one predicate for lists, single reads,
 * counts and evidence, so that they cannot disagree:
 * - a unit user: the inspections of their own unit, except unannounced ones
 *   not yet disclosed (`hidden`);
 * - a supervisor or leader limited to some ledgers: inspections covering an
 *   item of those ledgers;
 * - other supervisors and leaders: all.
 */
export function inspectionScope(ctx: Ctx): ItemScope {
  authorize(ctx, 'inspection.read');
  return itemScope(ctx);
}

type InsEb = ExpressionBuilder<Database & { ins: Database['inspections'] }, 'ins'>;

export function visibleInspection(scope: ItemScope) {
  return (eb: InsEb): Expression<SqlBool> => {
    if (scope.unitId) return eb.and([eb('ins.unit_id', '=', scope.unitId), eb('ins.hidden', '=', 0)]);
    if (scope.ledgerIds)
      return eb.exists(
        eb
          .selectFrom('inspection_items as sii')
          .innerJoin('items as si', 'si.id', 'sii.item_id')
          .select('sii.item_id')
          .whereRef('sii.inspection_id', '=', 'ins.id')
          .where('si.ledger_id', 'in', scope.ledgerIds),
      );
    return eb.and([]);
  };
}

/** The ids of the inspections in scope, as a subquery (evidence, assessments filter through it). */
export function visibleInspectionIds(ctx: Pick<Ctx, 'db'>, scope: ItemScope) {
  return ctx.db.selectFrom('inspections as ins').select('ins.id').where(visibleInspection(scope));
}

/**
 * Which assessments a user reaches: a unit user those of their own unit, unless
 * made during an inspection still hidden from it; supervisors and leaders all
 * (units are not bound to ledgers).
 */
export function assessmentScope(ctx: Ctx): { unitId: string | null } {
  const user = authorize(ctx, 'assessment.read');
  const scope = itemScope({ ...ctx, user });
  return { unitId: scope.unitId };
}

type AsEb = ExpressionBuilder<Database & { a: Database['assessments'] }, 'a'>;

export function visibleAssessment(scope: { unitId: string | null }) {
  return (eb: AsEb): Expression<SqlBool> => {
    if (!scope.unitId) return eb.and([]);
    return eb.and([
      eb('a.unit_id', '=', scope.unitId),
      eb.or([
        eb('a.inspection_id', 'is', null),
        eb(
          'a.inspection_id',
          'in',
          eb.selectFrom('inspections as hi').select('hi.id').where('hi.hidden', '=', 0),
        ),
      ]),
    ]);
  };
}
