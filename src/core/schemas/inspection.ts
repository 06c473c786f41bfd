import { z } from 'zod';
import { INSPECTION_METHODS, INSPECTION_VERDICTS, VISIT_REASONS } from '../inspection.js';
import { NOTICE_KINDS } from '../notices.js';
import { Id, IsoDateSchema, OptionalText, Paging, QueryBool, TrimmedText, Version } from './common.js';

/** A finding as written in an inspection: what was seen, and the item it concerns (if any). */
export const FindingInput = z.object({
  id: Id.optional(),
  text: TrimmedText(2000),
  itemId: Id.nullish().transform((v) => v ?? null),
});

const InspectionFields = {
  method: z.enum(INSPECTION_METHODS),
  inspectedOn: IsoDateSchema,
  /** The unit inspected (被督察单位). */
  unitId: Id,
  /** The items the inspection covers: one or several (may be none for a general visit). */
  itemIds: z
    .array(Id)
    .max(30)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  /** The inspectors (users with the supervisor role); the recorder when empty. */
  inspectorIds: z
    .array(Id)
    .max(10)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  place: OptionalText(200),
  summary: TrimmedText(5000),
  verdict: z.enum(INSPECTION_VERDICTS),
  findings: z.array(FindingInput).max(30).default([]),
};

/** `POST /api/inspections`; `visitId` records the result of a planned visit. */
export const InspectionInput = z.object({
  ...InspectionFields,
  visitId: Id.nullish().transform((v) => v ?? null),
});
export type InspectionInput = z.input<typeof InspectionInput>;

/** `PATCH /api/inspections/:id`: the record's text and findings; method, unit and items stay. */
export const InspectionUpdate = z.object({
  version: Version,
  inspectedOn: IsoDateSchema.optional(),
  place: OptionalText(200).optional(),
  summary: TrimmedText(5000).optional(),
  verdict: z.enum(INSPECTION_VERDICTS).optional(),
  findings: z.array(FindingInput).max(30).optional(),
});
export type InspectionUpdate = z.input<typeof InspectionUpdate>;

export const InspectionQuery = Paging.extend({
  method: z.enum(INSPECTION_METHODS).optional(),
  unitId: Id.optional(),
  itemId: Id.optional(),
  /** Only undisclosed unannounced inspections (the office's working list). */
  undisclosed: QueryBool.optional(),
});
export type InspectionQuery = z.infer<typeof InspectionQuery>;

/** `POST /api/inspections/:id/disclose`: an unannounced inspection made known to the unit. */
export const DiscloseInput = z.object({ version: Version });

