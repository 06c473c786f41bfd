import { z } from 'zod';
import { OBSTACLE_CAUSES, OBSTACLE_STATUSES, REPORT_STATUSES, RESPONSIBILITY_ROLES } from '../enums.js';
import { Id, IsoDateSchema, OptionalText, Paging, TrimmedText, Version } from './common.js';
import { FileIds, FileOut } from './file.js';

/** 进展反馈: what a unit reports on an item for its cadence. */
export const ReportInput = z.object({
  content: TrimmedText(5000),
  /** How far the unit's part is done; the lead unit's accepted percent is the item's progress. */
  percent: z.number().int().min(0).max(100),
  /** The task book targets' current values (the lead unit's accepted values become the item's). */
  targetValues: z
    .array(z.object({ targetId: Id, value: z.number().finite() }))
    .max(20)
    .default([]),
  problems: OptionalText(2000),
  nextSteps: OptionalText(2000),
  /** Files uploaded to the item first (`POST /api/items/:id/files`), now attached to the report. */
  fileIds: FileIds,
  /** Open obstacles of the item the report names; a red or lagging item must name one. */
  obstacleIds: z
    .array(Id)
    .max(10)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type ReportInput = z.input<typeof ReportInput>;

/** A supervisor accepts a report or returns it (退回) with a comment saying what is missing. */
export const ReportReview = z.object({
  decision: z.enum(['accept', 'return']),
  comment: OptionalText(2000),
  version: Version,
});
export type ReportReview = z.input<typeof ReportReview>;

export const ReportOut = z.object({
  id: Id,
  itemId: Id,
  itemCode: z.string(),
  itemTitle: z.string(),
  unitId: Id,
  unitName: z.string(),
  unitRole: z.enum(RESPONSIBILITY_ROLES),
  content: z.string(),
  percent: z.number().int(),
  targetValues: z.array(z.object({ targetId: Id, name: z.string(), unit: z.string(), value: z.number() })),
  problems: z.string().nullable(),
  nextSteps: z.string().nullable(),
  obstacleIds: z.array(Id),
  status: z.enum(REPORT_STATUSES),
  submittedBy: z.string().nullable(),
  submittedByName: z.string().nullable(),
  submittedOn: z.string(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
  files: z.array(FileOut),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ReportOut = z.infer<typeof ReportOut>;

export const ReportQuery = Paging.extend({
  status: z.enum(REPORT_STATUSES).optional(),
  itemId: Id.optional(),
  unitId: Id.optional(),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

/** 问题/病因: what holds an item back, its coded cause and the unit that must solve it. */
export const ObstacleInput = z.object({
  cause: z.enum(OBSTACLE_CAUSES),
  description: TrimmedText(2000),
  solverUnitId: Id,
  fileIds: FileIds,
});
export type ObstacleInput = z.input<typeof ObstacleInput>;

export const ObstacleResolve = z.object({
  resolution: TrimmedText(2000),
  version: Version,
});
export type ObstacleResolve = z.input<typeof ObstacleResolve>;

export const ObstacleOut = z.object({
  id: Id,
  itemId: Id,
  itemCode: z.string(),
  itemTitle: z.string(),
  cause: z.enum(OBSTACLE_CAUSES),
  description: z.string(),
  solverUnitId: Id,
  solverUnitName: z.string(),
  raisedByUnitId: z.string().nullable(),
  raisedByUnitName: z.string().nullable(),
  status: z.enum(OBSTACLE_STATUSES),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  createdByName: z.string().nullable(),
  files: z.array(FileOut),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ObstacleOut = z.infer<typeof ObstacleOut>;

export const ObstacleQuery = Paging.extend({
  status: z.enum(OBSTACLE_STATUSES).optional(),
  cause: z.enum(OBSTACLE_CAUSES).optional(),
  /** Obstacles this unit must solve. */
  solverUnitId: Id.optional(),
  ledgerId: Id.optional(),
  /** Obstacles holding back items this unit leads. */
  blockedUnitId: Id.optional(),
});
export type ObstacleQuery = z.infer<typeof ObstacleQuery>;

const Count = z.number().int();
/** `GET /api/obstacles/summary`: the bottlenecks of one ledger, or of all the user sees. */
export const ObstacleSummaryQuery = z.object({ ledgerId: Id.optional() });
/** The bottlenecks (瓶颈): open obstacles by cause, ledger and unit, and which units block which. */
export const ObstacleSummary = z.object({
  total: Count,
  byCause: z.array(z.object({ cause: z.enum(OBSTACLE_CAUSES), count: Count })),
  byLedger: z.array(
    z.object({ ledgerId: Id, ledgerName: z.string(), cause: z.enum(OBSTACLE_CAUSES), count: Count }),
  ),
  bySolver: z.array(
    z.object({ unitId: Id, unitName: z.string(), cause: z.enum(OBSTACLE_CAUSES), count: Count }),
  ),
  /** The lead unit of the held-back item, and the unit that must solve its obstacle. */
  blocks: z.array(
    z.object({
      blockedUnitId: Id,
      blockedUnitName: z.string(),
      solverUnitId: Id,
      solverUnitName: z.string(),
      count: Count,
      /** The day the longest-waiting of these obstacles was raised, and how many days ago that is. */
      oldestSince: IsoDateSchema,
      oldestDays: Count,
    }),
  ),
  /** The cross table: open obstacles by cause × ledger × the unit that must solve them. */
  cells: z.array(
    z.object({
      cause: z.enum(OBSTACLE_CAUSES),
      ledgerId: Id,
      ledgerName: z.string(),
      unitId: Id,
      unitName: z.string(),
      count: Count,
    }),
  ),
});
export type ObstacleSummary = z.infer<typeof ObstacleSummary>;

/** 领导批示 on an item. */
export const InstructionInput = z.object({ content: TrimmedText(2000) });
export type InstructionInput = z.input<typeof InstructionInput>;

export const InstructionAckInput = z.object({ reply: OptionalText(2000) });
export type InstructionAckInput = z.input<typeof InstructionAckInput>;

export const InstructionOut = z.object({
  id: Id,
  itemId: Id,
  itemCode: z.string(),
  itemTitle: z.string(),
  content: z.string(),
  authorName: z.string(),
  authorTitle: z.string().nullable(),
  createdAt: z.string(),
  /** Every responsible unit has acknowledged it. */
  answered: z.boolean(),
  acks: z.array(
    z.object({
      unitId: Id,
      unitName: z.string(),
      acknowledgedAt: z.string().nullable(),
      acknowledgedByName: z.string().nullable(),
      reply: z.string().nullable(),
    }),
  ),
});
export type InstructionOut = z.infer<typeof InstructionOut>;

export const InstructionQuery = Paging.extend({
  /** Only instructions still waiting for an acknowledgement (for a unit user: their unit's). */
  pending: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .optional(),
  itemId: Id.optional(),
});
export type InstructionQuery = z.infer<typeof InstructionQuery>;

/** What waits for someone, for the cockpit and the unit home page; a unit user counts their unit's. */
export const WorkflowCounts = z.object({
  /** Responsibilities of assigned or running items not yet acknowledged (签收). */
  unacknowledged: Count,
  /** Reports waiting for review. */
  reportsToReview: Count,
  /** Reports returned (退回), for the unit to report again. */
  reportsReturned: Count,
  /** Leader instructions not yet acknowledged by every unit. */
  instructionsOpen: Count,
  openObstacles: Count,
});
export type WorkflowCounts = z.infer<typeof WorkflowCounts>;
