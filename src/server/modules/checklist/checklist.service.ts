import { assessmentGrade, assessmentTotals } from '../../../core/inspection.js';
import {
  AssessmentInput,
  type AssessmentOut,
  type AssessmentQuery,
  ChecklistInput,
  type ChecklistOut,
} from '../../../core/schemas/checklist.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { fieldError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { findInspection } from '../inspection/inspection.repo.js';
import { assessmentScope, inspectionScope, visibleAssessment } from '../inspection/inspection.scope.js';

/**
 * 考评标准 and 考评: checklists of weighted criteria (a criterion's weight is
 * its full marks), and assessments that score a unit on site against one —
 * per criterion, with the total, comments and photos. A checklist is not
 * edited once made (past assessments keep meaning what they meant); a changed
 * standard is a new checklist.
 */

export async function listChecklists(ctx: Ctx): Promise<{ items: ChecklistOut[]; total: number }> {
  authorize(ctx, 'assessment.read');
  const [lists, criteria, counts] = await Promise.all([
    ctx.db.selectFrom('checklists').selectAll().orderBy('created_at').execute(),
    ctx.db.selectFrom('checklist_criteria').selectAll().orderBy('sort_order').execute(),
    ctx.db
      .selectFrom('assessments')
      .select(['checklist_id', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('checklist_id')
      .execute(),
  ]);
  const items = lists.map((l) => {
    const cs = criteria.filter((c) => c.checklist_id === l.id);
    return {
      id: l.id,
      name: l.name,
      description: l.description,
      criteria: cs.map((c) => ({
        id: c.id,
        title: c.title,
        description: c.description,
        weight: Number(c.weight),
      })),
      maxTotal: cs.reduce((s, c) => s + Number(c.weight), 0),
      assessmentCount: Number(counts.find((c) => c.checklist_id === l.id)?.n ?? 0),
      createdAt: l.created_at,
    };
  });
  return { items, total: items.length };
}

export async function createChecklist(ctx: Ctx, raw: ChecklistInput): Promise<ChecklistOut> {
  const user = authorize(ctx, 'assessment.write');
  const input = ChecklistInput.parse(raw);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    await tx.db
      .insertInto('checklists')
      .values({
        id,
        name: input.name,
        description: input.description,
        created_by: user.id,
        created_at: tx.now.toISOString(),
      })
      .execute();
    await tx.db
      .insertInto('checklist_criteria')
      .values(
        input.criteria.map((c, i) => ({
          id: newId(),
          checklist_id: id,
          title: c.title,
          description: c.description,
          weight: c.weight,
          sort_order: i,
        })),
      )
      .execute();
    await appendAudit(tx, {
      action: 'checklist.create',
      entity: 'checklist',
      entityId: id,
      outcome: 'success',
      after: { name: input.name, criteria: input.criteria.map((c) => `${c.title}:${c.weight}`) },
    });
  });
  const out = (await listChecklists(ctx)).items.find((c) => c.id === id);
  if (!out) throw notFound();
  return out;
}

function scoped(ctx: Ctx) {
  return ctx.db
    .selectFrom('assessments as a')
    .innerJoin('checklists as c', 'c.id', 'a.checklist_id')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .leftJoin('users as cb', 'cb.id', 'a.created_by')
    .selectAll('a')
    .select(['c.name as checklist_name', 'u.name as unit_name', 'cb.display_name as assessor_name'])
    .where(visibleAssessment(assessmentScope(ctx)));
}

type AssessmentRow = Awaited<ReturnType<ReturnType<typeof scoped>['execute']>>[number];

