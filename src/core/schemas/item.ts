import { z } from 'zod';
import {
  CADENCES,
  ITEM_SORTS,
  ITEM_SOURCES,
  ITEM_STATUSES,
  LIGHTS,
  PRIORITIES,
  RESPONSIBILITY_ROLES,
  TRAJECTORIES,
} from '../enums.js';
import { FieldFilters } from '../field-filters.js';
import { REQUEST_KINDS } from '../requests.js';
import { ITEM_ACTIONS } from '../status.js';
import {
  csv,
  Id,
  IsoDateSchema,
  type List,
  listOf,
  OptionalText,
  Paging,
  patchShape,
  QueryBool,
  Timestamps,
  TrimmedText,
  Version,
} from './common.js';
import { FieldValues } from './template.js';

/** A measurable target of the task book (任务书), e.g. 安置房 1200 套. */
export const TargetInput = z.object({
  id: Id.optional(),
  name: TrimmedText(60),
  unit: TrimmedText(20),
  targetValue: z.number().finite(),
  baselineValue: z.number().finite().default(0),
});

export const ResponsibilityInput = z.object({
  id: Id.optional(),
  unitId: Id,
  role: z.enum(RESPONSIBILITY_ROLES),
  /** 主管领导 */
  leaderId: Id.nullish().transform((v) => v ?? null),
  /** 分管副职 */
  deputyId: Id.nullish().transform((v) => v ?? null),
  /** 具体责任人 */
  responsibleId: Id.nullish().transform((v) => v ?? null),
});

export const MilestoneInput = z.object({
  id: Id.optional(),
  title: TrimmedText(200),
  plannedDate: IsoDateSchema,
  doneDate: IsoDateSchema.nullish().transform((v) => v ?? null),
});

const ItemFields = {
  ledgerId: Id,
  title: TrimmedText(200),
  source: z.enum(ITEM_SOURCES),
  sourceRef: OptionalText(200),
  /** The goal text of the task book. */
  goal: z.string().trim().max(5000).default(''),
  targets: z.array(TargetInput).max(20).default([]),
  priority: z.enum(PRIORITIES).default('normal'),
  startDate: IsoDateSchema,
  dueDate: IsoDateSchema,
  cadence: z.enum(CADENCES).default('monthly'),
  parentId: Id.nullish().transform((v) => v ?? null),
  responsibilities: z.array(ResponsibilityInput).max(60).default([]),
  milestones: z.array(MilestoneInput).max(60).default([]),
};

export const ItemInput = z.object(ItemFields);
export type ItemInput = z.input<typeof ItemInput>;

/**
 * Arrays (targets, responsibilities, milestones) replace the stored list:
 * elements with an `id` are updated, without one created, absent ones removed.
 */
export const ItemUpdate = z.object(patchShape(ItemFields)).extend({ version: Version });
export type ItemUpdate = z.input<typeof ItemUpdate>;

export const TransitionInput = z.object({
  action: z.enum(ITEM_ACTIONS),
  version: Version,
  comment: OptionalText(2000),
});

/** 签收: the version is optional — acknowledging does not depend on what the item says. */
export const AcknowledgeInput = z.object({
  version: Version.optional(),
  comment: OptionalText(500),
});
export type AcknowledgeInput = z.input<typeof AcknowledgeInput>;

const PersonRef = z
  .object({ id: z.string(), displayName: z.string(), title: z.string().nullable() })
  .nullable();

export const ResponsibilityOut = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  role: z.enum(RESPONSIBILITY_ROLES),
  leaderId: z.string().nullable(),
  deputyId: z.string().nullable(),
  responsibleId: z.string().nullable(),
  leader: PersonRef,
  deputy: PersonRef,
  responsible: PersonRef,
  acknowledgedAt: z.string().nullable(),
});
export type ResponsibilityOut = z.infer<typeof ResponsibilityOut>;

