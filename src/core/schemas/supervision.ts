import { z } from 'zod';
import { Id, IsoDateSchema, OptionalText, TrimmedText, Version } from './common.js';

/** `POST /api/items/:id/checkbacks`: plan a follow-up check (回头看) of a closed item. */
export const CheckbackPlanInput = z.object({ plannedOn: IsoDateSchema });

/** `POST /api/checkbacks/:id/result`: what the check found; `reopen` sends the item back to work. */
export const CheckbackResultInput = z.object({
  version: Version,
  findings: TrimmedText(5000),
  reopen: z.boolean().default(false),
});

export const CheckbackOut = z.object({
  id: Id,
  itemId: Id,
  plannedOn: z.string(),
  doneOn: z.string().nullable(),
  findings: z.string().nullable(),
  reopened: z.boolean(),
  plannedByName: z.string(),
  doneByName: z.string().nullable(),
  version: z.number().int(),
});
export type CheckbackOut = z.infer<typeof CheckbackOut>;

/** One change of an item's light: the day it took effect, from and to, and what caused it. */
export const LightChangeOut = z.object({
  onDate: z.string(),
  at: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The timeline kind of the write that changed it, `time` when days passing did, `recorded` for the first entry. */
  cause: z.string(),
  reasons: z.array(z.string()),
});
export type LightChangeOut = z.infer<typeof LightChangeOut>;

/** `POST /api/items/:id/split`: sub-items per unit (分解), each with its own lead unit and due date. */
export const SplitInput = z.object({
  version: Version,
  children: z
    .array(
      z.object({
        title: TrimmedText(200),
        leadUnitId: Id,
        dueDate: IsoDateSchema,
        goal: OptionalText(5000),
      }),
    )
    .min(1)
    .max(30),
});
export type SplitInput = z.input<typeof SplitInput>;

/** An office override of the published working-day calendar. */
export const CalendarOverrideOut = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'workday']),
  name: z.string().nullable(),
});
export type CalendarOverrideOut = z.infer<typeof CalendarOverrideOut>;
export const CalendarOverrideInput = z.object({
  kind: z.enum(['holiday', 'workday']),
  name: OptionalText(50),
});
export const DateParams = z.object({ date: IsoDateSchema });
