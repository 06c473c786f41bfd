import { z } from 'zod';
import { Paging } from './common.js';

/** One entry of an item's timeline, newest first. */
export const TimelineEntry = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.string(),
  /** The kind in the request's language. */
  title: z.string(),
  /** What changed or was said, in the request's language (may be empty). */
  text: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  /** Shown to supervisors and leaders only. */
  restricted: z.boolean(),
  payload: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const TimelineQuery = Paging.extend({
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
