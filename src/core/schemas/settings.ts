import { z } from 'zod';

/** Office settings by dotted key (`light.warnWorkingDays`, …); every value is a number. */
export const SettingsOut = z.record(z.string(), z.number());
export type SettingsOut = z.infer<typeof SettingsOut>;

/** `PATCH /api/settings`: any of the known settings, each within its bounds; unknown keys are refused. */
export const SettingsPatch = z
  .object({
    'light.warnWorkingDays': z.number().int().min(0).max(30),
    'light.milestoneRedDays': z.number().int().min(0).max(90),
    'session.idleMinutes': z.number().int().min(5).max(240),
    'session.maxHours': z.number().int().min(1).max(72),
    'security.lockoutThreshold': z.number().int().min(3).max(20),
    'security.lockoutMinutes': z.number().int().min(1).max(1440),
    'files.maxMegabytes': z.number().int().min(1).max(200),
    'password.minLength': z.number().int().min(8).max(64),
    'password.maxAgeDays': z.number().int().min(0).max(365),
    'password.historySize': z.number().int().min(0).max(24),
  })
  .partial()
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;