export const MilestoneOut = z.object({
  id: Id,
  title: z.string(),
  plannedDate: z.string(),
  doneDate: z.string().nullable(),
  /** What the lead unit wrote when marking the step done. */
  doneNote: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type MilestoneOut = z.infer<typeof MilestoneOut>;

export const TargetOut = z.object({
  id: Id,
  name: z.string(),
  unit: z.string(),
  targetValue: z.number(),
  baselineValue: z.number(),
  currentValue: z.number().nullable(),
});
export type TargetOut = z.infer<typeof TargetOut>;

export const ItemOut = z.object({
  id: Id,
  code: z.string(),
  ledgerId: Id,
  ledgerName: z.string(),
  title: z.string(),
  source: z.enum(ITEM_SOURCES),
  sourceRef: z.string().nullable(),
  goal: z.string(),
  priority: z.enum(PRIORITIES),
  startDate: z.string(),
  /** The original due date; it never changes (baseline-honest deadlines). */
  dueDate: z.string(),
  /** The due date in force after approved extensions. */
  currentDueDate: z.string(),
  extensionCount: z.number().int(),
  cadence: z.enum(CADENCES),
  parentId: z.string().nullable(),
  childCount: z.number().int(),
  status: z.enum(ITEM_STATUSES),
  light: z.enum(LIGHTS).nullable(),
  /** Words for the light, in the request's language. */
  lightReasons: z.array(z.string()),
  /** The date the light was computed for. */
  asOf: z.string(),
  progress: z.number().int(),
  /** Open items with quantitative targets: actual against the planned line as of `asOf`; else null. */
  trajectory: z.enum(TRAJECTORIES).nullable(),
  /** Percent of the way the plan expects and the reports show, as of `asOf` (null without a trajectory). */
  trajectoryPlanned: z.number().int().nullable(),
  trajectoryActual: z.number().int().nullable(),
  /** The day the lead unit's next progress report is due (open items). */
  nextReportDue: z.string().nullable(),
  /** The day of the lead unit's latest report not returned. */
  lastReportOn: z.string().nullable(),
  assignedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** For completed items: finished by `judgedDueDate`. */
  closedOnTime: z.boolean().nullable(),
  /**
   * The date the closed-late judgement uses: the due date in force, or — once an
   * extension was asked after the deadline — the date in force when it was missed.
   */
  judgedDueDate: z.string(),
  /** The supervisor's rating at closing (评价, 1–5) and its reason. */
  closingRating: z.number().int().nullable(),
  closingComment: z.string().nullable(),
  /** The supervisor's latest judgement of delivery confidence (研判, 1–5), dated. */
  judgement: z
    .object({ level: z.number().int(), reason: z.string(), on: z.string(), by: z.string().nullable() })
    .nullable(),
  targets: z.array(TargetOut),
  responsibilities: z.array(ResponsibilityOut),
  milestones: z.array(MilestoneOut),
  /** Actions on the lifecycle that the current user may take. */
  actions: z.array(z.enum(ITEM_ACTIONS)),
  /** Requests the current user may make on the item (延期、调整、办结、撤销). */
  requestKinds: z.array(z.enum(REQUEST_KINDS)),
  /** In a list of one ledger (`ledgerId`): the item's values of the template's extra fields. */
  fields: FieldValues.optional(),
  /** When the draft was archived (归档) instead of deleted; null while in use. */
  archivedAt: z.string().nullable(),
  ...Timestamps,
});
export type ItemOut = z.infer<typeof ItemOut>;

/**
 * A row of an item list (`view=list`): what the lists, cards and the cockpit's
 * panels show — no roadmap, no permitted actions, no person ids. About a third
 * of the full item's bytes; the item page reads the full item by id.
 */
export const ItemListOut = ItemOut.pick({
  id: true,
  code: true,
  ledgerId: true,
  ledgerName: true,
  title: true,
  goal: true,
  priority: true,
  startDate: true,
  dueDate: true,
  currentDueDate: true,
  extensionCount: true,
  parentId: true,
  status: true,
  light: true,
  lightReasons: true,
  asOf: true,
  progress: true,
  trajectory: true,
  lastReportOn: true,
  closedOn: true,
  fields: true,
  archivedAt: true,
  updatedAt: true,
  version: true,
}).extend({
  targets: z.array(TargetOut.pick({ name: true, unit: true, targetValue: true, currentValue: true })),
  responsibilities: z.array(
    ResponsibilityOut.pick({
      unitId: true,
      unitName: true,
      role: true,
      leader: true,
      deputy: true,
      responsible: true,
      acknowledgedAt: true,
    }),
  ),
});
export type ItemListOut = z.infer<typeof ItemListOut>;

/**
 * A page of items. A search counts its matches up to a cap (1,000): past it
 * `total` is the cap and `totalCapped` is true, and the list says "1,000+".
 */
export function itemPageOf<T extends z.ZodType>(item: T) {
  return listOf(item).extend({ totalCapped: z.literal(true).optional() });
}
export type ItemPage<T> = List<T> & { totalCapped?: true };

/** `full` (the default, every field of every item) or `list` (ItemListOut). */
export const ITEM_VIEWS = ['full', 'list'] as const;

export { ITEM_SORTS };

export const ItemQuery = Paging.extend({
  ledgerId: Id.optional(),
  unitId: Id.optional(),
  /** With `unitId`: only items where that unit has this role. */
  unitRole: z.enum(RESPONSIBILITY_ROLES).optional(),
  status: csv(ITEM_STATUSES).optional(),
  light: csv(LIGHTS).optional(),
  /** Open items with quantitative targets whose trajectory is one of these, as of `asOf`. */
  trajectory: csv(TRAJECTORIES).optional(),
  /** Items where a responsible unit (for a unit user: their own) has not acknowledged the assignment. */
  unacknowledged: QueryBool.optional(),
  dueFrom: IsoDateSchema.optional(),
  dueTo: IsoDateSchema.optional(),
  /** Open items past their due date in force. */
  overdue: QueryBool.optional(),
  parentId: Id.optional(),
  /** Text search over code, title and task book (Chinese words segmented). */
  q: z.string().trim().max(100).optional(),
  /** The supervisor's confidence judgement (1–5); `none` for open items not judged yet. */
  judgement: csv(['1', '2', '3', '4', '5', 'none']).optional(),
  /** Compute lights as of this date (default: today in China). */
  asOf: IsoDateSchema.optional(),
  /** The order of the list; without it, by code, and a text search by relevance (best matches first). */
  sort: z.enum(ITEM_SORTS).optional(),
  /**
   * Filters on the ledger template's extra fields (with `ledgerId`), written
   * `field.<key>=…`, `field.<key>.from=…`, `field.<key>.to=…` in the query string.
   */
  fields: FieldFilters.optional(),
  /** Only archived drafts (归档); without it, archived drafts are left out of every list. */
  archived: QueryBool.optional(),
  /** `list`: each item as a list row shows it (ItemListOut); the default `full` gives whole items. */
  view: z.enum(ITEM_VIEWS).optional(),
});
export type ItemQuery = z.infer<typeof ItemQuery>;
