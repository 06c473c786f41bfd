import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  MeetingDetailOut,
  MeetingOut,
  MeetingQuery,
  OpenDecisionsOut,
} from '../../../core/schemas/meeting.js';
import { api, type List } from '../../backend/client.js';

/** Queries of the meeting screens; keys start with `meetings` so that a change can refresh them all. */
export function useMeetings(query: Partial<MeetingQuery>) {
  return useQuery({
    queryKey: ['meetings', 'list', query],
    queryFn: () => api.get<List<MeetingOut>>('/api/meetings', { pageSize: 20, ...query }),
  });
}

export function useMeeting(id: string | undefined) {
  return useQuery({
    queryKey: ['meetings', 'one', id],
    queryFn: () => api.get<MeetingDetailOut>(`/api/meetings/${id}`),
    enabled: !!id,
  });
}

export function useOpenDecisions() {
  return useQuery({
    queryKey: ['meetings', 'open-decisions'],
    queryFn: () => api.get<z.infer<typeof OpenDecisionsOut>>('/api/meetings/open-decisions', { limit: 8 }),
  });
}
