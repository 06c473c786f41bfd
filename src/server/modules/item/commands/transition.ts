import type { z } from 'zod';
import { ACTION_LABELS, STATUS_LABELS } from '../../../../core/labels.js';
import { type ItemOut, TransitionInput } from '../../../../core/schemas/item.js';
import { checkTransition, viaRequest } from '../../../../core/status.js';
import type { Ctx } from '../../../context.js';
import { fieldError, forbidden } from '../../../errors.js';
import { authorize } from '../../access/policy.js';
import { rolesForItem } from '../item.access.js';
import { loadForWrite, runItemCommand, saveItem } from '../item.kernel.js';
import { leadUnitOf } from '../item.state.js';

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
  return runItemCommand(ctx, async (env) => {
    const { tx, today } = env;
    const before = await loadForWrite(env, id, input.version);
    const lead = leadUnitOf(before);
    const from = before.item.status;
    if (viaRequest(input.action, from))
      throw fieldError(
        'invalid_transition',
        'action',
        `${ACTION_LABELS[input.action].zh}须通过申请办理（POST /api/items/:id/requests）`,
        `"${ACTION_LABELS[input.action].en}" happens only through a request (POST /api/items/:id/requests)`,
      );
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
    const item = before.item;
    const to = check.to;
    const next = {
      ...item,
      status: to,
      assigned_on: input.action === 'assign' ? today : item.assigned_on,
      closed_on:
        to === 'completed' || to === 'cancelled' ? today : to === 'in_progress' ? null : item.closed_on,
      updated_at: tx.now.toISOString(),
      version: item.version + 1,
    };
    // 签收: the lead unit taking the item on is its acknowledgement.
    const acknowledging = input.action === 'start' && !!tx.user?.unitId && tx.user.unitId === lead;
    const responsibilities = before.responsibilities.map((r) =>
      acknowledging && r.unit_id === lead && !r.acknowledged_at
        ? { ...r, acknowledged_at: tx.now.toISOString() }
        : r,
    );
    return saveItem(
      env,
      before,
      { ...before, item: next, responsibilities },
      {
        action: `item.${input.action}`,
        event: {
          kind: input.action,
          // The lead unit taking the item on speaks for that unit.
          unitId: acknowledging ? lead : null,
          payload: { from, to, ...(input.comment ? { comment: input.comment } : {}) },
        },
        audit: {
          before: { status: from },
          after: {
            status: next.status,
            comment: input.comment,
            assignedOn: next.assigned_on,
            closedOn: next.closed_on,
          },
        },
      },
    );
  });
}
