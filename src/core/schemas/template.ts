import { z } from 'zod';
import { TrimmedText, Version } from './common.js';

/** An extra column a ledger keeps for each item (安置房: 套数, 面积, 开工/封顶/交付 dates). */
export const FIELD_TYPES = ['text', 'number', 'date', 'choice'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Stable key a field's values are stored under: a lower-case letter, then letters, digits and `_`. */
export const FieldKey = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/);

export const TemplateField = z
  .object({
    key: FieldKey,
    label: TrimmedText(30),
    type: z.enum(FIELD_TYPES),
    /** Unit of a number, e.g. 套, 平方米. */
    unit: z.string().trim().max(10).default(''),
    /** Every item of the ledger must have a value. */
    required: z.boolean().default(false),
    /** The values a `choice` field offers (e.g. 新建 / 续建). */
    choices: z.array(TrimmedText(30)).max(50).default([]),
  })
  .refine(
    (f) => f.type !== 'choice' || (f.choices.length > 0 && new Set(f.choices).size === f.choices.length),
    {
      path: ['choices'],
      message: 'a choice field needs distinct choices',
    },
  );
export type TemplateField = z.infer<typeof TemplateField>;

/**
 * A milestone of the default roadmap laid backwards from the due date
 * (倒排工期): `主体封顶 = 时限 − 90天` is `{ title: '主体封顶', daysBeforeDue: 90 }`.
 */
export const TemplateMilestone = z.object({
  title: TrimmedText(200),
  daysBeforeDue: z.number().int().min(0).max(3650),
});
export type TemplateMilestone = z.infer<typeof TemplateMilestone>;

/** A measurable target every item of the ledger carries (任务书), with the ledger's total. */
export const TemplateKpi = z.object({
  name: TrimmedText(60),
  unit: TrimmedText(20),
  /** The ledger-wide target the items add up to; null when the ledger sets none. */
  ledgerTarget: z.number().finite().nullable().default(null),
});
export type TemplateKpi = z.infer<typeof TemplateKpi>;

function uniqueBy<T>(key: (t: T) => string) {
  return (list: T[]) => new Set(list.map(key)).size === list.length;
}

export const TemplateInput = z.object({
  fields: z
    .array(TemplateField)
    .max(20)
    .default([])
    .refine(uniqueBy((f: TemplateField) => f.key)),
  milestones: z
    .array(TemplateMilestone)
    .max(20)
    .default([])
    .refine(uniqueBy((m: TemplateMilestone) => m.title)),
  kpis: z
    .array(TemplateKpi)
    .max(10)
    .default([])
    .refine(uniqueBy((k: TemplateKpi) => k.name)),
});
export type TemplateInput = z.input<typeof TemplateInput>;

export const TemplateUpdate = TemplateInput.extend({ version: Version.optional() });

export const TemplateOut = z.object({
  ledgerId: z.string(),
  fields: z.array(TemplateField),
  milestones: z.array(TemplateMilestone),
  kpis: z.array(TemplateKpi),
  /**
   * Fields removed from the template: items keep their values, shown as
   * 已停用字段 and no longer edited; adding a field with the same key again
   * brings them back.
   */
  retired: z.array(TemplateField),
  /** 0 while the ledger has no stored template. */
  version: z.number().int(),
});
export type TemplateOut = z.infer<typeof TemplateOut>;

/** Values of a ledger's extra fields for one item: numbers, dates as YYYY-MM-DD, text. */
export const FieldValues = z.record(
  z.string(),
  z.union([z.string().max(500), z.number().finite(), z.null()]),
);
export type FieldValues = z.infer<typeof FieldValues>;

export const FieldValuesOut = z.object({ itemId: z.string(), values: FieldValues });
