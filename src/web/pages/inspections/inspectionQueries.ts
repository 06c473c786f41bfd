import { useQuery } from '@tanstack/react-query';
import type { AssessmentOut, ChecklistOut } from '../../../core/schemas/checklist.js';
import type {
  CandidateOut,
  EvidenceOut,
  InspectionOut,
  InspectionStats,
  PlanDetailOut,
  PlanOut,
  VisitOut,
} from '../../../core/schemas/inspection.js';
import { ApiError, api, type List, type Query } from '../../backend/client.js';
import { acceptLanguage, getLang } from '../../i18n/lang-store.js';
import { translate } from '../../i18n/translate.js';

/** Queries of the field-work screens; keys start with `fieldwork` so that one change can refresh them all. */
export function useInspections(query: Query) {
  return useQuery({
    queryKey: ['fieldwork', 'inspections', query],
    queryFn: () => api.get<List<InspectionOut>>('/api/inspections', { pageSize: 20, ...query }),
  });
}

export function useInspection(id: string | undefined) {
  return useQuery({
    queryKey: ['fieldwork', 'inspection', id],
    queryFn: () => api.get<InspectionOut>(`/api/inspections/${id}`),
    enabled: !!id,
  });
}

export function useItemInspections(itemId: string) {
  return useQuery({
    queryKey: ['fieldwork', 'item', itemId],
    queryFn: () => api.get<List<InspectionOut>>(`/api/items/${itemId}/inspections`),
  });
}

export function useInspectionStats() {
  return useQuery({
    queryKey: ['fieldwork', 'stats'],
    queryFn: () => api.get<InspectionStats>('/api/inspections/stats'),
  });
}

export function useInspectors() {
  return useQuery({
    queryKey: ['fieldwork', 'inspectors'],
    queryFn: () =>
      api.get<List<{ id: string; displayName: string; title: string | null }>>('/api/inspectors'),
    staleTime: 60_000,
  });
}

export function useEvidence(kind: 'inspection' | 'assessment', id: string) {
  return useQuery({
    queryKey: ['fieldwork', 'evidence', kind, id],
    queryFn: () => api.get<List<EvidenceOut>>(`/api/${kind}s/${id}/files`),
  });
}

export function useCandidates(query: Query | null) {
  return useQuery({
    queryKey: ['fieldwork', 'candidates', query],
    queryFn: () => api.get<List<CandidateOut>>('/api/plans/candidates', query ?? {}),
    enabled: !!query,
  });
}

export function usePlans() {
  return useQuery({ queryKey: ['fieldwork', 'plans'], queryFn: () => api.get<List<PlanOut>>('/api/plans') });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: ['fieldwork', 'plan', id],
    queryFn: () => api.get<PlanDetailOut>(`/api/plans/${id}`),
    enabled: !!id,
  });
}

export function useMyVisits() {
  return useQuery({
    queryKey: ['fieldwork', 'mine'],
    queryFn: () => api.get<List<VisitOut>>('/api/plans/mine'),
  });
}

export function useChecklists() {
  return useQuery({
    queryKey: ['fieldwork', 'checklists'],
    queryFn: () => api.get<List<ChecklistOut>>('/api/checklists'),
  });
}

export function useAssessments(query: Query) {
  return useQuery({
    queryKey: ['fieldwork', 'assessments', query],
    queryFn: () => api.get<List<AssessmentOut>>('/api/assessments', { pageSize: 50, ...query }),
  });
}

export function useAssessment(id: string | undefined) {
  return useQuery({
    queryKey: ['fieldwork', 'assessment', id],
    queryFn: () => api.get<AssessmentOut>(`/api/assessments/${id}`),
    enabled: !!id,
  });
}

/**
 * Uploads one file as multipart form data and reports progress (a phone on a
 * slow network shows how far it got). Rejects with an ApiError like every
 * other request, so the screen can offer to retry.
 */
export function uploadWithProgress<T>(
  path: string,
  file: File,
  onProgress: (share: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', acceptLanguage());
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', translate(getLang(), 'common.networkError')));
    xhr.onload = () => {
      let body: { error?: { code?: string; message?: string } } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else
        reject(
          new ApiError(
            xhr.status,
            (body?.error?.code ?? 'internal') as ApiError['code'],
            body?.error?.message ?? translate(getLang(), 'common.httpError', { status: xhr.status }),
          ),
        );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
