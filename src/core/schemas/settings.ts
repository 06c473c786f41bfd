import { z } from 'zod';

/** Office settings by dotted key (`light.warnWorkingDays`, …); every value is a number. */
export const SettingsOut = z.record(z.string(), z.number());
export type SettingsOut = z.infer<typeof SettingsOut>;

/**
 * Each setting's bounds, [min, max]. Those of the session, lockout and
 * password policy are what a level-3 assessment (GB/T 22239-2019, mlps3)
 * accepts: a session idle for at most 30 minutes and lasting at most a day,
 * at most 10 failures before a lockout of at least 10 minutes, passwords of
 * at least 8 characters changed at least twice a year, the last 3 or more
 * not reused. The web's forms offer the same ranges.
 */
export const SETTING_BOUNDS = {
  'light.warnWorkingDays': [0, 30],
  'light.milestoneRedDays': [0, 90],
  'session.idleMinutes': [5, 30],
  'session.maxHours': [1, 24],
  'security.lockoutThreshold': [3, 10],
  'security.lockoutMinutes': [10, 1440],
  'files.maxMegabytes': [1, 200],
  'password.minLength': [8, 64],
  'password.maxAgeDays': [30, 180],
  'password.historySize': [3, 24],
  // The second factor: 1 required (administrators and supervisors), 0 optional; allUsers 1 extends it to everyone.
  'mfa.required': [0, 1],
  'mfa.allUsers': [0, 1],
} as const satisfies Record<string, readonly [number, number]>;
export type BoundedSetting = keyof typeof SETTING_BOUNDS;

const bounded = (key: BoundedSetting) =>
  z.number().int().min(SETTING_BOUNDS[key][0]).max(SETTING_BOUNDS[key][1]);

/** `PATCH /api/settings`: any of the known settings, each within its bounds; unknown keys are refused. */
export const SettingsPatch = z
  .object({
    'light.warnWorkingDays': bounded('light.warnWorkingDays'),
    'light.milestoneRedDays': bounded('light.milestoneRedDays'),
    'session.idleMinutes': bounded('session.idleMinutes'),
    'session.maxHours': bounded('session.maxHours'),
    'security.lockoutThreshold': bounded('security.lockoutThreshold'),
    'security.lockoutMinutes': bounded('security.lockoutMinutes'),
    'files.maxMegabytes': bounded('files.maxMegabytes'),
    'password.minLength': bounded('password.minLength'),
    'password.maxAgeDays': bounded('password.maxAgeDays'),
    'password.historySize': bounded('password.historySize'),
    'mfa.required': bounded('mfa.required'),
    'mfa.allUsers': bounded('mfa.allUsers'),
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;
