import type { z } from 'zod';
import type { ItemOut } from '../../../../core/schemas/item.js';
import { JudgementInput } from '../../../../core/schemas/request.js';
import { isOpen } from '../../../../core/status.js';
import type { Ctx } from '../../../context.js';
import { fieldError } from '../../../errors.js';
import { requireSupervisorWrite } from '../../item/item.access.js';
import { loadForWrite, runItemCommand, saveItem } from '../../item/item.kernel.js';

/**
 * The supervisor's judgement of delivery confidence (研判, 5 levels) with a
 * written reason, dated: the third signal of an open item, beside the light
 * and the trajectory. The latest one is kept on the item (filterable); every
 * one is on the timeline.
 */
export async function judgeItem(ctx: Ctx, id: string, raw: z.input<typeof JudgementInput>): Promise<ItemOut> {
  requireSupervisorWrite(ctx);
  const input = JudgementInput.parse(raw);
  return runItemCommand(ctx, async (env) => {
    const before = await loadForWrite(env, id, input.version);
    if (!isOpen(before.item.status))
      throw fieldError('invalid_transition', 'level', '只能研判在办事项', 'only open items are judged');
    const item = {
      ...before.item,
      judgement_level: input.level,
      judgement_reason: input.reason,
      judgement_on: env.today,
      judgement_by: env.tx.user?.displayName ?? null,
      updated_at: env.tx.now.toISOString(),
      version: before.item.version + 1,
    };
    return saveItem(
      env,
      before,
      { ...before, item },
      {
        action: 'item.judge',
        event: { kind: 'judged', payload: { level: input.level, reason: input.reason } },
        audit: {
          before: { level: before.item.judgement_level, reason: before.item.judgement_reason },
          after: { level: input.level, reason: input.reason, on: env.today },
        },
      },
    );
  });
}
