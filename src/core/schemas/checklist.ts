import { z } from 'zod';
import { Id, IsoDateSchema, OptionalText, Paging, TrimmedText } from './common.js';

/** A checklist (考评标准): weighted criteria; a criterion's weight is its full marks. */
export const ChecklistInput = z.object({
  name: TrimmedText(100),
  description: OptionalText(2000),
  criteria: z
    .array(
      z.object({
        title: TrimmedText(100),
        description: OptionalText(1000),
        weight: z.number().positive().max(1000),
      }),
    )
    .min(1)
    .max(30),
});
export type ChecklistInput = z.input<typeof ChecklistInput>;

export const CriterionOut = z.object({
  id: Id,
  title: z.string(),
  description: z.string().nullable(),
  weight: z.number(),
});

export const ChecklistOut = z.object({
  id: Id,
  name: z.string(),
  description: z.string().nullable(),
  criteria: z.array(CriterionOut),
  maxTotal: z.number(),
  assessmentCount: z.number().int(),
  createdAt: z.string(),
});
export type ChecklistOut = z.infer<typeof ChecklistOut>;

/** `POST /api/assessments`: a unit scored on site against a checklist, every criterion once. */
export const AssessmentInput = z.object({
  checklistId: Id,
  unitId: Id,
  assessedOn: IsoDateSchema,
  inspectionId: Id.nullish().transform((v) => v ?? null),
  comments: OptionalText(5000),
  scores: z
    .array(z.object({ criterionId: Id, score: z.number().min(0).max(1000), comment: OptionalText(1000) }))
    .min(1)
    .max(30),
});
export type AssessmentInput = z.input<typeof AssessmentInput>;

export const AssessmentQuery = Paging.extend({ unitId: Id.optional(), checklistId: Id.optional() });
export type AssessmentQuery = z.infer<typeof AssessmentQuery>;

export const AssessmentOut = z.object({
  id: Id,
  checklistId: Id,
  checklistName: z.string(),
  unitId: Id,
  unitName: z.string(),
  assessedOn: z.string(),
  assessorName: z.string().nullable(),
  inspectionId: z.string().nullable(),
  comments: z.string().nullable(),
  total: z.number(),
  maxTotal: z.number(),
  percent: z.number(),
  grade: z.enum(['excellent', 'good', 'pass', 'fail']),
  scores: z.array(
    z.object({
      criterionId: Id,
      title: z.string(),
      weight: z.number(),
      score: z.number(),
      comment: z.string().nullable(),
      failed: z.boolean(),
      rectificationItemId: z.string().nullable(),
    }),
  ),
  photoCount: z.number().int(),
  createdAt: z.string(),
});
export type AssessmentOut = z.infer<typeof AssessmentOut>;
