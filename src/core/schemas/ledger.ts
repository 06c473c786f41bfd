import { z } from 'zod';
import {
  Id,
  INT32_MAX,
  INT32_MIN,
  OptionalText,
  Paging,
  patchShape,
  QueryBool,
  Timestamps,
  TrimmedText,
  Version,
} from './common.js';

export const LedgerInput = z.object({
  name: TrimmedText(60),
  year: z.number().int().min(2000).max(2100),
  /** Letters that go into item codes: `DQ` gives `2026-DQ-017`. */
  code: z
    .string()
    .trim()
    // A regex check carries no params: its message is the validation key (core/errors.ts).
    .regex(/^[A-Z]{1,6}$/, { message: 'ledger_code' }),
  description: OptionalText(2000),
  sortOrder: z.number().int().min(0).max(100000).default(0),
});
export type LedgerInput = z.input<typeof LedgerInput>;

export const LedgerUpdate = z
  .object(patchShape(LedgerInput.shape))
  .extend({ version: Version, archived: z.boolean().optional() });
export type LedgerUpdate = z.input<typeof LedgerUpdate>;

export const LedgerOut = z.object({
  id: Id,
  name: z.string(),
  year: z.number().int(),
  code: z.string(),
  description: z.string().nullable(),
  sortOrder: z.number().int(),
  archived: z.boolean(),
  ...Timestamps,
});
export type LedgerOut = z.infer<typeof LedgerOut>;

export const LedgerQuery = Paging.extend({
  year: z.coerce.number().int().min(INT32_MIN).max(INT32_MAX).optional(),
  includeArchived: QueryBool.optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
