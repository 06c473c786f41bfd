import { z } from 'zod';
import { isIsoDate } from '../dates.js';

/** Application-made text ids (UUIDv7: time-ordered, so inserts append to indexes). */
export const Id = z.string().min(1).max(64);

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, {
    message: 'expected a date written YYYY-MM-DD',
    params: { key: 'invalid_date', zh: '日期应写作 YYYY-MM-DD', en: 'expected a date written YYYY-MM-DD' },
  })
  .meta({ format: 'date', example: '2026-12-31' });

/** Optimistic concurrency: every update names the version it was based on. */
export const Version = z.number().int().min(1);

export const TrimmedText = (max: number) => z.string().trim().min(1).max(max);

export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** Query-string booleans: `true`/`1` and `false`/`0`. */
export const QueryBool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Comma-separated list of codes in a query string (`status=draft,assigned`), each checked. */
export function csv<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)));
}

export const Timestamps = {
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
};

/** A page of a list: the rows and how many there are in all. */
export interface List<T> {
  items: T[];
  total: number;
}

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const IdParams = z.object({ id: Id });

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The fields of a PATCH body: each optional and without its default. zod 4's
 * `.partial()` still applies defaults, so an absent `roles` or `milestones`
 * would come out as `[]` and wipe the stored list.
 */
export function patchShape<S extends Record<string, z.ZodType>>(shape: S) {
  const out: Record<string, z.ZodType> = {};
  for (const [k, s] of Object.entries(shape))
    out[k] = (s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : s).optional();
  return out as { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };
}
