import { z } from 'zod';
import { NOTICE_KINDS, NOTICE_STATUSES, URGE_METHODS, URGE_SOURCES } from '../notices.js';
import { Id, IsoDateSchema, OptionalText, Paging, QueryBool, TrimmedText, Version } from './common.js';
import { FileIds, FileOut } from './file.js';

/** 下发通知单: to one unit about items where that unit has a role. */
export const NoticeInput = z.object({
  kind: z.enum(NOTICE_KINDS),
  unitId: Id,
  itemIds: z
    .array(Id)
    .min(1)
    .max(20)
    .transform((ids) => [...new Set(ids)]),
  /** 发现的问题. */
  findings: TrimmedText(5000),
  /** 整改要求. */
  requiredActions: TrimmedText(5000),
  /** 回复时限: the unit replies by this day. */
  replyDue: IsoDateSchema,
});
export type NoticeInput = z.input<typeof NoticeInput>;

/** 整改回复: what the addressed unit did, with files uploaded to one of the notice's items first. */
export const NoticeReplyInput = z.object({
  content: TrimmedText(5000),
  fileIds: FileIds,
  /** The notice's version the unit saw. */
  version: Version,
});
export type NoticeReplyInput = z.input<typeof NoticeReplyInput>;

/** A supervisor accepts the latest reply or returns it (退回) saying what is missing. */
export const NoticeReview = z.object({
  decision: z.enum(['accept', 'return']),
  comment: OptionalText(2000),
  /** The notice's version the supervisor saw. */
  version: Version,
});
export type NoticeReview = z.input<typeof NoticeReview>;

export const NoticeReplyOut = z.object({
  id: Id,
  content: z.string(),
  status: z.enum(['submitted', 'accepted', 'returned']),
  submittedByName: z.string().nullable(),
  submittedOn: z.string(),
  /** Written after the reply deadline. */
  late: z.boolean(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  files: z.array(FileOut),
  createdAt: z.string(),
});
export type NoticeReplyOut = z.infer<typeof NoticeReplyOut>;

export const NoticeItemRef = z.object({ id: Id, code: z.string(), title: z.string() });

export const NoticeOut = z.object({
  id: Id,
  kind: z.enum(NOTICE_KINDS),
  /** 发文字号, e.g. 督通〔2026〕12号. */
  number: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  unitId: Id,
  unitName: z.string(),
  items: z.array(NoticeItemRef),
  findings: z.string(),
  requiredActions: z.string(),
  replyDue: z.string(),
  status: z.enum(NOTICE_STATUSES),
  /** Past the reply deadline without an accepted reply: shown in red. */
  late: z.boolean(),
  issuedOn: z.string(),
  issuedByName: z.string().nullable(),
  replyCount: z.number().int(),
  /** Oldest first; only in the answer for one notice (lists leave it empty). */
  replies: z.array(NoticeReplyOut),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type NoticeOut = z.infer<typeof NoticeOut>;

export const NoticeQuery = Paging.extend({
  kind: z.enum(NOTICE_KINDS).optional(),
  status: z.enum(NOTICE_STATUSES).optional(),
  unitId: Id.optional(),
  itemId: Id.optional(),
  /** Only notices past their reply deadline without an accepted reply. */
  late: QueryBool.optional(),
  /** Only notices waiting for the unit's reply (issued, or returned). */
  awaiting: QueryBool.optional(),
});
export type NoticeQuery = z.infer<typeof NoticeQuery>;

/** 催办 by hand: how, to whom (a person of the item's chain, or in words), when, and the answer. */
export const UrgeInput = z.object({
  method: z.enum(URGE_METHODS),
  unitId: Id,
  toPersonId: Id.nullish().transform((v) => v ?? null),
  toText: OptionalText(200),
  /** When the urge happened (ISO instant); not in the future. */
  urgedAt: z.iso.datetime({ offset: true }),
  answer: OptionalText(2000),
  /** The notice the urge was made with (method `notice`). */
  noticeId: Id.nullish().transform((v) => v ?? null),
});
export type UrgeInput = z.input<typeof UrgeInput>;

export const UrgeOut = z.object({
  id: Id,
  itemId: Id,
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  method: z.string(),
  toPersonId: Id.nullable(),
  toPersonName: z.string().nullable(),
  toText: z.string().nullable(),
  urgedAt: z.string(),
  answer: z.string().nullable(),
  source: z.enum(URGE_SOURCES),
  noticeId: Id.nullable(),
  noticeNumber: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type UrgeOut = z.infer<typeof UrgeOut>;
