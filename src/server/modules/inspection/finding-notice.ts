import { INSPECTION_METHOD_LABELS } from '../../../core/inspection.js';
import { FindingNoticeInput } from '../../../core/schemas/inspection.js';
import type { NoticeOut } from '../../../core/schemas/notice.js';
import { type Ctx, inTransaction } from '../../context.js';
import { fieldError, notFound } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { issueNotice } from '../notice/notice.service.js';
import { findInspection } from './inspection.repo.js';
import { inspectionScope } from './inspection.scope.js';

/**
 * From finding to notice in one step: a finding about an item becomes a
 * notice (督察通知单, or a 催办单 / 督办通知单) to the inspected unit — numbered,
 * answered and reviewed like any notice — and the finding links to it. Each
 * finding becomes at most one notice. A notice tells the unit, so an
 * unannounced inspection still hidden from it cannot send one yet.
 */
export async function noticeFromFinding(ctx: Ctx, findingId: string, raw: unknown): Promise<NoticeOut> {
  authorize(ctx, 'inspection.write');
  const input = FindingNoticeInput.parse(raw);
  const scope = inspectionScope(ctx);
  return inTransaction(ctx, async (tx) => {
    const finding = await tx.db
      .selectFrom('inspection_findings')
      .selectAll()
      .where('id', '=', findingId)
      .executeTakeFirst();
    const inspection = finding ? await findInspection(tx, scope, finding.inspection_id) : undefined;
    if (!finding || !inspection) throw notFound();
    if (finding.notice_id)
      throw fieldError('conflict', 'notice', '已下发通知单', 'a notice was already issued');
    if (!finding.item_id)
      throw fieldError(
        'rule_violation',
        'itemId',
        '该发现未关联事项，通知单须针对具体事项',
        'the finding names no item; a notice is about items',
      );
    if (inspection.hidden === 1)
      throw fieldError(
        'rule_violation',
        'notice',
        '暗访尚未告知被督察单位，请先告知再下发通知单',
        'the unannounced inspection is not disclosed yet: disclose it before sending a notice',
      );
    const method = INSPECTION_METHOD_LABELS[inspection.method].zh;
    const notice = await issueNotice(tx, {
      kind: input.kind,
      unitId: inspection.unit_id,
      itemIds: [finding.item_id],
      findings: `${inspection.inspected_on}${method}发现：${finding.text}`,
      requiredActions: input.requiredActions,
      replyDue: input.replyDue,
    });
    const res = await tx.db
      .updateTable('inspection_findings')
      .set({ notice_id: notice.id })
      .where('id', '=', findingId)
      .where('notice_id', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw fieldError('conflict', 'notice', '已下发通知单', 'a notice was already issued');
    await appendAudit(tx, {
      action: 'inspection.notice',
      entity: 'inspection',
      entityId: inspection.id,
      outcome: 'success',
      after: { findingId, noticeId: notice.id, number: notice.number },
    });
    return notice;
  });
}
