import { INSPECTION_METHOD_LABELS } from '../../../core/inspection.js';
import { RectifyInput } from '../../../core/schemas/inspection.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { fieldError, notFound } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { createItem, transitionItem } from '../item/item.service.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import { findInspection } from './inspection.repo.js';
import { inspectionScope } from './inspection.scope.js';

/**
 * From finding to work in one step: a finding becomes a rectification item
 * (整改事项) on a ledger, led by the unit responsible, with a deadline —
 * created through the item command (so it is coded, derived, audited and on
 * its own timeline like any item) and linked back to the finding, all in one
 * transaction. A finding becomes at most one item.
 *
 * Assigning at once would tell the unit about an unannounced inspection still
 * hidden from it, so that is refused until the inspection is disclosed; a
 * draft is the office's own and may be made at any time.
 */
export async function rectifyFinding(ctx: Ctx, findingId: string, raw: RectifyInput): Promise<ItemOut> {
  authorize(ctx, 'inspection.write');
  const input = RectifyInput.parse(raw);
  const scope = inspectionScope(ctx);
  const today = todayOf(ctx);
  if (input.dueDate < today)
    throw fieldError(
      'rule_violation',
      'dueDate',
      '整改期限不能早于今天',
      'the deadline cannot be in the past',
    );
  return inTransaction(ctx, async (tx) => {
    const finding = await tx.db
      .selectFrom('inspection_findings')
      .selectAll()
      .where('id', '=', findingId)
      .executeTakeFirst();
    const inspection = finding ? await findInspection(tx, scope, finding.inspection_id) : undefined;
    if (!finding || !inspection) throw notFound();
    if (finding.rectification_item_id)
      throw fieldError(
        'conflict',
        'findingId',
        '该问题已转为整改事项',
        'this finding has already been made a rectification item',
      );
    if (input.assign && inspection.hidden === 1)
      throw fieldError(
        'rule_violation',
        'assign',
        '暗访尚未告知被督察单位，整改事项只能先存为草稿',
        'the unannounced inspection is not disclosed yet: keep the rectification item as a draft',
      );
    const method = INSPECTION_METHOD_LABELS[inspection.method].zh;
    const title =
      input.title ?? `整改：${finding.text.length > 60 ? `${finding.text.slice(0, 60)}…` : finding.text}`;
    let item = await createItem(tx, {
      ledgerId: input.ledgerId,
      title,
      source: 'other',
      sourceRef: `督察发现（${inspection.inspected_on} ${method}）`,
      goal: finding.text,
      priority: 'high',
      startDate: today,
      dueDate: input.dueDate,
      responsibilities: [{ unitId: input.unitId, role: 'lead' }],
    });
    if (input.assign) item = await transitionItem(tx, item.id, { action: 'assign', version: item.version });
    const res = await tx.db
      .updateTable('inspection_findings')
      .set({ rectification_item_id: item.id })
      .where('id', '=', findingId)
      .where('rectification_item_id', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw fieldError(
        'conflict',
        'findingId',
        '该问题已转为整改事项',
        'this finding has already been made a rectification item',
      );
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
          summary: `${item.code} ${title}`,
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
