import { z } from 'zod';
import { isIsoDate } from '../dates.js';

/**
 * Text that every database stores as it came: no NUL character (PostgreSQL
 * refuses it in text, a 500 before this check) and no half of a surrogate
 * pair (not Unicode; PostgreSQL cannot encode it in UTF-8, and SQLite would
 * keep a replacement character instead). The request validator applies it
 * to every string of every request; schemas name it so that the web's forms
 * say so too.
 */
export function isSafeText(s: string): boolean {
  return !s.includes('\u0000') && !LONE_SURROGATE.test(s);
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const SAFE_TEXT_WORDS = {
  zh: '含有不允许的字符（空字符或不完整的 Unicode 字符）',
  en: 'contains a character that is not allowed (NUL or half of a surrogate pair)',
};

/** A string that isSafeText accepts. */
export const Text = () =>
  z.string().refine(isSafeText, { params: SAFE_TEXT_WORDS, message: SAFE_TEXT_WORDS.en });

/** The range of the databases' INTEGER columns (PostgreSQL's int4): larger numbers would fail there as a 500. */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;
/** An integer that fits an INTEGER column. */
export const Int32 = () => z.number().int().min(INT32_MIN).max(INT32_MAX);

/** Application-made text ids (UUIDv7: time-ordered, so inserts append to indexes). */
export const Id = Text().min(1).max(64);

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, {
    message: 'expected a date written YYYY-MM-DD',
    params: { key: 'invalid_date', zh: '日期应写作 YYYY-MM-DD', en: 'expected a date written YYYY-MM-DD' },
  })
  .meta({ format: 'date', example: '2026-12-31' });

/** Optimistic concurrency: every update names the version it was based on. */
export const Version = Int32().min(1);

export const TrimmedText = (max: number) => Text().trim().min(1).max(max);

export const OptionalText = (max: number) =>
  Text()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const Paging = z.object({
  // Far beyond any list, and small enough that the offset it makes stays an exact number.
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
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
