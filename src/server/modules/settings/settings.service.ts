import { WorkCalendar } from '../../../core/calendar.js';
import { DEFAULT_LIGHT_SETTINGS, type LightSettings } from '../../../core/light.js';
import type { SettingsPatch } from '../../../core/schemas/settings.js';
import { type Ctx, inTransaction, memoized } from '../../context.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { recomputeAllItems } from '../item/item.recompute.js';
import { readCalendarOverrides, readSettingRows, readSettingsToken, upsertSetting } from './settings.repo.js';

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
  // AUTH-1, the mlps3 profile: 8 characters of three kinds at least, 90 days, not one of the last 5.
  'password.minLength': 8,
  'password.maxAgeDays': 90,
  'password.historySize': 5,
  // Issue 13: a second factor (TOTP) for administrators and supervisors, required unless the
  // office turns it off (the demo district does, to keep its one-command start).
  'mfa.required': 1,
  'mfa.allUsers': 0,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type Settings = { -readonly [K in SettingKey]: number };

export async function readSettings(ctx: Pick<Ctx, 'db'>): Promise<Settings> {
  const rows = await readSettingRows(ctx);
  const out: Settings = { ...SETTING_DEFAULTS };
  for (const r of rows) {
    if (r.key in SETTING_DEFAULTS) out[r.key as SettingKey] = JSON.parse(r.value);
  }
  return out;
}

export async function writeSetting(ctx: Pick<Ctx, 'db'>, key: SettingKey, value: number): Promise<void> {
  await upsertSetting(ctx, key, JSON.stringify(value));
}

/** The settings as of this request: read once, shared by the session check and every service call. */
export function settingsOf(ctx: Ctx): Promise<Settings> {
  return memoized(ctx, 'settings', async () => (await snapshotOf(ctx)).settings);
}

export interface RuleSettings {
  light: LightSettings;
  calendar: WorkCalendar;
}

/** Light settings and the working-day calendar with the office's overrides. */
export async function readRuleSettings(ctx: Pick<Ctx, 'db'>): Promise<RuleSettings> {
  const [s, overrides] = await Promise.all([readSettings(ctx), readCalendarOverrides(ctx)]);
  return toRuleSettings(s, overrides);
}

function toRuleSettings(
  s: Settings,
  overrides: Awaited<ReturnType<typeof readCalendarOverrides>>,
): RuleSettings {
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
  return memoized(ctx, 'rules', async () => (await snapshotOf(ctx)).rules);
}

/**
 * Settings and calendar as of a `settings_version` token (see its migration):
 * every request pays one primary-key read instead of reading and parsing both
 * tables. Keyed by the token alone, which triggers replace with a random value
 * on every change: equal tokens mean equal contents, in any database and any
 * instance, so nothing needs invalidating and no instance serves stale values
 * after another one's write. A few entries (test runs open many databases).
 */
interface Snapshot {
  settings: Settings;
  rules: RuleSettings;
}
const SNAPSHOTS = new Map<string, Snapshot>();
const SNAPSHOTS_KEPT = 16;

function snapshotOf(ctx: Ctx): Promise<Snapshot> {
  return memoized(ctx, 'settingsSnapshot', async () => {
    // The token first, the contents after: a change in between leaves newer contents under an
    // older token, which no later read returns; the other order could keep old contents for good.
    const token = await readSettingsToken(ctx);
    const known = token === null ? undefined : SNAPSHOTS.get(token);
    if (known) return known;
    const [settings, overrides] = await Promise.all([readSettings(ctx), readCalendarOverrides(ctx)]);
    const snapshot = { settings, rules: toRuleSettings(settings, overrides) };
    if (token !== null) {
      if (SNAPSHOTS.size >= SNAPSHOTS_KEPT) SNAPSHOTS.delete(SNAPSHOTS.keys().next().value as string);
      SNAPSHOTS.set(token, snapshot);
    }
    return snapshot;
  });
}

export async function getSettings(ctx: Ctx): Promise<Settings> {
  authorize(ctx, 'settings.read');
  return readSettings(ctx);
}

/** Changes office settings (audited); new light settings recompute every item's thresholds. */
export async function updateSettings(ctx: Ctx, patch: SettingsPatch): Promise<Settings> {
  authorize(ctx, 'settings.write');
  const { before, after } = await inTransaction(ctx, async (tx) => {
    const before = await readSettings(tx);
    for (const [key, value] of Object.entries(patch)) {
      if (key in SETTING_DEFAULTS && typeof value === 'number')
        await writeSetting(tx, key as SettingKey, value);
    }
    const after = await readSettings(tx);
    await appendAudit(tx, {
      action: 'settings.update',
      entity: 'settings',
      entityId: null,
      outcome: 'success',
      before,
      after,
    });
    return { before, after };
  });
  // Lights are stored as threshold dates: new light settings mean new thresholds for every item.
  if (
    before['light.warnWorkingDays'] !== after['light.warnWorkingDays'] ||
    before['light.milestoneRedDays'] !== after['light.milestoneRedDays']
  )
    await recomputeAllItems(ctx, await readRuleSettings(ctx));
  return after;
}
