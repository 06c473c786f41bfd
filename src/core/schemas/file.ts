import { z } from 'zod';
import { Id } from './common.js';

/** An attachment as the API shows it; the content is at `GET /api/files/:id`. */
export const FileOut = z.object({
  id: Id,
  itemId: Id,
  /** What the file belongs to within its item: the item itself, a report, an obstacle, a notice reply, a request's evidence. */
  ownerKind: z.enum(['item', 'report', 'obstacle', 'notice_reply', 'request']),
  ownerId: Id,
  /** The uploaded name, cleaned of paths and control characters. */
  name: z.string(),
  /** The type the content showed (magic bytes), not the one the client claimed. */
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  hasThumbnail: z.boolean(),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type FileOut = z.infer<typeof FileOut>;

/** Files named by id in a report or obstacle: at most ten, each once. */
export const FileIds = z
  .array(Id)
  .max(10)
  .default([])
  .transform((ids) => [...new Set(ids)]);