async function present(ctx: Ctx, rows: AssessmentRow[]): Promise<AssessmentOut[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [scores, photos] = await Promise.all([
    ctx.db
      .selectFrom('assessment_scores as s')
      .innerJoin('checklist_criteria as k', 'k.id', 's.criterion_id')
      .select([
        's.assessment_id',
        's.criterion_id',
        's.score',
        's.comment',
        's.rectification_item_id',
        'k.title',
        'k.weight',
      ])
      .where('s.assessment_id', 'in', ids)
      .orderBy('k.sort_order')
      .execute(),
    ctx.db
      .selectFrom('evidence')
      .select(['owner_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('owner_kind', '=', 'assessment')
      .where('owner_id', 'in', ids)
      .groupBy('owner_id')
      .execute(),
  ]);
  return rows.map((r) => {
    const mine = scores
      .filter((s) => s.assessment_id === r.id)
      .map((s) => ({
        criterionId: s.criterion_id,
        title: s.title,
        weight: Number(s.weight),
        score: Number(s.score),
        comment: s.comment,
        rectificationItemId: s.rectification_item_id,
      }));
    const totals = assessmentTotals(mine);
    return {
      id: r.id,
      checklistId: r.checklist_id,
      checklistName: r.checklist_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      assessedOn: r.assessed_on,
      assessorName: r.assessor_name,
      inspectionId: r.inspection_id,
      comments: r.comments,
      total: Number(r.total),
      maxTotal: Number(r.max_total),
      percent: totals.percent,
      grade: assessmentGrade(totals.percent),
      scores: mine.map((s) => ({ ...s, failed: totals.failed.includes(s.criterionId) })),
      photoCount: Number(photos.find((p) => p.owner_id === r.id)?.n ?? 0),
      createdAt: r.created_at,
    };
  });
}

/** Newest first; a unit user gets only their unit's (see `visibleAssessment`). */
export async function listAssessments(
  ctx: Ctx,
  q: AssessmentQuery,
): Promise<{ items: AssessmentOut[]; total: number }> {
  let base = scoped(ctx);
  if (q.unitId) base = base.where('a.unit_id', '=', q.unitId);
  if (q.checklistId) base = base.where('a.checklist_id', '=', q.checklistId);
  const [rows, count] = await Promise.all([
    base
      .orderBy('a.assessed_on', 'desc')
      .orderBy('a.id', 'desc')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items: await present(ctx, rows), total: Number(count.n) };
}

export async function getAssessment(ctx: Ctx, id: string): Promise<AssessmentOut> {
  const row = await scoped(ctx).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return (await present(ctx, [row]))[0];
}

/** Scores a unit against a checklist: every criterion once, each within its full marks. */
export async function recordAssessment(ctx: Ctx, raw: AssessmentInput): Promise<AssessmentOut> {
  const user = authorize(ctx, 'assessment.write');
  const input = AssessmentInput.parse(raw);
  if (input.assessedOn > todayOf(ctx))
    throw fieldError(
      'rule_violation',
      'assessedOn',
      '考评日期不能晚于今天',
      'the assessment day cannot be in the future',
    );
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const criteria = await tx.db
      .selectFrom('checklist_criteria')
      .selectAll()
      .where('checklist_id', '=', input.checklistId)
      .execute();
    if (!criteria.length)
      throw fieldError('rule_violation', 'checklistId', '考评标准不存在', 'no such checklist');
    const unit = await tx.db
      .selectFrom('units')
      .select('id')
      .where('id', '=', input.unitId)
      .executeTakeFirst();
    if (!unit) throw fieldError('rule_violation', 'unitId', '被考评单位不存在', 'no such unit');
    if (input.inspectionId && !(await findInspection(tx, inspectionScope(tx), input.inspectionId)))
      throw fieldError('rule_violation', 'inspectionId', '督察记录不存在', 'no such inspection');
    const given = new Map(input.scores.map((s) => [s.criterionId, s]));
    if (
      given.size !== input.scores.length ||
      criteria.some((c) => !given.has(c.id)) ||
      given.size !== criteria.length
    )
      throw fieldError(
        'rule_violation',
        'scores',
        '须对考评标准的每一项各打一次分',
        'score every criterion of the checklist exactly once',
      );
    const over = input.scores.findIndex(
      (s) => s.score > Number(criteria.find((c) => c.id === s.criterionId)?.weight),
    );
    if (over >= 0)
      throw fieldError(
        'rule_violation',
        `scores.${over}.score`,
        '得分不能超过该项满分',
        'a score cannot exceed the criterion’s full marks',
      );
    const totals = assessmentTotals(
      criteria.map((c) => ({
        criterionId: c.id,
        weight: Number(c.weight),
        score: given.get(c.id)?.score ?? 0,
      })),
    );
    await tx.db
      .insertInto('assessments')
      .values({
        id,
        checklist_id: input.checklistId,
        unit_id: input.unitId,
        assessed_on: input.assessedOn,
        inspection_id: input.inspectionId,
        comments: input.comments,
        total: totals.total,
        max_total: totals.maxTotal,
        created_by: user.id,
        created_at: tx.now.toISOString(),
      })
      .execute();
    await tx.db
      .insertInto('assessment_scores')
      .values(
        input.scores.map((s) => ({
          assessment_id: id,
          criterion_id: s.criterionId,
          score: s.score,
          comment: s.comment,
          rectification_item_id: null,
        })),
      )
      .execute();
    await appendAudit(tx, {
      action: 'assessment.record',
      entity: 'assessment',
      entityId: id,
      outcome: 'success',
      after: {
        checklistId: input.checklistId,
        unitId: input.unitId,
        assessedOn: input.assessedOn,
        total: totals.total,
      },
    });
  });
  return getAssessment(ctx, id);
}
