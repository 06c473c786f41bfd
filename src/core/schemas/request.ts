import { z } from 'zod';
import { APPROVAL_STEPS, CONFIDENCE_LEVELS, RATINGS, REQUEST_KINDS, REQUEST_STATUSES } from '../requests.js';
import { Id, IsoDateSchema, OptionalText, Paging, TrimmedText, Version } from './common.js';
import { FileOut } from './file.js';
import { MilestoneInput, ResponsibilityInput, TargetInput } from './item.js';

/** The core changes an adjustment request (调整申请) proposes; each list replaces the stored one. */
export const AdjustmentChanges = z
  .object({
    goal: z.string().trim().max(5000).optional(),
    targets: z.array(TargetInput).max(20).optional(),
    /** Milestones with their new planned dates; done dates are kept from the item when applied. */
    milestones: z.array(MilestoneInput).max(60).optional(),
    responsibilities: z.array(ResponsibilityInput).max(60).optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    message: 'nothing to change',
    params: { key: 'required', zh: '请填写要调整的内容', en: 'name what to change' },
  });
export type AdjustmentChanges = z.output<typeof AdjustmentChanges>;

/**
 * Evidence of a completion request: the final report (the closing statement and
 * its attachments — files uploaded to the item first) and a word on each
 * milestone not done. A completion without attached evidence is refused.
 */
export const CompletionEvidence = z.object({
  statement: TrimmedText(5000),
  fileIds: z
    .array(Id)
    .max(10)
    .default([])
    .transform((ids) => [...new Set(ids)])
    .refine((ids) => ids.length > 0, {
      message: 'closing evidence is required',
      params: {
        key: 'required',
        zh: '办结申请须附上最终报告的证明材料（照片或文件）',
        en: 'a completion request needs the final report’s evidence attached (photos or files)',
      },
    }),
  milestoneNotes: z
    .array(z.object({ milestoneId: Id, note: TrimmedText(500) }))
    .max(60)
    .default([]),
});

/** `POST /api/items/:id/requests`: the item's version guards against asking about a changed item. */
export const RequestInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('extension'),
    version: Version,
    reason: TrimmedText(2000),
    newDate: IsoDateSchema,
  }),
  z.object({
    kind: z.literal('adjustment'),
    version: Version,
    reason: TrimmedText(2000),
    changes: AdjustmentChanges,
  }),
  z.object({
    kind: z.literal('completion'),
    version: Version,
    reason: OptionalText(2000).transform((v) => v ?? ''),
    evidence: CompletionEvidence,
  }),
  z.object({ kind: z.literal('cancellation'), version: Version, reason: TrimmedText(2000) }),
]);
export type RequestInput = z.input<typeof RequestInput>;

/** `POST /api/requests/:id/decisions`: one step's decision. */
export const DecisionInput = z.object({
  decision: z.enum(['approve', 'refuse']),
  /** The request's version: two approvers deciding at once cannot both take the step. */
  version: Version,
  comment: OptionalText(2000),
  /** Closing a completion request (its last step): the rating and its reason. */
  rating: z.union(RATINGS.map((r) => z.literal(r))).optional(),
});
export type DecisionInput = z.input<typeof DecisionInput>;

export const DecisionOut = z.object({
  step: z.number().int(),
  stepKind: z.enum(APPROVAL_STEPS),
  decision: z.enum(['approve', 'refuse']),
  comment: z.string().nullable(),
  /** The closing rating, on the supervisor's approval of a completion request. */
  rating: z.number().int().nullable(),
  decidedBy: z.string(),
  decidedByName: z.string(),
  at: z.string(),
});

export const RequestOut = z.object({
  id: Id,
  itemId: Id,
  itemCode: z.string(),
  itemTitle: z.string(),
  kind: z.enum(REQUEST_KINDS),
  status: z.enum(REQUEST_STATUSES),
  requestedBy: z.string(),
  requestedByName: z.string(),
  unitId: z.string().nullable(),
  requestedAt: z.string(),
  reason: z.string(),
  /**
   * What is asked: `newDate` and `oldDate` for an extension; `changes` and `diff` (the before/after rows,
   * core/adjustment-diff.ts) for an adjustment; `evidence` for completion.
   */
  payload: z.record(z.string(), z.unknown()),
  /** An extension asked after the due date in force: granted, it does not excuse the lateness. */
  requestedAfterDeadline: z.boolean(),
  chain: z.array(z.enum(APPROVAL_STEPS)),
  /** The step waiting for a decision (== chain length once decided). */
  step: z.number().int(),
  decisions: z.array(DecisionOut),
  decidedAt: z.string().nullable(),
  /** Whether the current user decides the waiting step. */
  canDecide: z.boolean(),
  /** The evidence attached to the request (a completion request's final report). */
  files: z.array(FileOut),
  version: z.number().int(),
});
export type RequestOut = z.infer<typeof RequestOut>;

export const RequestQuery = Paging.extend({
  /** `me`: only the requests whose waiting step the current user decides (the approver's inbox). */
  awaiting: z.enum(['me']).optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
});
export type RequestQuery = z.infer<typeof RequestQuery>;

/** The approval chain of a ledger; `isDefault` when the office set none. */
export const ApprovalChainOut = z.object({
  ledgerId: Id,
  steps: z.array(z.enum(APPROVAL_STEPS)),
  isDefault: z.boolean(),
});
export type ApprovalChainOut = z.infer<typeof ApprovalChainOut>;
export const ApprovalChainInput = z.object({
  steps: z
    .array(z.enum(APPROVAL_STEPS))
    .min(1)
    .max(3)
    .refine((s) => new Set(s).size === s.length, {
      message: 'a step appears twice',
      params: { key: 'invalid', zh: '审批环节不能重复', en: 'a step appears twice' },
    }),
});

/** `POST /api/items/:id/judgements`: the supervisor's delivery-confidence judgement. */
export const JudgementInput = z.object({
  version: Version,
  level: z.union(CONFIDENCE_LEVELS.map((l) => z.literal(l))),
  reason: TrimmedText(2000),
});
