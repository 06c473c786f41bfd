import { STATUS_LABELS } from '../../../../core/labels.js';
import {
  type ApprovalStep,
  judgedDueAfterExtension,
  REQUEST_RULES,
  type RequestKind,
} from '../../../../core/requests.js';
import { AdjustmentChanges, DecisionInput, type RequestOut } from '../../../../core/schemas/request.js';
import { closedOnTime, judgedDue } from '../../../../core/status.js';
import { type Ctx, inTransaction, todayOf } from '../../../context.js';
import type { ItemRequestsTable } from '../../../db/schema.js';
import { fieldError, forbidden, notFound, staleVersion } from '../../../errors.js';
import { authorize, itemScope } from '../../access/policy.js';
import { appendAudit } from '../../audit/audit.repo.js';
import { type CommandEnv, loadForWrite, saveItem } from '../../item/item.kernel.js';
import { changedFields, type ItemState } from '../../item/item.state.js';
import { ruleSettingsOf } from '../../settings/settings.service.js';
import { appendItemEvent } from '../../timeline/timeline.repo.js';
import { adjustedState } from '../request.apply.js';
import { decidesStep } from '../request.policy.js';
import { findRequest, insertDecision, updateRequestIfVersion } from '../request.repo.js';
import { getRequest } from '../request.service.js';

const ratingRequired = () =>
  fieldError('validation', 'rating', '办结须给出评价（1–5 级）', 'closing needs a rating (1–5)');

/**
 * One step's decision on a request, by the person or role the step names
 * (request.policy.ts). Approving moves the request to its next step; the last
 * approval applies it to the item through the kernel. Refusing ends it, says
 * why, and restores the item's previous status (a completion request refused
 * is 退办: back to work, the reason on the item's page).
 */
export async function decideRequest(ctx: Ctx, requestId: string, raw: DecisionInput): Promise<RequestOut> {
  const user = authorize(ctx, 'item.read');
  const input = DecisionInput.parse(raw);
  const scope = itemScope(ctx);
  const rules = await ruleSettingsOf(ctx);
  await inTransaction(ctx, async (tx) => {
    const env: CommandEnv = { tx, scope, rules, today: todayOf(tx) };
    const req = await findRequest(tx, scope, requestId);
    if (!req) throw notFound();
    if (req.status !== 'pending')
      throw fieldError(
        'invalid_transition',
        'decision',
        '该申请已审批完毕',
        'the request is already decided',
      );
    if (req.version !== input.version) throw staleVersion();
    const chain = JSON.parse(req.chain) as ApprovalStep[];
    const stepKind = chain[req.step];
    const before = await loadForWrite(env, req.item_id);
    const lead = before.responsibilities.find((r) => r.role === 'lead');
    if (!decidesStep(user, stepKind, lead, req.requested_by)) throw forbidden();
    if (!input.comment && input.decision === 'refuse')
      throw fieldError('validation', 'comment', '不予批准须说明理由', 'say why the request is refused');
    const last = req.step === chain.length - 1;
    // The supervisor closes with a rating; a chain without a supervisor leaves it to its last step.
    const closing =
      req.kind === 'completion' &&
      input.decision === 'approve' &&
      (stepKind === 'supervisor' || (last && !chain.includes('supervisor')));
    if (closing && !input.rating) throw ratingRequired();
    if (closing && !input.comment)
      throw fieldError('validation', 'comment', '评价须说明理由', 'give the reason for the rating');

    await insertDecision(tx, {
      request_id: req.id,
      step: req.step,
      step_kind: stepKind,
      decision: input.decision,
      comment: input.comment,
      rating: closing ? (input.rating ?? null) : null,
      decided_by: user.id,
      decided_by_name: user.displayName,
      at: tx.now.toISOString(),
    });
    const done = input.decision === 'refuse' || last;
    const next: Pick<ItemRequestsTable, 'id' | 'status' | 'step' | 'waiting_on' | 'decided_at' | 'version'> =
      {
        id: req.id,
        status: input.decision === 'refuse' ? 'refused' : last ? 'approved' : 'pending',
        step: done ? chain.length : req.step + 1,
        waiting_on: done ? null : chain[req.step + 1],
        decided_at: done ? tx.now.toISOString() : null,
        version: req.version + 1,
      };
    if (!(await updateRequestIfVersion(tx, next, req.version))) throw staleVersion();
    const common = {
      requestId: req.id,
      requestKind: req.kind,
      stepKind,
      ...(input.comment ? { comment: input.comment } : {}),
    };
    await appendAudit(tx, {
      action: `request.${input.decision}`,
      entity: 'request',
      entityId: req.id,
      outcome: 'success',
      before: { status: req.status, step: req.step },
      after: { status: next.status, step: next.step, comment: input.comment, rating: input.rating },
    });

    if (input.decision === 'refuse') {
      if (req.kind === 'completion' && before.item.status === 'pending_review') {
        // 退办: back to the status it was in when the unit asked.
        await saveItem(
          env,
          before,
          { ...before, item: bump(before, env, { status: req.prior_status }) },
          {
            action: 'item.return',
            event: { kind: 'return', payload: { from: 'pending_review', to: req.prior_status, ...common } },
            audit: {
              before: { status: 'pending_review' },
              after: { status: req.prior_status, requestId: req.id },
            },
          },
        );
      } else await appendItemEvent(tx, { itemId: req.item_id, kind: 'request_refused', payload: common });
      return;
    }
    if (!last) {
      await appendItemEvent(tx, { itemId: req.item_id, kind: 'request_step_approved', payload: common });
      return;
    }
    await applyRequest(env, before, req, common, input.rating ?? null);
  });
  return getRequest(ctx, requestId);
}

