import type { z } from 'zod';
import type {
  CalendarOverrideInput,
  CalendarOverrideOut,
  CheckbackOut,
  LightChangeOut,
} from '../../../core/schemas/supervision.js';
import { type Ctx, inTransaction } from '../../context.js';
import { notFound } from '../../errors.js';
import { authorize, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { lightHistoryOf } from '../item/item.light-history.js';
import { recomputeAllItems } from '../item/item.recompute.js';
import { findItem } from '../item/item.repo.js';
import { readRuleSettings } from '../settings/settings.service.js';
import {
  checkbacksOf,
  deleteCalendarOverride,
  listCalendarOverrides,
  toCheckbackOut,
  upsertCalendarOverride,
} from './supervision.repo.js';

/**
 * What supervisors and leaders decide beyond requests: judgement, check-backs,
 * decomposition (commands in `commands/`), the light's history, and the
 * office's working-day calendar.
 */
export { planCheckback, recordCheckback } from './commands/checkback.js';
export { judgeItem } from './commands/judge.js';
export { splitItem } from './commands/split.js';

async function assertItemInScope(ctx: Ctx, itemId: string) {
  if (!(await findItem(ctx, itemScope(ctx), itemId))) throw notFound();
}

export async function listCheckbacks(
  ctx: Ctx,
  itemId: string,
): Promise<{ items: CheckbackOut[]; total: number }> {
  await assertItemInScope(ctx, itemId);
  const items = (await checkbacksOf(ctx, itemId)).map(toCheckbackOut);
  return { items, total: items.length };
}

/** The light's history of an item, oldest first: the facts behind "as of" answers and trends. */
export async function lightHistory(
  ctx: Ctx,
  itemId: string,
): Promise<{ items: LightChangeOut[]; total: number }> {
  await assertItemInScope(ctx, itemId);
  const items = (await lightHistoryOf(ctx, itemId)).map((r) => ({
    onDate: r.on_date,
    at: r.at,
    from: r.from_light,
    to: r.to_light,
    cause: r.cause,
    reasons: JSON.parse(r.reasons) as string[],
  }));
  return { items, total: items.length };
}

export async function calendarOverrides(ctx: Ctx): Promise<{ items: CalendarOverrideOut[]; total: number }> {
  authorize(ctx, 'settings.read');
  const items = await listCalendarOverrides(ctx);
  return { items, total: items.length };
}

/**
 * Sets or removes the office's own ruling on a day (a holiday, or a make-up
 * working day). Lights are stored as threshold dates counted in working days,
 * so every item's lights are recomputed after the change.
 */
export async function setCalendarOverride(
  ctx: Ctx,
  date: string,
  input: z.output<typeof CalendarOverrideInput> | null,
): Promise<CalendarOverrideOut | null> {
  authorize(ctx, 'settings.write');
  const out = await inTransaction(ctx, async (tx) => {
    const before = (await listCalendarOverrides(tx)).find((o) => o.date === date) ?? null;
    if (input) await upsertCalendarOverride(tx, { date, ...input });
    else if (!(await deleteCalendarOverride(tx, date))) throw notFound();
    const after = input ? { date, ...input } : null;
    await appendAudit(tx, {
      action: input ? 'calendar.set' : 'calendar.delete',
      entity: 'calendar',
      entityId: date,
      outcome: 'success',
      before,
      after,
    });
    return after;
  });
  await recomputeAllItems(ctx, await readRuleSettings(ctx));
  return out;
}
