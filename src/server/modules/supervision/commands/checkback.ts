import type { z } from 'zod';
import {
  type CheckbackOut,
  CheckbackPlanInput,
  CheckbackResultInput,
} from '../../../../core/schemas/supervision.js';
import { type Ctx, inTransaction, todayOf } from '../../../context.js';
import { fieldError, notFound, staleVersion } from '../../../errors.js';
import { newId } from '../../../ids.js';
import { itemScope } from '../../access/policy.js';
import { appendAudit } from '../../audit/audit.repo.js';
import { requireSupervisorWrite } from '../../item/item.access.js';
import { loadForWrite, saveItem } from '../../item/item.kernel.js';
import { ruleSettingsOf } from '../../settings/settings.service.js';
import { appendItemEvent } from '../../timeline/timeline.repo.js';
import {
  findCheckback,
  insertCheckback,
  toCheckbackOut,
  updateCheckbackIfVersion,
} from '../supervision.repo.js';

/** Plans a follow-up check (回头看) of a completed item on a date. */
export async function planCheckback(
  ctx: Ctx,
  itemId: string,
  raw: z.input<typeof CheckbackPlanInput>,
): Promise<CheckbackOut> {
  requireSupervisorWrite(ctx);
  const input = CheckbackPlanInput.parse(raw);
  const scope = itemScope(ctx);
  return inTransaction(ctx, async (tx) => {
    const state = await loadForWrite({ tx, scope }, itemId);
    if (state.item.status !== 'completed')
      throw fieldError(
        'invalid_transition',
        'plannedOn',
        '只有已办结事项安排回头看',
        'only completed items get a check-back',
      );
    if (state.item.closed_on && input.plannedOn < state.item.closed_on)
      throw fieldError(
        'rule_violation',
        'plannedOn',
        '回头看日期不能早于办结日期',
        'the check-back cannot be before the closing day',
      );
    const row = {
      id: newId(),
      item_id: itemId,
      planned_on: input.plannedOn,
      done_on: null,
      findings: null,
      reopened: 0,
      planned_by_name: tx.user?.displayName ?? '',
      done_by_name: null,
      version: 1,
    };
    await insertCheckback(tx, row);
    await appendItemEvent(tx, { itemId, kind: 'checkback_planned', payload: { plannedOn: input.plannedOn } });
    await appendAudit(tx, {
      action: 'checkback.plan',
      entity: 'checkback',
      entityId: row.id,
      outcome: 'success',
      after: row,
    });
    return toCheckbackOut(row);
  });
}

/**
 * Records what a check-back found. Findings that show the work undone reopen
 * the item (back to in_progress, with its light) through the kernel.
 */
export async function recordCheckback(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof CheckbackResultInput>,
): Promise<CheckbackOut> {
  requireSupervisorWrite(ctx);
  const input = CheckbackResultInput.parse(raw);
  const scope = itemScope(ctx);
  const rules = await ruleSettingsOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await findCheckback(tx, scope, id);
    if (!row) throw notFound();
    if (row.done_on)
      throw fieldError(
        'invalid_transition',
        'findings',
        '该回头看已记录',
        'this check-back is already recorded',
      );
    if (row.version !== input.version) throw staleVersion();
    const today = todayOf(tx);
    const next = {
      ...row,
      done_on: today,
      findings: input.findings,
      reopened: input.reopen ? 1 : 0,
      done_by_name: tx.user?.displayName ?? null,
      version: row.version + 1,
    };
    if (!(await updateCheckbackIfVersion(tx, next, row.version))) throw staleVersion();
    const payload = { plannedOn: row.planned_on, findings: input.findings, reopened: input.reopen };
    if (input.reopen) {
      const env = { tx, scope, rules, today };
      const before = await loadForWrite(env, row.item_id);
      if (before.item.status !== 'completed')
        throw fieldError('invalid_transition', 'reopen', '事项不在已办结状态', 'the item is not completed');
      await saveItem(
        env,
        before,
        {
          ...before,
          item: {
            ...before.item,
            status: 'in_progress',
            closed_on: null,
            updated_at: tx.now.toISOString(),
            version: before.item.version + 1,
          },
        },
        {
          action: 'item.reopen',
          event: { kind: 'checkback_done', payload },
          audit: { before: { status: 'completed' }, after: { status: 'in_progress', checkbackId: id } },
        },
      );
    } else await appendItemEvent(tx, { itemId: row.item_id, kind: 'checkback_done', payload });
    await appendAudit(tx, {
      action: 'checkback.record',
      entity: 'checkback',
      entityId: id,
      outcome: 'success',
      before: row,
      after: next,
    });
    return toCheckbackOut(next);
  });
}
