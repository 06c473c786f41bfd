import type { InspectionMethod, InspectionVerdict } from '../../core/inspection.js';

/** Table types of the field work: inspections, evidence, visit plans, checklists and assessments. */

/** An inspection (督察记录); `hidden` while unannounced and not disclosed. */
export interface InspectionsTable {
  id: string;
  method: InspectionMethod;
  inspected_on: string;
  unit_id: string;
  place: string | null;
  summary: string;
  verdict: InspectionVerdict;
  hidden: number;
  disclosed_at: string | null;
  disclosed_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** The items an inspection covers, with a copy of its day (the "not inspected for N days" query). */
export interface InspectionItemsTable {
  inspection_id: string;
  item_id: string;
  inspected_on: string;
}

export interface InspectionInspectorsTable {
  inspection_id: string;
  user_id: string;
}

export interface InspectionFindingsTable {
  id: string;
  inspection_id: string;
  text: string;
  item_id: string | null;
  rectification_item_id: string | null;
  notice_id: string | null;
  sort_order: number;
}

export type EvidenceOwnerKind = 'inspection' | 'assessment';

/** A photo or file kept as evidence; the content at `storage_key` is never replaced. */
export interface EvidenceTable {
  id: string;
  owner_kind: EvidenceOwnerKind;
  owner_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  thumbnail_key: string | null;
  taken_at: string | null;
  latitude: number | null;
  longitude: number | null;
  address: string | null;
  caption: string | null;
  created_by: string | null;
  created_at: string;
  version: number;
}

export interface VisitPlansTable {
  id: string;
  title: string;
  created_by: string | null;
  created_at: string;
}

export interface PlanVisitsTable {
  id: string;
  plan_id: string;
  item_id: string;
  inspector_id: string;
  planned_on: string;
  method: InspectionMethod;
  /** JSON array of VisitReason. */
  reasons: string;
  inspection_id: string | null;
  sort_order: number;
}

export interface ChecklistsTable {
  id: string;
  name: string;
  description: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ChecklistCriteriaTable {
  id: string;
  checklist_id: string;
  title: string;
  description: string | null;
  weight: number;
  sort_order: number;
}

export interface AssessmentsTable {
  id: string;
  checklist_id: string;
  unit_id: string;
  assessed_on: string;
  inspection_id: string | null;
  comments: string | null;
  total: number;
  max_total: number;
  created_by: string | null;
  created_at: string;
}

export interface AssessmentScoresTable {
  assessment_id: string;
  criterion_id: string;
  score: number;
  comment: string | null;
  rectification_item_id: string | null;
}
