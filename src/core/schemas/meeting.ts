import { z } from 'zod';
import { CADENCES, ITEM_STATUSES, PRIORITIES } from '../enums.js';
import { MAX_REPORT_CHARS, MEETING_KINDS } from '../meeting.js';
import {
  Id,
  IsoDateSchema,
  OptionalText,
  Paging,
  patchShape,
  Timestamps,
  TrimmedText,
  Version,
} from './common.js';
import { MilestoneInput, TargetInput } from './item.js';

/** A meeting (会议): its decisions become items whose source links back to it. */
export const MeetingInput = z.object({
  title: TrimmedText(200),
  kind: z.enum(MEETING_KINDS),
  date: IsoDateSchema,
  chair: OptionalText(60),
  place: OptionalText(100),
  attendees: OptionalText(2000),
  /** The minutes or a news report of the meeting. */
  minutes: z
    .string()
    .refine((s) => s.length <= MAX_REPORT_CHARS, {
      message: 'too long',
      params: { zh: `纪要不能超过 ${MAX_REPORT_CHARS} 字`, en: `at most ${MAX_REPORT_CHARS} characters` },
    })
    .default(''),
});
export type MeetingInput = z.input<typeof MeetingInput>;

export const MeetingUpdate = z.object(patchShape(MeetingInput.shape)).extend({ version: Version });
export type MeetingUpdate = z.input<typeof MeetingUpdate>;

export const MeetingOut = z.object({
  id: Id,
  title: z.string(),
  kind: z.enum(MEETING_KINDS),
  date: z.string(),
  chair: z.string().nullable(),
  place: z.string().nullable(),
  attendees: z.string().nullable(),
  minutes: z.string(),
  /** Items from its decisions (within the reader's scope), and how many are still open. */
  itemCount: z.number().int(),
  openCount: z.number().int(),
  /** When it was archived (归档) instead of deleted; null while on the register. */
  archivedAt: z.string().nullable(),
  ...Timestamps,
});
export type MeetingOut = z.infer<typeof MeetingOut>;

export const MeetingItemOut = z.object({
  id: Id,
  code: z.string(),
  title: z.string(),
  status: z.enum(ITEM_STATUSES),
  dueDate: z.string(),
  ledgerName: z.string(),
  leadUnitName: z.string().nullable(),
  directiveNo: z.number().int().nullable(),
});
export type MeetingItemOut = z.infer<typeof MeetingItemOut>;

export const MeetingDetailOut = MeetingOut.extend({ items: z.array(MeetingItemOut) });
export type MeetingDetailOut = z.infer<typeof MeetingDetailOut>;

export const MeetingQuery = Paging.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  /** Only meetings with decisions still open. */
  open: z.enum(['true', 'false']).optional(),
  /** Only archived meetings (归档); without it they are left out. */
  archived: z.enum(['true', 'false']).optional(),
});
export type MeetingQuery = z.infer<typeof MeetingQuery>;

/** Meetings whose decisions are still open, for the supervision office's dashboard. */
export const OpenDecisionsOut = z.object({
  items: z.array(
    z.object({
      meetingId: Id,
      title: z.string(),
      kind: z.enum(MEETING_KINDS),
      date: z.string(),
      open: z.number().int(),
      overdue: z.number().int(),
      red: z.number().int(),
    }),
  ),
  total: z.number().int(),
});

// ---- reading a report ----

const ReportText = z
  .string()
  .refine((s) => s.length <= MAX_REPORT_CHARS, {
    message: 'too long',
    params: {
      zh: `文本过长：一次最多读取 ${MAX_REPORT_CHARS.toLocaleString('en')} 字，请只粘贴会议报道或纪要正文`,
      en: `The text is too long: at most ${MAX_REPORT_CHARS.toLocaleString('en')} characters at a time; paste the report or minutes only`,
    },
  })
  .refine((s) => s.trim().length > 0, {
    message: 'empty',
    params: {
      zh: '文本为空：请粘贴会议纪要或报道，或上传文件',
      en: 'The text is empty: paste minutes or a report, or upload a file',
    },
  });

