import type { z } from 'zod';
import type { ItemStatus } from '../../../core/enums.js';
import { ACTION_LABELS, STATUS_LABELS } from '../../../core/labels.js';
import { type ItemOut, TransitionInput } from '../../../core/schemas/item.js';
import { checkTransition } from '../../../core/status.js';
import { type Ctx, inTransaction } from '../../context.js';
import type { ItemsTable } from '../../db/schema.js';
import { fieldError, forbidden, notFound, staleVersion } from '../../errors.js';
import { authorize, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { readRuleSettings } from '../settings/settings.service.js';
import { findItem } from './item.repo.js';
import { getItem, rolesForItem } from './item.service.js';
import { todayOf } from './item.validate.js';
import { refreshDerived } from './item.write.js';

/**
 * Moves an item along its lifecycle (core/status.ts decides what is allowed)
 * and records the dates that belong to the move: assignment day, closing day.
 */
export async function transitionItem(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof TransitionInput>,
): Promise<ItemOut> {
  authorize(ctx, 'item.read');
  const input = TransitionInput.parse(raw);
  const scope = itemScope(ctx);
  const rules = await readRuleSettings(ctx);
  await inTransaction(ctx, async (tx) => {
    const row = await findItem(tx, scope, id);
    if (!row) throw notFound();
    if (row.version !== input.version) throw staleVersion();
    const resps = await tx.db
      .selectFrom('responsibilities')
      .select(['unit_id', 'role'])
      .where('item_id', '=', id)
      .execute();
    const lead = resps.find((r) => r.role === 'lead')?.unit_id ?? null;
    const from = row.status as ItemStatus;
    const check = checkTransition(from, input.action, rolesForItem(tx, lead));
    if (!check.ok) {
      if (check.reason === 'role_not_allowed') throw forbidden();
      throw fieldError(
        'invalid_transition',
        'action',
        `当前状态（${STATUS_LABELS[from].zh}）下不能${ACTION_LABELS[input.action].zh}`,
        `"${ACTION_LABELS[input.action].en}" is not possible while the item is ${STATUS_LABELS[from].en.toLowerCase()}`,
      );
    }
    if (input.action === 'assign' && !lead)
      throw fieldError(
        'rule_violation',
        'responsibilities',
        '交办前须指定牵头单位',
        'name a lead unit before assigning',
      );
    const today = todayOf(tx);
    const { ledger_name, child_count, ...item } = row;
    const next: ItemsTable = {
      ...item,
      status: check.to,
      assigned_on: input.action === 'assign' ? today : item.assigned_on,
      closed_on:
        check.to === 'completed' || check.to === 'cancelled'
          ? today
          : check.to === 'in_progress'
            ? null
            : item.closed_on,
      progress: check.to === 'completed' ? 100 : item.progress,
      updated_at: tx.now.toISOString(),
      version: item.version + 1,
    };
    const res = await tx.db
      .updateTable('items')
      .set({
        status: next.status,
        assigned_on: next.assigned_on,
        closed_on: next.closed_on,
        progress: next.progress,
        updated_at: next.updated_at,
        version: next.version,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
    // 签收: the lead unit taking the item on is its acknowledgement.
    if (input.action === 'start' && tx.user?.unitId && tx.user.unitId === lead)
      await tx.db
        .updateTable('responsibilities')
        .set({ acknowledged_at: tx.now.toISOString() })
        .where('item_id', '=', id)
        .where('unit_id', '=', lead)
        .where('acknowledged_at', 'is', null)
        .execute();
    await refreshDerived(tx, next, rules);
    await appendAudit(tx, {
      action: `item.${input.action}`,
      entity: 'item',
      entityId: id,
      outcome: 'success',
      before: { status: from },
      after: {
        status: next.status,
        comment: input.comment,
        assignedOn: next.assigned_on,
        closedOn: next.closed_on,
      },
    });
  });
  return getItem(ctx, id);
}
