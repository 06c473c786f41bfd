import { STATUS_LABELS } from '../../../../core/labels.js';
import { checkAsk, checkExtension, REQUEST_KIND_LABELS } from '../../../../core/requests.js';
import { RequestInput, type RequestOut } from '../../../../core/schemas/request.js';
import { type Ctx, inTransaction, todayOf } from '../../../context.js';
import { AppError, fieldError, forbidden } from '../../../errors.js';
import { newId } from '../../../ids.js';
import { authorize, itemScope } from '../../access/policy.js';
import { appendAudit } from '../../audit/audit.repo.js';
import { claimFiles } from '../../file/file.repo.js';
import { fileClaimError } from '../../file/file.service.js';
import { loadForWrite, saveItem } from '../../item/item.kernel.js';
import type { ItemState } from '../../item/item.state.js';
import { ruleSettingsOf } from '../../settings/settings.service.js';
import { appendItemEvent } from '../../timeline/timeline.repo.js';
import { adjustedState, diffOfAdjustment } from '../request.apply.js';
import { askersOf } from '../request.policy.js';
import { chainOf, insertRequest, pendingRequestOf } from '../request.repo.js';
import { getRequest } from '../request.service.js';

/** Everything undone on the roadmap must be done or explained before asking to close. */
function completionProblems(state: ItemState, notes: { milestoneId: string; note: string }[]) {
  const ids = new Set(state.milestones.map((m) => m.id));
  const explained = new Set(notes.map((n) => n.milestoneId));
  const problems = notes
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => !ids.has(n.milestoneId))
    .map(({ i }) => ({
      field: `evidence.milestoneNotes.${i}.milestoneId`,
      zh: '不是本事项的节点',
      en: 'not a milestone of this item',
    }));
  state.milestones.forEach((m, i) => {
    if (!m.done_date && !explained.has(m.id))
      problems.push({
        field: `milestones.${i}`,
        zh: `节点“${m.title}”未完成，须说明原因`,
        en: `milestone "${m.title}" is not done: explain why`,
      });
  });
  return problems;
}

/**
 * Makes a request (延期、调整、办结、撤销申请) on an item: checks who asks and
 * what, copies the ledger's approval chain onto it, and records it on the
 * timeline. Asking to close also moves the item to pending_review (the status
 * a refusal restores is kept on the request). An item has one pending request
 * at a time, so approvals never act on a state another request changed.
 */
export async function submitRequest(ctx: Ctx, itemId: string, raw: RequestInput): Promise<RequestOut> {
  const user = authorize(ctx, 'item.write');
  const input = RequestInput.parse(raw);
  const scope = itemScope(ctx);
  const rules = await ruleSettingsOf(ctx);
  const id = await inTransaction(ctx, async (tx) => {
    const env = { tx, scope, rules, today: todayOf(tx) };
    const before = await loadForWrite(env, itemId, input.version);
    const item = before.item;
    const lead = before.responsibilities.find((r) => r.role === 'lead');
    const check = checkAsk(input.kind, item.status, askersOf(user, lead));
    if (!check.ok) {
      if (check.reason === 'asker_not_allowed') throw forbidden();
      throw fieldError(
        'invalid_transition',
        'kind',
        `当前状态（${STATUS_LABELS[item.status].zh}）下不能提出${REQUEST_KIND_LABELS[input.kind].zh}`,
        `no ${REQUEST_KIND_LABELS[input.kind].en.toLowerCase()} while the item is ${STATUS_LABELS[item.status].en.toLowerCase()}`,
      );
    }
    const pending = await pendingRequestOf(tx, itemId);
    if (pending)
      throw fieldError(
        'conflict',
        'kind',
        `已有${REQUEST_KIND_LABELS[pending.kind].zh}在审批中`,
        `a ${REQUEST_KIND_LABELS[pending.kind].en.toLowerCase()} is already pending`,
      );

    let payload: Record<string, unknown> = {};
    let late = false;
    switch (input.kind) {
      case 'extension': {
        const ext = checkExtension(item.current_due_date, input.newDate, env.today);
        if (!ext.ok)
          throw fieldError(
            'rule_violation',
            'newDate',
            `新的截止日期须晚于现截止日期 ${item.current_due_date}`,
            `the new due date must be after the current due date ${item.current_due_date}`,
          );
        late = ext.requestedAfterDeadline;
        payload = { oldDate: item.current_due_date, newDate: input.newDate };
        break;
      }
      // Checked now against the item as it stands, and again when approved.
      case 'adjustment': {
        // The before/after is kept with the request: the approvers judge what was asked.
        const diff = diffOfAdjustment(before, await adjustedState(env, before, input.changes), input.changes);
        if (!diff.length)
          throw fieldError(
            'rule_violation',
            'changes',
            '调整内容与事项现状相同，没有要调整的内容',
            'the changes are the same as the item as it stands: nothing to adjust',
          );
        payload = { changes: input.changes, diff };
        break;
      }
      case 'completion': {
        const problems = completionProblems(before, input.evidence.milestoneNotes);
        if (problems.length) throw new AppError('rule_violation', problems);
        payload = { evidence: input.evidence };
        break;
      }
      case 'cancellation':
        break;
    }
    const chain = (await chainOf(tx, item.ledger_id)).steps;
    const requestId = newId();
    await insertRequest(tx, {
      id: requestId,
      item_id: itemId,
      kind: input.kind,
      status: 'pending',
      requested_by: user.id,
      requested_by_name: user.displayName,
      unit_id: askersOf(user, lead).includes('lead') ? (lead?.unit_id ?? null) : null,
      requested_at: tx.now.toISOString(),
      requested_on: env.today,
      reason: input.reason,
      payload: JSON.stringify(payload),
      requested_after_deadline: late ? 1 : 0,
      chain: JSON.stringify(chain),
      step: 0,
      waiting_on: chain[0],
      prior_status: item.status,
      decided_at: null,
      version: 1,
    });
    // The final report's attachments become the request's own: kept with it whatever is decided.
    if (input.kind === 'completion') {
      const ids = input.evidence.fileIds;
      if ((await claimFiles(tx, itemId, ids, { kind: 'request', id: requestId })) !== ids.length)
        throw fileClaimError();
    }
    const event = {
      unitId: askersOf(user, lead).includes('lead') ? (lead?.unit_id ?? null) : null,
      payload: {
        requestId,
        requestKind: input.kind,
        ...(input.kind === 'extension' ? { newDate: input.newDate, oldDate: item.current_due_date } : {}),
        ...(late ? { requestedAfterDeadline: true } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.kind === 'completion' ? { comment: input.evidence.statement } : {}),
      },
    };
    if (input.kind === 'completion') {
      // 申请办结: the item waits for the decision in pending_review.
      await saveItem(
        env,
        before,
        {
          ...before,
          item: {
            ...item,
            status: 'pending_review',
            updated_at: tx.now.toISOString(),
            version: item.version + 1,
          },
        },
        {
          action: 'item.request_completion',
          event: { kind: 'request_completion', ...event },
          audit: { before: { status: item.status }, after: { status: 'pending_review', requestId } },
        },
      );
    } else {
      await appendItemEvent(tx, { itemId, kind: 'request_submitted', ...event });
    }
    await appendAudit(tx, {
      action: `request.submit`,
      entity: 'request',
      entityId: requestId,
      outcome: 'success',
      after: { itemId, kind: input.kind, reason: input.reason, payload, chain, requestedAfterDeadline: late },
    });
    return requestId;
  });
  return getRequest(ctx, id);
}
