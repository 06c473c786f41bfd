import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, type List, type Query, request } from './client.js';
import { hasSessionHint, setSessionHint } from './session-hint.js';
import type {
  AuditOut,
  AuditVerifyOut,
  InstructionOut,
  ItemListOut,
  ItemOut,
  ItemPage,
  LedgerOut,
  Me,
  ObstacleOut,
  ObstacleSummary,
  OverviewStats,
  PersonOut,
  ReportOut,
  TimelineEntry,
  TrendPoint,
  UnitOut,
  UnitStats,
  UserOut,
  WorkflowCounts,
} from './types.js';

/**
 * Query hooks, one per resource. Keys start with the resource name so that a
 * mutation can invalidate everything about, say, items with `['items']`.
 */

/** The logged-in user, or null when there is no session (401 is an answer here, not an error). */
export async function fetchMe(): Promise<Me | null> {
  // Without a hint of a session, do not ask: a 401 would show as an error in the browser console.
  if (!hasSessionHint()) return null;
  try {
    return await request<Me>('GET', '/api/auth/me', { quiet401: true });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setSessionHint(false);
      return null;
    }
    throw e;
  }
}

export const meQuery = queryOptions({ queryKey: ['me'], queryFn: fetchMe, staleTime: 5 * 60_000 });

export function useMe() {
  return useQuery(meQuery);
}

export function ledgersQuery(query: Query = {}) {
  return queryOptions({
    queryKey: ['ledgers', query],
    queryFn: () => api.get<List<LedgerOut>>('/api/ledgers', { pageSize: 500, ...query }),
    staleTime: 60_000,
  });
}

export function useLedgers(query: Query = {}) {
  return useQuery(ledgersQuery(query));
}

export function useLedger(id: string | undefined) {
  return useQuery({
    queryKey: ['ledgers', 'one', id],
    queryFn: () => api.get<LedgerOut>(`/api/ledgers/${id}`),
    enabled: !!id,
  });
}

export function useUnits(query: Query = {}) {
  return useQuery({
    queryKey: ['units', query],
    queryFn: () => api.get<List<UnitOut>>('/api/units', { pageSize: 1000, ...query }),
    staleTime: 60_000,
  });
}

export function usePeople(query: { unitId?: string | null; q?: string; prefer?: 'leader' }, enabled = true) {
  return useQuery({
    queryKey: ['people', query],
    queryFn: () =>
      api.get<List<PersonOut> | PersonOut[]>('/api/people', {
        unitId: query.unitId,
        q: query.q,
        prefer: query.prefer,
        pageSize: 50,
      }),
    select: (data) => (Array.isArray(data) ? data : data.items),
    enabled,
    staleTime: 60_000,
  });
}

/** A page of the item list as list rows (`view=list`): what lists show; the item page reads the whole item. */
export function useItems(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['items', 'list', query],
    queryFn: () => api.get<ItemPage<ItemListOut>>('/api/items', { ...query, view: 'list' }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useItem(id: string | undefined) {
  return useQuery({
    queryKey: ['items', 'one', id],
    queryFn: () => api.get<ItemOut>(`/api/items/${id}`),
    enabled: !!id,
  });
}

/** An item's timeline, newest first; `pageSize` grows as the user asks for earlier entries. */
export function useTimeline(id: string, pageSize: number) {
  return useQuery({
    queryKey: ['items', 'one', id, 'timeline', pageSize],
    queryFn: () => api.get<List<TimelineEntry>>(`/api/items/${id}/timeline`, { pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function overviewQuery(query: { asOf?: string; ledgerId?: string }) {
  return queryOptions({
    queryKey: ['stats', 'overview', query],
    queryFn: () => api.get<OverviewStats>('/api/stats/overview', query),
  });
}

export function useOverview(query: { asOf?: string; ledgerId?: string }) {
  return useQuery(overviewQuery(query));
}

export function useUnitStats(query: { asOf?: string; kind?: string; ledgerId?: string }) {
  return useQuery({
    queryKey: ['stats', 'units', query],
    queryFn: () => api.get<List<UnitStats>>('/api/stats/units', query),
  });
}

export function useTrend(weeks: number, asOf?: string, ledgerId?: string) {
  return useQuery({
    queryKey: ['stats', 'trend', weeks, asOf, ledgerId],
    queryFn: () => api.get<{ items: TrendPoint[] }>('/api/stats/trend', { weeks, asOf, ledgerId }),
  });
}

export function useAuditVerify(enabled: boolean) {
  return useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: () => api.get<AuditVerifyOut>('/api/audit/verify'),
    enabled,
  });
}

export function useUsers(query: Query) {
  return useQuery({
    queryKey: ['users', query],
    queryFn: () => api.get<List<UserOut>>('/api/users', query),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(query: Query) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: () => api.get<List<AuditOut>>('/api/audit', query),
    placeholderData: keepPreviousData,
  });
}

/** An item's progress reports, newest first (with their files). */
export function useItemReports(itemId: string) {
  return useQuery({
    queryKey: ['items', 'one', itemId, 'reports'],
    queryFn: () => api.get<List<ReportOut>>(`/api/items/${itemId}/reports`),
  });
}

export function useItemObstacles(itemId: string) {
  return useQuery({
    queryKey: ['items', 'one', itemId, 'obstacles'],
    queryFn: () => api.get<List<ObstacleOut>>(`/api/items/${itemId}/obstacles`),
  });
}

export function useItemInstructions(itemId: string) {
  return useQuery({
    queryKey: ['items', 'one', itemId, 'instructions'],
    queryFn: () => api.get<List<InstructionOut>>(`/api/items/${itemId}/instructions`),
  });
}

/** Leader instructions still waiting for an acknowledgement (a unit user: their unit's). */
export function usePendingInstructions() {
  return useQuery({
    queryKey: ['items', 'instructions', 'pending'],
    queryFn: () => api.get<List<InstructionOut>>('/api/instructions', { pending: 'true', pageSize: 50 }),
  });
}

export function useReports(query: Query) {
  return useQuery({
    queryKey: ['items', 'reports', query],
    queryFn: () => api.get<List<ReportOut>>('/api/reports', query),
  });
}

/** What waits for whom: acknowledgements, reviews, returned reports, instructions, open obstacles. */
export function useWorkflowCounts() {
  return useQuery({
    queryKey: ['stats', 'workflow'],
    queryFn: () => api.get<WorkflowCounts>('/api/stats/workflow'),
  });
}

/** The bottlenecks of one ledger, or of every ledger the user sees. */
export function useObstacleSummary(ledgerId?: string) {
  return useQuery({
    queryKey: ['stats', 'obstacles', ledgerId ?? null],
    queryFn: () => api.get<ObstacleSummary>('/api/obstacles/summary', ledgerId ? { ledgerId } : {}),
  });
}

export function useObstacles(query: Query) {
  return useQuery({
    queryKey: ['items', 'obstacles', query],
    queryFn: () => api.get<List<ObstacleOut>>('/api/obstacles', query),
  });
}
