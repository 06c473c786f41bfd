import fc from 'fast-check';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

/**
 * Request inputs for fuzzing the API from its own OpenAPI document: values
 * that follow each schema, mixed with the ones that broke it before — NUL
 * characters, lone surrogates, integers past the database's INTEGER, huge
 * strings, wrong types, prototype-pollution keys.
 */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
}

/** Strings that have broken servers: NUL (PostgreSQL refuses it), lone surrogates, huge, odd Unicode. */
export const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF',
  '𠮷野家',
  'Ω≈ç√',
  "'; DROP TABLE items; --",
  '%00',
  '../../etc/passwd',
  'x'.repeat(70_000),
  '2026-02-30',
  '9999-12-31',
  '-1',
  '1e309',
];

/** Integers around the edges of the int4 columns and of exact doubles. */
export const NASTY_NUMBERS = [
  0,
  -1,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_649,
  2 ** 53,
  -(2 ** 53),
  1e308,
  0.5,
  -0,
];

const nastyString = fc.constantFrom(...NASTY_STRINGS);
const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  nastyString,
);
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  anyString,
  fc.constantFrom(...NASTY_NUMBERS),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ __proto__: { admin: true } }),
);

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export interface FuzzContext {
  /** Real ids the API knows, so that generated bodies reach past the "no such record" checks. */
  ids: string[];
  resolve(ref: string): JsonSchema;
}

/** An arbitrary for one schema: mostly well-formed, sometimes garbage (one in five at each level). */
export function arbitraryOf(schema: JsonSchema, ctx: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  const wellFormed = shaped(schema, ctx, depth);
  return fc.oneof({ arbitrary: wellFormed, weight: 4 }, { arbitrary: garbage, weight: 1 });
}

function shaped(schema: JsonSchema, ctx: FuzzContext, depth: number): fc.Arbitrary<unknown> {
  if (schema.$ref) return shaped(ctx.resolve(schema.$ref), ctx, depth);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => arbitraryOf(v, ctx, depth + 1)));
  if (schema.allOf?.length) return shaped(Object.assign({}, ...schema.allOf), ctx, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const base = byType(schema, ctx, depth);
  return schema.nullable ? fc.oneof(base, fc.constant(null)) : base;
}

function byType(schema: JsonSchema, ctx: FuzzContext, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string': {
      if (schema.format === 'date') return fc.oneof(isoDate, nastyString);
      const max = Math.min(schema.maxLength ?? 60, 60);
      const min = Math.min(schema.minLength ?? 0, max);
      const options: fc.Arbitrary<string>[] = [
        fc.string({ minLength: min, maxLength: max }),
        nastyString,
        fc.string({ unit: 'binary', minLength: min, maxLength: max }),
      ];
      // A field as long as it may be is where truncation and column sizes go wrong.
      if (schema.maxLength && schema.maxLength <= 10_000)
        options.push(fc.constant('长'.repeat(schema.maxLength)));
      if (ctx.ids.length && (schema.maxLength ?? 0) >= 36) options.push(fc.constantFrom(...ctx.ids));
      return fc.oneof(...options);
    }
    case 'integer': {
      const min = Math.max(schema.minimum ?? -1000, -(2 ** 31));
      const max = Math.min(schema.maximum ?? 1000, 2 ** 31 - 1);
      return fc.oneof(fc.integer({ min, max }), fc.constantFrom(...NASTY_NUMBERS));
    }
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...NASTY_NUMBERS));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const item = schema.items ? arbitraryOf(schema.items, ctx, depth + 1) : garbage;
      return fc.array(item, { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    }
    case 'object': {
      if (depth > 4) return fc.constant({});
      const props = schema.properties ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryOf(v, ctx, depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((k) => k in props) },
      );
      // Now and then an extra key, including the ones that pollute prototypes.
      const extra = fc.option(
        fc.record({
          key: fc.constantFrom('__proto__', 'constructor', 'extra', 'password_hash', 'id'),
          value: garbage,
        }),
        { freq: 5 },
      );
      return fc.tuple(record, extra).map(([r, e]) => {
        if (!e) return r;
        const out: Record<string, unknown> = { ...r };
        Object.defineProperty(out, e.key, {
          value: e.value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
        return out;
      });
    }
    default:
      return garbage;
  }
}

/**
 * Percent-encodes text for a URL; a lone surrogate, which encodeURIComponent
 * refuses, goes as its WTF-8 bytes — what a careless client would send.
 */
export function encodeUrlPart(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff)
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    else out += encodeURIComponent(ch);
  }
  return out;
}

/** A query-string value as a browser would send it: always text. */
export function asQueryValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(asQueryValue).join(',');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * A fingerprint of the data: rows per table and the sum of versions where
 * there are versions. Equal before and after a refused request means the
 * request changed nothing (the audit log, sessions and login counters are
 * left out: refusals are meant to be recorded there).
 */
export async function dataFingerprint(db: Db, exclude: readonly string[]): Promise<string> {
  const tables = await fingerprintTables(db, exclude);
  const { rows } = await sql<{ i: number; n: number; v: number | null }>`${sql.join(
    tables.map(
      (t, i) =>
        sql`SELECT ${sql.lit(i)} AS i, count(*) AS n, ${t.hasVersion ? sql`sum(version)` : sql`0`} AS v FROM ${sql.table(t.name)}`,
    ),
    sql` UNION ALL `,
  )}`.execute(db);
  const byTable = [...rows].sort((a, b) => Number(a.i) - Number(b.i));
  return tables.map((t, i) => `${t.name}:${Number(byTable[i].n)}:${Number(byTable[i].v ?? 0)}`).join(' ');
}

const tablesOf = new WeakMap<Db, Promise<{ name: string; hasVersion: boolean }[]>>();

function fingerprintTables(db: Db, exclude: readonly string[]) {
  let found = tablesOf.get(db);
  if (!found) {
    found = db.introspection.getTables().then((ts) =>
      ts
        .filter((t) => !t.isView && !exclude.includes(t.name) && !t.name.startsWith('kysely_'))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((t) => ({ name: t.name, hasVersion: t.columns.some((c) => c.name === 'version') })),
    );
    tablesOf.set(db, found);
  }
  return found;
}
