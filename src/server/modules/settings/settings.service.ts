import { WorkCalendar } from '../../../core/calendar.js';
import { DEFAULT_LIGHT_SETTINGS, type LightSettings } from '../../../core/light.js';
import { type Ctx, memoized } from '../../context.js';

/**
 * Office-wide settings, stored as JSON values under dotted keys. Defaults here
 * hold until an administrator changes them.
 */
export const SETTING_DEFAULTS = {
  'light.warnWorkingDays': DEFAULT_LIGHT_SETTINGS.warnWorkingDays,
  'light.milestoneRedDays': DEFAULT_LIGHT_SETTINGS.milestoneRedDays,
  // DESIGN: sessions end after 30 minutes idle and 12 hours in all.
  'session.idleMinutes': 30,
  'session.maxHours': 12,
  // Five failed logins in a row lock the account for 30 minutes.
  'security.lockoutThreshold': 5,
  'security.lockoutMinutes': 30,
  // FILE-1: attachments (photos, scans, documents) up to 20 MB each.
  'files.maxMegabytes': 20,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type Settings = { -readonly [K in SettingKey]: number };

export async function readSettings(ctx: Pick<Ctx, 'db'>): Promise<Settings> {
  const rows = await ctx.db.selectFrom('settings').selectAll().execute();
  const out: Settings = { ...SETTING_DEFAULTS };
  for (const r of rows) {
    if (r.key in SETTING_DEFAULTS) out[r.key as SettingKey] = JSON.parse(r.value);
  }
  return out;
}

export async function writeSetting(ctx: Pick<Ctx, 'db'>, key: SettingKey, value: number): Promise<void> {
  await ctx.db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}

export interface RuleSettings {
  light: LightSettings;
  calendar: WorkCalendar;
}

/** Light settings and the working-day calendar with the office's overrides. */
export async function readRuleSettings(ctx: Pick<Ctx, 'db'>): Promise<RuleSettings> {
  const [s, overrides] = await Promise.all([
    readSettings(ctx),
    ctx.db.selectFrom('calendar_overrides').select(['date', 'kind']).execute(),
  ]);
  return {
    light: {
      warnWorkingDays: s['light.warnWorkingDays'],
      milestoneRedDays: s['light.milestoneRedDays'],
    },
    calendar: new WorkCalendar(overrides),
  };
}

/** The rule settings as of this request: read once, shared by every service call in it. */
export function ruleSettingsOf(ctx: Ctx): Promise<RuleSettings> {
  return memoized(ctx, 'rules', () => readRuleSettings(ctx));
}
