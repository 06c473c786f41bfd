import { z } from 'zod';
import { REMINDER_REASONS } from '../ladder.js';
import { IsoDateSchema } from './common.js';

const Days = z.number().int().min(0).max(60);

export const LadderConfigSchema = z
  .object({
    daysBefore: z.array(z.number().int().min(1).max(60)).max(10),
    deputyAfter: Days,
    urgingAfter: Days,
    supervisionAfter: Days,
    lateFollowUp: z.number().int().min(1).max(60),
    ackWithin: z.number().int().min(1).max(60),
    ledgerDaysBefore: z.record(z.string(), z.array(z.number().int().min(1).max(60)).max(10)),
  })
  .strict()
  .refine((c) => c.deputyAfter <= c.urgingAfter && c.urgingAfter <= c.supervisionAfter, {
    path: ['supervisionAfter'],
    message: 'the rungs climb in order: deputy ≤ urging notice ≤ supervision notice',
  });
export type LadderConfigInput = z.infer<typeof LadderConfigSchema>;

export const LadderOut = z.object({
  config: z.object({
    daysBefore: z.array(z.number()),
    deputyAfter: z.number(),
    urgingAfter: z.number(),
    supervisionAfter: z.number(),
    lateFollowUp: z.number(),
    ackWithin: z.number(),
    ledgerDaysBefore: z.record(z.string(), z.array(z.number())),
  }),
  /** China-time hour from which the day's ladder runs. */
  sendHour: z.number().int(),
  /** The last days the ladder ran, newest first. */
  runs: z.array(
    z.object({
      day: z.string(),
      ranAt: z.string(),
      reminders: z.number(),
      digests: z.number(),
      notices: z.number(),
    }),
  ),
});
export type LadderOut = z.infer<typeof LadderOut>;

export const PreviewQuery = z.object({ date: IsoDateSchema.optional() });

export const PreviewReminder = z.object({
  itemId: z.string(),
  itemCode: z.string(),
  itemTitle: z.string(),
  reason: z.enum(REMINDER_REASONS),
  subjectTitle: z.string().nullable(),
  rung: z.number().int(),
  unitId: z.string(),
  unitName: z.string(),
  recipientId: z.string().nullable(),
  recipientName: z.string().nullable(),
  deadline: z.string(),
  days: z.number().int(),
  line: z.string(),
  /** Already sent on that day (the ladder ran). */
  sent: z.boolean(),
});

export const PreviewOut = z.object({
  date: z.string(),
  workday: z.boolean(),
  reminders: z.array(PreviewReminder),
  digests: z.array(
    z.object({
      recipientId: z.string(),
      recipientName: z.string(),
      channels: z.array(z.string()),
      title: z.string(),
      body: z.string(),
    }),
  ),
  notices: z.array(
    z.object({
      kind: z.enum(['urging', 'supervision']),
      unitId: z.string(),
      unitName: z.string(),
      items: z.number(),
    }),
  ),
});
export type PreviewOut = z.infer<typeof PreviewOut>;

export const ReminderHistoryQuery = z.object({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});

/** `PUT /api/reminders/ladder`: the ladder and the China-time hour from which each day's run goes out. */
export const LadderInput = z
  .object({ config: LadderConfigSchema, sendHour: z.number().int().min(0).max(23) })
  .strict();
export type LadderInput = z.infer<typeof LadderInput>;
