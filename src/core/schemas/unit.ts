import { z } from 'zod';
import { UNIT_KINDS } from '../enums.js';
import {
  Id,
  OptionalText,
  Paging,
  patchShape,
  QueryBool,
  Timestamps,
  TrimmedText,
  Version,
} from './common.js';

export const UnitInput = z.object({
  name: TrimmedText(60),
  shortName: OptionalText(30),
  /** Other names the unit goes by (区环保局 = 环保局 = 环保), used to match imports and search. */
  aliases: z.array(TrimmedText(30)).max(20).default([]),
  kind: z.enum(UNIT_KINDS),
  parentId: Id.nullish().transform((v) => v ?? null),
  sortOrder: z.number().int().min(0).max(100000).default(0),
});
export type UnitInput = z.input<typeof UnitInput>;

export const UnitUpdate = z.object(patchShape(UnitInput.shape)).extend({
  version: Version,
  archived: z.boolean().optional(),
});
export type UnitUpdate = z.input<typeof UnitUpdate>;

export const UnitOut = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string().nullable(),
  aliases: z.array(z.string()),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  sortOrder: z.number().int(),
  archived: z.boolean(),
  ...Timestamps,
});
export type UnitOut = z.infer<typeof UnitOut>;

export const UnitQuery = Paging.extend({
  q: z.string().trim().max(60).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  includeArchived: QueryBool.optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).default(200),
});
