import { assessmentTotals, INSPECTION_METHOD_LABELS } from '../../../core/inspection.js';
import { RectifyInput } from '../../../core/schemas/inspection.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { fieldError, notFound } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { createItem, transitionItem } from '../item/item.service.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import { findInspection } from './inspection.repo.js';
import { assessmentScope, inspectionScope, visibleAssessment } from './inspection.scope.js';

/**
 * From finding to work in one step: a finding of an inspection, or a failed
 * criterion of an assessment, becomes a rectification item (整改事项) on a
 * ledger, led by the unit responsible, with a deadline — created through the
 * item command (so it is coded, derived, audited and on its own timeline like
 * any item) and linked back, all in one transaction. Each becomes at most one
 * item.
 *
 * Assigning at once would tell the unit about an unannounced inspection still
 * hidden from it, so that is refused until the inspection is disclosed; a
 * draft is the office's own and may be made at any time.
 */

const alreadyMade = () =>
  fieldError('conflict', 'rectification', '已转为整改事项', 'already made a rectification item');

/** Creates the item (and assigns it when asked) inside the caller's transaction. */
async function makeItem(
  tx: Ctx,
  input: ReturnType<typeof RectifyInput.parse>,
  text: { title: string; goal: string; sourceRef: string },
): Promise<ItemOut> {
  const item = await createItem(tx, {
    ledgerId: input.ledgerId,
    title: input.title ?? text.title,
    source: 'other',
    sourceRef: text.sourceRef,
    goal: text.goal,
    priority: 'high',
    startDate: todayOf(tx),
    dueDate: input.dueDate,
    responsibilities: [{ unitId: input.unitId, role: 'lead' }],
  });
  return input.assign ? transitionItem(tx, item.id, { action: 'assign', version: item.version }) : item;
}

function parse(ctx: Ctx, raw: RectifyInput) {
  const input = RectifyInput.parse(raw);
  if (input.dueDate < todayOf(ctx))
    throw fieldError(
      'rule_violation',
      'dueDate',
      '整改期限不能早于今天',
      'the deadline cannot be in the past',
    );
  return input;
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

export async function rectifyFinding(ctx: Ctx, findingId: string, raw: RectifyInput): Promise<ItemOut> {
  authorize(ctx, 'inspection.write');
  const input = parse(ctx, raw);
  const scope = inspectionScope(ctx);
  return inTransaction(ctx, async (tx) => {
    const finding = await tx.db
      .selectFrom('inspection_findings')
      .selectAll()
      .where('id', '=', findingId)
      .executeTakeFirst();
    const inspection = finding ? await findInspection(tx, scope, finding.inspection_id) : undefined;
    if (!finding || !inspection) throw notFound();
    if (finding.rectification_item_id) throw alreadyMade();
    if (input.assign && inspection.hidden === 1)
      throw fieldError(
        'rule_violation',
        'assign',
        '暗访尚未告知被督察单位，整改事项只能先存为草稿',
        'the unannounced inspection is not disclosed yet: keep the rectification item as a draft',
      );
    const method = INSPECTION_METHOD_LABELS[inspection.method].zh;
    const item = await makeItem(tx, input, {
      title: `整改：${short(finding.text, 60)}`,
      goal: finding.text,
      sourceRef: `督察发现（${inspection.inspected_on} ${method}）`,
    });
    const res = await tx.db
      .updateTable('inspection_findings')
      .set({ rectification_item_id: item.id })
      .where('id', '=', findingId)
      .where('rectification_item_id', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw alreadyMade();
    if (finding.item_id)
      await appendItemEvent(tx, {
        itemId: finding.item_id,
        kind: 'rectification_ordered',
        unitId: input.unitId,
        restricted: inspection.hidden === 1,
        payload: {
          inspectionId: inspection.id,
          findingId,
          rectificationItemId: item.id,
          summary: `${item.code} ${item.title}`,
        },
      });
    await appendAudit(tx, {
      action: 'inspection.rectify',
      entity: 'inspection',
      entityId: inspection.id,
      outcome: 'success',
      after: {
        findingId,
        itemId: item.id,
        code: item.code,
        unitId: input.unitId,
        dueDate: input.dueDate,
        assigned: input.assign,
      },
    });
    return item;
  });
}

/** A criterion scored below the standard (core `FAIL_SHARE`) becomes a rectification item. */
export async function rectifyCriterion(
  ctx: Ctx,
  assessmentId: string,
  criterionId: string,
  raw: RectifyInput,
): Promise<ItemOut> {
  authorize(ctx, 'assessment.write');
  const input = parse(ctx, raw);
  const scope = assessmentScope(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('assessments as a')
      .innerJoin('assessment_scores as s', 's.assessment_id', 'a.id')
      .innerJoin('checklist_criteria as k', 'k.id', 's.criterion_id')
      .innerJoin('checklists as c', 'c.id', 'a.checklist_id')
      .select([
        'a.id',
        'a.assessed_on',
        'c.name as checklist_name',
        'k.title',
        'k.weight',
        's.score',
        's.comment',
        's.rectification_item_id',
      ])
      .where('a.id', '=', assessmentId)
      .where('s.criterion_id', '=', criterionId)
      .where(visibleAssessment(scope))
      .executeTakeFirst();
    if (!row) throw notFound();
    if (row.rectification_item_id) throw alreadyMade();
    const { failed } = assessmentTotals([
      { criterionId, weight: Number(row.weight), score: Number(row.score) },
    ]);
    if (!failed.length)
      throw fieldError(
        'rule_violation',
        'criterionId',
        '该项考评已达标，无需整改',
        'this criterion met the standard: nothing to rectify',
      );
    const goal = `${row.checklist_name}「${row.title}」得分 ${Number(row.score)}/${Number(row.weight)}${row.comment ? `：${row.comment}` : ''}`;
    const item = await makeItem(tx, input, {
      title: `整改：${short(`${row.title}未达标`, 60)}`,
      goal,
      sourceRef: `考评未达标（${row.assessed_on}）`,
    });
    const res = await tx.db
      .updateTable('assessment_scores')
      .set({ rectification_item_id: item.id })
      .where('assessment_id', '=', assessmentId)
      .where('criterion_id', '=', criterionId)
      .where('rectification_item_id', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw alreadyMade();
    await appendAudit(tx, {
      action: 'assessment.rectify',
      entity: 'assessment',
      entityId: assessmentId,
      outcome: 'success',
      after: { criterionId, itemId: item.id, code: item.code, unitId: input.unitId, dueDate: input.dueDate },
    });
    return item;
  });
}
