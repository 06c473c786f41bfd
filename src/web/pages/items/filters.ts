import {
  ITEM_SORTS,
  ITEM_STATUSES,
  type ItemSort,
  type ItemStatus,
  LIGHTS,
  type Light,
  RESPONSIBILITY_ROLES,
  type ResponsibilityRole,
} from '../../../core/enums.js';
import {
  type FieldFilters,
  FieldFilters as FieldFiltersSchema,
  fieldFilterParams,
  gatherFieldFilters,
} from '../../../core/field-filters.js';
import { OPEN_STATUSES as CORE_OPEN_STATUSES } from '../../../core/status.js';
import type { Query } from '../../backend/client.js';

export type { ItemSort };

/**
 * The filters of an item list, kept in the URL (`/items?ledgerId=…&light=red`)
 * so that cockpit links, bookmarks and the back button all land on the same list.
 */
export interface ItemFilters {
  ledgerId?: string;
  unitId?: string;
  unitRole?: ResponsibilityRole;
  status?: ItemStatus[];
  light?: Light[];
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
  parentId?: string;
  q?: string;
  asOf?: string;
  sort?: ItemSort;
  page?: number;
  pageSize?: number;
  /** Filters on the ledger template's fields (`field.<key>`, `field.<key>.from/.to` in the URL). */
  fields?: FieldFilters;
  /** The template fields shown as columns (`cols=households,capped_on`): a view choice kept in the URL. */
  cols?: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  if (!value) return undefined;
  const picked = value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return picked.length ? picked : undefined;
}

function positive(value: string | null): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Reads the filters from a URL's query, dropping anything malformed rather than failing the page. */
export function parseFilters(params: URLSearchParams): ItemFilters {
  const f: ItemFilters = {};
  const text = (k: string) => params.get(k)?.trim() || undefined;
  f.ledgerId = text('ledgerId');
  f.unitId = text('unitId');
  const role = params.get('unitRole');
  if (role && (RESPONSIBILITY_ROLES as readonly string[]).includes(role))
    f.unitRole = role as ResponsibilityRole;
  f.status = list(params.get('status'), ITEM_STATUSES);
  f.light = list(params.get('light'), LIGHTS);
  const dueFrom = params.get('dueFrom');
  if (dueFrom && DATE.test(dueFrom)) f.dueFrom = dueFrom;
  const dueTo = params.get('dueTo');
  if (dueTo && DATE.test(dueTo)) f.dueTo = dueTo;
  const asOf = params.get('asOf');
  if (asOf && DATE.test(asOf)) f.asOf = asOf;
  if (params.get('overdue') === 'true') f.overdue = true;
  f.parentId = text('parentId');
  f.q = text('q');
  const sort = params.get('sort');
  if (sort && (ITEM_SORTS as readonly string[]).includes(sort)) f.sort = sort as ItemSort;
  f.page = positive(params.get('page'));
  f.pageSize = positive(params.get('pageSize'));
  const gathered = gatherFieldFilters(Object.fromEntries(params)) as { fields?: unknown };
  const fields = FieldFiltersSchema.safeParse(gathered.fields ?? {});
  if (fields.success && Object.keys(fields.data).length) f.fields = fields.data;
  const cols = params.get('cols');
  if (cols) f.cols = cols.split(',').filter((c) => /^[a-z][a-z0-9_]{0,31}$/.test(c));
  return f;
}

/** The `field.*` query keys of template-field filters, for the API. */
export function fieldQuery(fields: FieldFilters | undefined): Record<string, string> {
  return Object.fromEntries(fieldFilterParams(fields ?? {}));
}

/** The query string for `filters` (empty values left out). */
export function filtersToSearch(filters: ItemFilters): string {
  const params = new URLSearchParams();
  const { fields, ...rest } = filters;
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  for (const [key, value] of fieldFilterParams(fields ?? {})) params.set(key, value);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A link to the all-items list with these filters, e.g. from a cockpit chart. */
export function itemsHref(filters: ItemFilters): string {
  return `/items${filtersToSearch(filters)}`;
}

/** The API query for a list page. */
export function toApiQuery(filters: ItemFilters, defaults: { pageSize: number }): Query {
  const { fields, cols: _cols, ...rest } = filters;
  return {
    ...rest,
    ...fieldQuery(fields),
    status: filters.status,
    light: filters.light,
    overdue: filters.overdue ? 'true' : undefined,
    page: filters.page ?? 1,
    pageSize: filters.pageSize ?? defaults.pageSize,
    // A search without a chosen sort is ranked by the server (best matches first).
    sort: filters.sort ?? (filters.q ? undefined : 'code'),
  };
}

/** Statuses that count as open work (core's list, as a mutable array for filter objects). */
export const OPEN_STATUSES: ItemStatus[] = [...CORE_OPEN_STATUSES];
