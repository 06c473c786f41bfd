import { z } from 'zod';
import { FieldKey, type FieldType, type TemplateField } from './schemas/template.js';

/**
 * Filters on a ledger template's extra fields, in an item list's query:
 * `field.<key>=…` (equals: text, choice, number or date), and
 * `field.<key>.from=…` / `field.<key>.to=…` (a range: number or date, both ends
 * included). The query string's flat keys are gathered into `fields` before
 * the query is validated.
 */
export const FIELD_PREFIX = 'field.';

export const FieldFilter = z
  .object({
    eq: z.string().trim().min(1).max(100).optional(),
    from: z.string().trim().min(1).max(30).optional(),
    to: z.string().trim().min(1).max(30).optional(),
  })
  .strict();
export type FieldFilter = z.infer<typeof FieldFilter>;

export const FieldFilters = z.record(FieldKey, FieldFilter);
export type FieldFilters = z.infer<typeof FieldFilters>;

const PART: Record<string, keyof FieldFilter> = { '': 'eq', '.from': 'from', '.to': 'to' };

/**
 * Moves the `field.*` keys of a parsed query string into `fields`
 * (`{ 'field.units.from': '100' }` → `{ fields: { units: { from: '100' } } }`).
 * Anything that is not `field.<name>[.from|.to]` is left as it is, so that the
 * query's schema refuses it; a repeated key keeps its last value.
 */
export function gatherFieldFilters(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  const out: Record<string, unknown> = {};
  const fields: Record<string, Record<string, unknown>> = {};
  for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
    const m = k.startsWith(FIELD_PREFIX) ? /^field\.([^.]+)(\.from|\.to)?$/.exec(k) : null;
    if (!m) {
      out[k] = v;
      continue;
    }
    const value = Array.isArray(v) ? v[v.length - 1] : v;
    const entry = fields[m[1]] ?? {};
    entry[PART[m[2] ?? '']] = value;
    fields[m[1]] = entry;
  }
  if (Object.keys(fields).length) out.fields = fields;
  return out;
}

/** The query-string form of field filters, for links and the web app. */
export function fieldFilterParams(filters: FieldFilters): [string, string][] {
  const out: [string, string][] = [];
  for (const [key, f] of Object.entries(filters)) {
    if (f.eq !== undefined) out.push([`${FIELD_PREFIX}${key}`, f.eq]);
    if (f.from !== undefined) out.push([`${FIELD_PREFIX}${key}.from`, f.from]);
    if (f.to !== undefined) out.push([`${FIELD_PREFIX}${key}.to`, f.to]);
  }
  return out;
}

/** A field filter checked against the template, ready to become SQL. */
export type ResolvedFieldFilter =
  | { key: string; type: 'number'; eq?: number; from?: number; to?: number }
  | { key: string; type: Exclude<FieldType, 'number'>; eq?: string; from?: string; to?: string };

export interface FieldFilterProblem {
  field: string;
  zh: string;
  en: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks filters against the ledger's template fields: the key must be a field
 * of the template (an unknown key is named), a number field takes numbers, a
 * date field dates (YYYY-MM-DD), text and choice fields only "equals", a choice
 * one of its choices, and a range must not end before it starts.
 */
export function resolveFieldFilters(
  fields: readonly TemplateField[],
  filters: FieldFilters,
): { filters: ResolvedFieldFilter[]; problems: FieldFilterProblem[] } {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const out: ResolvedFieldFilter[] = [];
  const problems: FieldFilterProblem[] = [];
  for (const [key, f] of Object.entries(filters)) {
    const name = `${FIELD_PREFIX}${key}`;
    const field = byKey.get(key);
    const bad = (zh: string, en: string) => problems.push({ field: name, zh, en });
    if (!field) {
      bad(`台账模板中没有字段“${key}”`, `the ledger template has no field “${key}”`);
      continue;
    }
    if (f.eq === undefined && f.from === undefined && f.to === undefined) continue;
    const label = field.label;
    if (field.type === 'number') {
      const num = (s: string | undefined) => (s === undefined ? undefined : Number(s.replace(/[,，]/g, '')));
      const [eq, from, to] = [num(f.eq), num(f.from), num(f.to)];
      if ([eq, from, to].some((n) => n !== undefined && !Number.isFinite(n))) {
        bad(`${label}：应为数字`, `${label}: expected a number`);
        continue;
      }
      if (from !== undefined && to !== undefined && from > to) {
        bad(`${label}：范围的下限大于上限`, `${label}: the range ends before it starts`);
        continue;
      }
      out.push({ key, type: 'number', eq, from, to });
      continue;
    }
    if (field.type === 'date') {
      if ([f.eq, f.from, f.to].some((d) => d !== undefined && !DATE.test(d))) {
        bad(`${label}：日期应为YYYY-MM-DD`, `${label}: dates are YYYY-MM-DD`);
        continue;
      }
      if (f.from !== undefined && f.to !== undefined && f.from > f.to) {
        bad(`${label}：范围的开始晚于结束`, `${label}: the range ends before it starts`);
        continue;
      }
      out.push({ key, type: 'date', eq: f.eq, from: f.from, to: f.to });
      continue;
    }
    if (f.from !== undefined || f.to !== undefined) {
      bad(`${label}：文字字段只能按“等于”筛选`, `${label}: a text field filters by “equals” only`);
      continue;
    }
    if (field.type === 'choice' && f.eq !== undefined && !field.choices.includes(f.eq)) {
      bad(
        `${label}：“${f.eq}”不是可选值（${field.choices.join('、')}）`,
        `${label}: “${f.eq}” is not one of ${field.choices.join(', ')}`,
      );
      continue;
    }
    out.push({ key, type: field.type, eq: f.eq });
  }
  return { filters: out, problems };
}
