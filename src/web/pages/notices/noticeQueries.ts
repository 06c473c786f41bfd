import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type List, type Query } from '../../backend/client.js';
import type { NoticeOut, UrgeOut } from '../../backend/types.js';
import { useToast } from '../../components/toast.js';

/** Notices and urges: queries under `['notices']` and `['urges']`. */

export function useNotices(query: Query, enabled = true) {
  return useQuery({
    queryKey: ['notices', 'list', query],
    queryFn: () => api.get<List<NoticeOut>>('/api/notices', query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useNotice(id: string | undefined) {
  return useQuery({
    queryKey: ['notices', 'one', id],
    queryFn: () => api.get<NoticeOut>(`/api/notices/${id}`),
    enabled: !!id,
  });
}

export function useItemUrges(itemId: string) {
  return useQuery({
    queryKey: ['urges', itemId],
    queryFn: () => api.get<List<UrgeOut>>(`/api/items/${itemId}/urges`),
  });
}

/** A write on notices or urges: on success notices, urges, items (their timelines) are read again. */
export function useNoticeMutation<V, R>(fn: (v: V) => Promise<R>, done: string, after?: (r: R) => void) {
  const queryClient = useQueryClient();
  const message = useToast();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      message.success(done);
      void queryClient.invalidateQueries({ queryKey: ['notices'] });
      void queryClient.invalidateQueries({ queryKey: ['urges'] });
      void queryClient.invalidateQueries({ queryKey: ['items'] });
      after?.(r);
    },
    onError: (e) => message.error(e.message),
  });
}