/** A photo or file kept as evidence of an inspection or assessment. */
export const EvidenceOut = z.object({
  id: Id,
  ownerKind: z.enum(['inspection', 'assessment']),
  ownerId: Id,
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
  /** SHA-256 of the original as uploaded; the original is never replaced. */
  sha256: z.string(),
  hasThumbnail: z.boolean(),
  /** An image the server could not draw (e.g. HEIC without its codec): kept, shown as a placeholder. */
  isImage: z.boolean(),
  /** Capture time from EXIF (camera's local time, `YYYY-MM-DDTHH:mm:ss[±hh:mm]`), if any. */
  takenAt: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** Dating against the inspection day: `stale` when taken long before it. */
  dating: z.enum(['ok', 'stale', 'after', 'unknown']),
  daysBefore: z.number().int().nullable(),
  /** Typed by the inspector. */
  address: z.string().nullable(),
  caption: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type EvidenceOut = z.infer<typeof EvidenceOut>;

/** `PATCH /api/evidence/:id`: what the inspector says about a photo; the content never changes. */
export const EvidenceUpdate = z.object({
  version: Version,
  address: OptionalText(200).optional(),
  caption: OptionalText(500).optional(),
});

export const FindingOut = z.object({
  id: Id,
  text: z.string(),
  itemId: z.string().nullable(),
  itemCode: z.string().nullable(),
  rectificationItemId: z.string().nullable(),
  rectificationItemCode: z.string().nullable(),
  /** The notice (督察通知单 …) the finding became, sent to the inspected unit. */
  noticeId: z.string().nullable(),
  noticeNumber: z.string().nullable(),
});
export type FindingOut = z.infer<typeof FindingOut>;

export const InspectionOut = z.object({
  id: Id,
  method: z.enum(INSPECTION_METHODS),
  inspectedOn: z.string(),
  unitId: Id,
  unitName: z.string(),
  place: z.string().nullable(),
  summary: z.string(),
  verdict: z.enum(INSPECTION_VERDICTS),
  items: z.array(z.object({ id: Id, code: z.string(), title: z.string() })),
  inspectors: z.array(z.object({ id: Id, displayName: z.string() })),
  findings: z.array(FindingOut),
  /** Unannounced and not yet disclosed: hidden from the inspected unit. */
  hidden: z.boolean(),
  disclosedAt: z.string().nullable(),
  visitId: z.string().nullable(),
  photoCount: z.number().int(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type InspectionOut = z.infer<typeof InspectionOut>;

export const InspectionStats = z.object({
  total: z.number().int(),
  byMethod: z.record(z.enum(INSPECTION_METHODS), z.number().int()),
  byVerdict: z.record(z.enum(INSPECTION_VERDICTS), z.number().int()),
  findings: z.number().int(),
  rectifications: z.number().int(),
});
export type InspectionStats = z.infer<typeof InspectionStats>;

/** `POST /api/findings/:id/rectify`: the finding becomes a rectification item (整改事项) on a ledger. */
export const RectifyInput = z.object({
  ledgerId: Id,
  /** The unit responsible (lead). */
  unitId: Id,
  dueDate: IsoDateSchema,
  title: TrimmedText(200).optional(),
  /** Assign at once (the unit sees it); otherwise the item stays a draft. */
  assign: z.boolean().default(false),
});
export type RectifyInput = z.input<typeof RectifyInput>;

/** `POST /api/findings/:id/notice`: the finding becomes a notice to the inspected unit about the finding's item. */
export const FindingNoticeInput = z.object({
  kind: z.enum(NOTICE_KINDS).default('inspection'),
  requiredActions: TrimmedText(2000),
  replyDue: IsoDateSchema,
});
export type FindingNoticeInput = z.input<typeof FindingNoticeInput>;

// ——— visit plans ———

export const CandidateQuery = z.object({
  ledgerId: Id.optional(),
  red: QueryBool.optional(),
  /** Items with no inspection in this many days. */
  staleDays: z.coerce.number().int().min(1).max(3650).optional(),
  obstacles: QueryBool.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type CandidateQuery = z.infer<typeof CandidateQuery>;

export const CandidateOut = z.object({
  itemId: Id,
  code: z.string(),
  title: z.string(),
  ledgerName: z.string(),
  leadUnitId: z.string().nullable(),
  leadUnitName: z.string().nullable(),
  dueDate: z.string(),
  lastInspectedOn: z.string().nullable(),
  reasons: z.array(z.enum(VISIT_REASONS)),
});
export type CandidateOut = z.infer<typeof CandidateOut>;

export const PlanInput = z.object({
  title: TrimmedText(200),
  visits: z
    .array(
      z.object({
        itemId: Id,
        inspectorId: Id,
        plannedOn: IsoDateSchema,
        method: z.enum(INSPECTION_METHODS).default('onsite'),
        reasons: z.array(z.enum(VISIT_REASONS)).max(3).default([]),
      }),
    )
    .min(1)
    .max(200),
});
export type PlanInput = z.input<typeof PlanInput>;

export const VisitOut = z.object({
  id: Id,
  planId: Id,
  planTitle: z.string(),
  itemId: Id,
  itemCode: z.string(),
  itemTitle: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  inspectorId: Id,
  inspectorName: z.string(),
  plannedOn: z.string(),
  method: z.enum(INSPECTION_METHODS),
  reasons: z.array(z.enum(VISIT_REASONS)),
  inspectionId: z.string().nullable(),
  doneOn: z.string().nullable(),
  /** Past its day and not done. */
  overdue: z.boolean(),
});
export type VisitOut = z.infer<typeof VisitOut>;

export const PlanOut = z.object({
  id: Id,
  title: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  planned: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
});
export type PlanOut = z.infer<typeof PlanOut>;

export const PlanDetailOut = PlanOut.extend({
  visits: z.array(VisitOut),
  /** Plan against done per inspector. */
  byInspector: z.array(
    z.object({
      inspectorId: Id,
      inspectorName: z.string(),
      planned: z.number().int(),
      done: z.number().int(),
    }),
  ),
});
export type PlanDetailOut = z.infer<typeof PlanDetailOut>;

export const InspectorOut = z.object({ id: Id, displayName: z.string(), title: z.string().nullable() });