export const AnalyzeInput = z.object({
  text: ReportText,
  /** The meeting's date: relative deadlines (年底前, 11月底) are dated from it. */
  meetingDate: IsoDateSchema,
});
export type AnalyzeInput = z.input<typeof AnalyzeInput>;

const SpanOut = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const UnitSpanOut = SpanOut.extend({ unitId: Id, unitName: z.string() });

export const ProposalOut = z.object({
  key: z.string(),
  no: z.number().int(),
  marker: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  title: z.string(),
  lead: UnitSpanOut.nullable(),
  cooperating: z.array(UnitSpanOut),
  unmatchedUnits: z.array(SpanOut),
  group: SpanOut.extend({ unitIds: z.array(Id) }).nullable(),
  deadlines: z.array(
    SpanOut.extend({ kind: z.enum(['date', 'as_scheduled', 'asap']), date: z.string().nullable() }),
  ),
  dueDate: z.string().nullable(),
  targets: z.array(SpanOut.extend({ name: z.string(), value: z.number(), unit: z.string() })),
  milestones: z.array(
    z.object({
      title: z.string(),
      plannedDate: z.string(),
      origin: z.enum(['text', 'backward']),
      start: z.number().int().optional(),
      end: z.number().int().optional(),
    }),
  ),
  ledgerId: z.string().nullable(),
  ledgerWords: z.array(z.string()),
});
export type ProposalOut = z.infer<typeof ProposalOut>;

export const AnalysisOut = z.object({
  /** The cleaned text; every offset points into it. */
  text: z.string(),
  paragraphs: z.array(
    z.object({
      kind: z.enum(['headline', 'byline', 'body']),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      lineFrom: z.number().int(),
      lineTo: z.number().int(),
    }),
  ),
  proposals: z.array(ProposalOut),
  ms: z.number(),
});
export type AnalysisOut = z.infer<typeof AnalysisOut>;

export const ExtractInput = z.object({
  fileName: TrimmedText(255),
  /** The file's bytes, base64-encoded. */
  contentBase64: z.string().min(1).max(15_000_000),
});
export type ExtractInput = z.input<typeof ExtractInput>;

export const ExtractOut = z.object({ text: z.string(), format: z.enum(['txt', 'docx', 'pdf']) });
export type ExtractOut = z.infer<typeof ExtractOut>;

/** A proposal as the supervisor corrected it: one draft item, or one per unit, or a parent with sub-items. */
export const DraftInput = z.object({
  directiveNo: z.number().int().min(0).max(999).nullish(),
  directiveText: z.string().max(5000).nullish(),
  ledgerId: Id,
  title: TrimmedText(200),
  goal: z.string().trim().max(5000).default(''),
  priority: z.enum(PRIORITIES).default('normal'),
  cadence: z.enum(CADENCES).default('monthly'),
  startDate: IsoDateSchema,
  dueDate: IsoDateSchema,
  leadUnitId: Id.nullish().transform((v) => v ?? null),
  cooperatingUnitIds: z.array(Id).max(50).default([]),
  targets: z.array(TargetInput).max(20).default([]),
  milestones: z.array(MilestoneInput).max(60).default([]),
  /** `per_unit`: one item per unit of `splitUnitIds`, each leading its own; `parent`: a parent item with one sub-item per unit. */
  split: z.enum(['none', 'per_unit', 'parent']).default('none'),
  splitUnitIds: z.array(Id).max(100).default([]),
});
export type DraftInput = z.input<typeof DraftInput>;

export const ConfirmInput = z.object({
  drafts: z
    .array(DraftInput)
    .max(100)
    .refine((d) => d.length > 0, {
      message: 'empty',
      params: { zh: '没有可创建的事项', en: 'There is nothing to create' },
    }),
  /** The report text, kept as the meeting's minutes when it has none yet. */
  text: z.string().max(MAX_REPORT_CHARS).nullish(),
});
export type ConfirmInput = z.input<typeof ConfirmInput>;

export const ConfirmOut = z.object({
  created: z.array(
    z.object({ id: Id, code: z.string(), title: z.string(), parentId: z.string().nullable() }),
  ),
});
export type ConfirmOut = z.infer<typeof ConfirmOut>;
