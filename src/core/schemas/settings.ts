import { z } from 'zod';

/** Office settings by dotted key (`light.warnWorkingDays`, …); every value is a number. */
export const SettingsOut = z.record(z.string(), z.number());
export type SettingsOut = z.infer<typeof SettingsOut>;

/** `PATCH /api/settings`: any of the known settings, each within its bounds; unknown keys are refused. */
export const SettingsPatch = z
  .object({
    'light.warnWorkingDays': z.number().int().min(0).max(30),
    'light.milestoneRedDays': z.number().int().min(0).max(90),
    // The bounds below are those a level-3 assessment (GB/T 22239-2019, mlps3) accepts:
    // a session idle for at most 30 minutes, lasting at most a working day and a half,
    // at most 10 failures before a lockout of at least 10 minutes, passwords of at least
    // 8 characters changed at least twice a year, the last 3 or more not reused.
    'session.idleMinutes': z.number().int().min(5).max(30),
    'session.maxHours': z.number().int().min(1).max(24),
    'security.lockoutThreshold': z.number().int().min(3).max(10),
    'security.lockoutMinutes': z.number().int().min(10).max(1440),
    'files.maxMegabytes': z.number().int().min(1).max(200),
    'password.minLength': z.number().int().min(8).max(64),
    'password.maxAgeDays': z.number().int().min(30).max(180),
    'password.historySize': z.number().int().min(3).max(24),
    // The second factor: 1 required (administrators and supervisors), 0 optional; allUsers 1 extends it to everyone.
    'mfa.required': z.number().int().min(0).max(1),
    'mfa.allUsers': z.number().int().min(0).max(1),
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;
