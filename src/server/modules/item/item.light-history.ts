import type { Light } from '../../../core/enums.js';
import { explainLight, type LightReason, lightAt } from '../../../core/light.js';
import type { Ctx } from '../../context.js';
import { todayOf } from '../../context.js';
import type { DbHandle } from '../../db/database.js';
import type { ItemsTable } from '../../db/schema.js';
import type { Job } from '../../platform/job-scheduler.js';
import { systemCtx } from '../../system.js';
import type { RuleSettings } from '../settings/settings.service.js';

/**
 * The light's history per item (`item_light_history`): every change of colour,
 * the day it took effect, what it was and became, and why — the write that
 * changed the item's facts (its timeline kind), or `time` when days passing
 * did. Lights worsen with time without any write, so those changes are
 * recorded lazily: before a write records its own change, and by a daily job.
 */

type LightRow = Pick<ItemsTable, 'id' | 'lit' | 'yellow_from' | 'red_from'>;

const ORDER: Light[] = ['green', 'yellow', 'red'];

/** The light of a stored row as of `asOf` (null: no light). */
export function storedLight(row: LightRow, asOf: string): Light | null {
  if (!row.lit || !row.yellow_from || !row.red_from) return null;
  return lightAt({ yellowFrom: row.yellow_from, redFrom: row.red_from }, asOf);
}

async function lastRecorded(ctx: Ctx, itemId: string): Promise<Light | null | undefined> {
  const row = await ctx.db
    .selectFrom('item_light_history')
    .select('to_light')
    .where('item_id', '=', itemId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? (row.to_light as Light | null) : undefined;
}

async function insertChange(
  ctx: Ctx,
  itemId: string,
  change: { on: string; from: Light | null; to: Light | null; cause: string; reasons?: LightReason[] },
) {
  await ctx.db
    .insertInto('item_light_history')
    .values({
      item_id: itemId,
      on_date: change.on,
      at: ctx.now.toISOString(),
      from_light: change.from,
      to_light: change.to,
      cause: change.cause,
      reasons: JSON.stringify((change.reasons ?? []).map((r) => r.code)),
    })
    .execute();
}

/**
 * Records what days passing did to a stored row since its last recorded light:
 * green → yellow on `yellow_from`, yellow → red on `red_from`. Returns the
 * light the history now ends with.
 */
export async function catchUpLight(ctx: Ctx, row: LightRow, today: string): Promise<Light | null> {
  const now = storedLight(row, today);
  const last = await lastRecorded(ctx, row.id);
  if (last === undefined) {
    // No history yet (an item older than the history): its light today is the start.
    if (now) await insertChange(ctx, row.id, { on: today, from: null, to: now, cause: 'recorded' });
    return now;
  }
  if (last === now) return now;
  const a = last ? ORDER.indexOf(last) : -1;
  const b = now ? ORDER.indexOf(now) : -1;
  if (a >= 0 && b > a) {
    for (let i = a + 1; i <= b; i++) {
      const to = ORDER[i];
      const on = (to === 'red' ? row.red_from : row.yellow_from) as string;
      await insertChange(ctx, row.id, { on, from: ORDER[i - 1], to, cause: 'time' });
    }
  } else await insertChange(ctx, row.id, { on: today, from: last, to: now, cause: 'time' });
  return now;
}

/**
 * Called by the kernel for every save: catches up on time, then records the
 * change the write made, caused by the write's timeline kind.
 */
export async function recordLightChange(
  ctx: Ctx,
  rules: RuleSettings,
  before: ItemsTable | null,
  after: ItemsTable,
  openMilestoneDates: string[],
  cause: string,
  today: string,
): Promise<void> {
  const now = storedLight(after, today);
  // An item without a light before (a draft, a suspended or closed one) has no time-driven change to catch up on.
  const was = before && storedLight(before, today) ? await catchUpLight(ctx, before, today) : null;
  if (was === now) return;
  const reasons = now
    ? explainLight(
        { status: after.status, dueDate: after.current_due_date, openMilestoneDates },
        today,
        rules.light,
        rules.calendar,
      )
    : [];
  await insertChange(ctx, after.id, { on: today, from: was, to: now, cause, reasons });
}

/** The daily sweep: every lit item whose threshold has passed gets its time-driven changes recorded. */
export async function recordDateDrivenLights(ctx: Ctx): Promise<number> {
  const today = todayOf(ctx);
  let after = '';
  let count = 0;
  for (;;) {
    const rows = await ctx.db
      .selectFrom('items')
      .select(['id', 'lit', 'yellow_from', 'red_from'])
      .where('lit', '=', 1)
      .where('yellow_from', '<=', today)
      .where('id', '>', after)
      .orderBy('id')
      .limit(500)
      .execute();
    if (!rows.length) return count;
    await ctx.db.transaction().execute(async (trx) => {
      for (const r of rows) await catchUpLight({ ...ctx, db: trx }, r, today);
    });
    count += rows.length;
    after = rows[rows.length - 1].id;
  }
}

/** The job that runs the sweep once a day, on one instance. */
export function lightHistoryJob(handle: DbHandle): Job {
  return {
    name: 'lights.record',
    everyMs: 24 * 60 * 60 * 1000,
    run: async (at) => {
      await recordDateDrivenLights(systemCtx(handle, at));
    },
  };
}

/** An item's light history, oldest first. */
export async function lightHistoryOf(ctx: Ctx, itemId: string) {
  return ctx.db
    .selectFrom('item_light_history')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('seq')
    .execute();
}