function bump(state: ItemState, env: CommandEnv, changes: Partial<ItemState['item']>): ItemState['item'] {
  return {
    ...state.item,
    ...changes,
    updated_at: env.tx.now.toISOString(),
    version: state.item.version + 1,
  };
}

/** The item must still be where the request found it (nothing else may have moved it meanwhile). */
function assertStillApplicable(kind: RequestKind, state: ItemState) {
  const from = kind === 'completion' ? ['pending_review'] : REQUEST_RULES[kind].from;
  if (!from.includes(state.item.status))
    throw fieldError(
      'invalid_transition',
      'decision',
      `事项当前状态（${STATUS_LABELS[state.item.status].zh}）下不能批准该申请`,
      `the request cannot be approved while the item is ${STATUS_LABELS[state.item.status].en.toLowerCase()}`,
    );
}

/** The last approval: what the request asked for happens to the item, through the kernel. */
async function applyRequest(
  env: CommandEnv,
  before: ItemState,
  req: ItemRequestsTable,
  common: Record<string, unknown>,
  ratingGiven: number | null,
): Promise<void> {
  assertStillApplicable(req.kind, before);
  const payload = JSON.parse(req.payload) as Record<string, unknown>;
  const item = before.item;
  switch (req.kind) {
    case 'extension': {
      const newDate = payload.newDate as string;
      const late = req.requested_after_deadline === 1;
      const next = bump(before, env, {
        current_due_date: newDate,
        extension_count: item.extension_count + 1,
        judged_due_date: judgedDueAfterExtension(item.judged_due_date, item.current_due_date, late),
      });
      await saveItem(
        env,
        before,
        { ...before, item: next },
        {
          action: 'item.extend',
          event: {
            kind: 'extension_granted',
            payload: { ...common, oldDate: item.current_due_date, newDate, requestedAfterDeadline: late },
          },
          audit: {
            before: { currentDueDate: item.current_due_date, judgedDueDate: item.judged_due_date },
            after: { currentDueDate: newDate, judgedDueDate: next.judged_due_date, requestId: req.id },
          },
        },
      );
      return;
    }
    case 'adjustment': {
      const changes = AdjustmentChanges.parse(payload.changes);
      const next = await adjustedState(env, before, changes);
      await saveItem(env, before, next, {
        action: 'item.adjust',
        event: { kind: 'adjusted', payload: { ...common, fields: changedFields(before, next) } },
      });
      return;
    }
    case 'completion': {
      // The rating comes from the supervisor's step, which may not be the last one.
      const rated = await ratingOfRequest(env, req.id, ratingGiven);
      const next = bump(before, env, {
        status: 'completed',
        closed_on: env.today,
        closing_rating: rated.rating,
        closing_comment: rated.comment,
      });
      const onTime = closedOnTime({
        status: 'completed',
        closedOn: env.today,
        dueDate: next.current_due_date,
        judgedDueDate: next.judged_due_date,
      });
      await saveItem(
        env,
        before,
        { ...before, item: next },
        {
          action: 'item.approve_completion',
          event: {
            kind: 'approve_completion',
            payload: {
              ...common,
              from: 'pending_review',
              to: 'completed',
              rating: rated.rating,
              onTime,
              judgedBy: judgedDue({ dueDate: next.current_due_date, judgedDueDate: next.judged_due_date }),
            },
          },
          audit: {
            before: { status: 'pending_review' },
            after: {
              status: 'completed',
              closedOn: env.today,
              rating: rated.rating,
              onTime,
              requestId: req.id,
            },
          },
        },
      );
      return;
    }
    case 'cancellation': {
      const next = bump(before, env, { status: 'cancelled', closed_on: env.today });
      await saveItem(
        env,
        before,
        { ...before, item: next },
        {
          action: 'item.cancel',
          event: { kind: 'cancel', payload: { ...common, from: item.status, to: 'cancelled' } },
          audit: { before: { status: item.status }, after: { status: 'cancelled', requestId: req.id } },
        },
      );
      return;
    }
  }
}

async function ratingOfRequest(env: CommandEnv, requestId: string, given: number | null) {
  const row = await env.tx.db
    .selectFrom('request_decisions')
    .select(['rating', 'comment'])
    .where('request_id', '=', requestId)
    .where('rating', 'is not', null)
    .orderBy('seq', 'desc')
    .executeTakeFirst();
  if (!row?.rating && !given) throw ratingRequired();
  return { rating: row?.rating ?? given, comment: row?.comment ?? null };
}
