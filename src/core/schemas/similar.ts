import { z } from 'zod';
import { ITEM_STATUSES } from '../enums.js';
import { Id, Text } from './common.js';

/** `GET /api/items/similar`: the open items of a ledger whose title equals or nearly equals `title`. */
export const SimilarQuery = z.object({
  ledgerId: Id,
  title: Text().min(1).max(400),
  /** The item being edited, left out of its own matches. */
  excludeId: Id.optional(),
});
export type SimilarQuery = z.input<typeof SimilarQuery>;

export const SimilarItem = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.enum(ITEM_STATUSES),
  /** 1 for the same title once spaces and punctuation are folded; from 0.8 "nearly the same". */
  similarity: z.number(),
});
export type SimilarItem = z.infer<typeof SimilarItem>;

export const SimilarList = z.object({ items: z.array(SimilarItem), total: z.number() });
export type SimilarList = z.infer<typeof SimilarList>;
