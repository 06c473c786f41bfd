import type { z } from 'zod';
import type { AcknowledgeInput, ItemOut } from '../../../../core/schemas/item.js';
import { AcknowledgeInput as Schema } from '../../../../core/schemas/item.js';
import type { Ctx } from '../../../context.js';
import { AppError, fieldError } from '../../../errors.js';
import { authorize } from '../../access/policy.js';
import { loadForWrite, runItemCommand, saveItem } from '../item.kernel.js';

/** An assignment is acknowledged while it is open for work: once assigned, until it is closed or paused. */
const ACKNOWLEDGEABLE = ['assigned', 'in_progress'];

/**
 * 签收: a user of a responsible unit (lead, undertaking or cooperating)
 * acknowledges the assignment for their unit. The lead unit also acknowledges
 * by starting the item (`transition.ts`); this is how every other unit does.
 */
export async function acknowledgeItem(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof AcknowledgeInput>,
): Promise<ItemOut> {
  const user = authorize(ctx, 'item.acknowledge');
  const input = Schema.parse(raw);
  return runItemCommand(ctx, async (env) => {
    const { tx } = env;
    const before = await loadForWrite(env, id, input.version);
    if (!ACKNOWLEDGEABLE.includes(before.item.status))
      throw fieldError(
        'invalid_transition',
        'status',
        '事项交办后、办结前方可签收',
        'an item is acknowledged after it is assigned and before it is closed',
      );
    const own = before.responsibilities.filter((r) => r.unit_id === user.unitId);
    // The scope lets a unit user reach only items their unit shares, so `own` is never empty here.
    if (own.length === 0) throw new AppError('not_found');
    if (own.every((r) => r.acknowledged_at))
      throw fieldError(
        'conflict',
        'unit',
        '本单位已签收该事项',
        'your unit has already acknowledged this item',
      );
    const at = tx.now.toISOString();
    const responsibilities = before.responsibilities.map((r) =>
      r.unit_id === user.unitId && !r.acknowledged_at ? { ...r, acknowledged_at: at } : r,
    );
    const item = { ...before.item, updated_at: at, version: before.item.version + 1 };
    return saveItem(
      env,
      before,
      { ...before, item, responsibilities },
      {
        action: 'item.acknowledge',
        event: {
          kind: 'acknowledged',
          unitId: user.unitId,
          payload: { role: own[0].role, ...(input.comment ? { comment: input.comment } : {}) },
        },
        audit: { before: { acknowledgedAt: null }, after: { unitId: user.unitId, acknowledgedAt: at } },
      },
    );
  });
}
