import type { Ctx } from '../../context.js';

export function readSettingRows(ctx: Pick<Ctx, 'db'>) {
  return ctx.db.selectFrom('settings').selectAll().execute();
}

export async function upsertSetting(ctx: Pick<Ctx, 'db'>, key: string, value: string): Promise<void> {
  await ctx.db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** The token that changes with every write to settings or calendar overrides; null before its migration's row exists. */
export async function readSettingsToken(ctx: Pick<Ctx, 'db'>): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('settings_version')
    .select('token')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.token ?? null;
}

/** The office's own holidays and make-up working days, over the published table. */
export function readCalendarOverrides(ctx: Pick<Ctx, 'db'>) {
  return ctx.db.selectFrom('calendar_overrides').select(['date', 'kind']).execute();
}

/** A cheap statement that proves the database answers (the health check). */
export async function pingDatabase(ctx: Pick<Ctx, 'db'>): Promise<void> {
  await ctx.db.selectFrom('settings').select('key').limit(1).execute();
}
