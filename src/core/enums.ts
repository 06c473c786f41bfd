/**
 * The domain vocabulary shared by server and web. Codes are English; the Chinese
 * and English labels live in `labels.ts` so that every screen and document uses
 * the same words.
 */

export const ROLES = ['supervisor', 'leader', 'unit', 'sysadmin', 'secadmin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = ['department', 'township', 'committee', 'hq', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const ITEM_STATUSES = [
  'draft',
  'assigned',
  'in_progress',
  'pending_review',
  'completed',
  'suspended',
  'cancelled',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const ITEM_SOURCES = ['meeting', 'instruction', 'document', 'upper', 'other'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

export const PRIORITIES = ['high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CADENCES = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const RESPONSIBILITY_ROLES = ['lead', 'undertaking', 'cooperating'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** Causes of an obstacle (病因): 资金, 土地, 征迁, 审批, 协调, 政策, 其他. */
export const OBSTACLE_CAUSES = [
  'funds',
  'land',
  'demolition',
  'approvals',
  'coordination',
  'policy',
  'other',
] as const;
export type ObstacleCause = (typeof OBSTACLE_CAUSES)[number];

export const OBSTACLE_STATUSES = ['open', 'resolved'] as const;
export type ObstacleStatus = (typeof OBSTACLE_STATUSES)[number];

/** A report waits for review (`submitted`), then is accepted or returned (退回) with a comment. */
export const REPORT_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The trajectory of an item with quantitative targets against its planned linear curve. */
export const TRAJECTORIES = ['on_track', 'behind', 'far_behind'] as const;
export type Trajectory = (typeof TRAJECTORIES)[number];

export const LIGHTS = ['red', 'yellow', 'green'] as const;
export type Light = (typeof LIGHTS)[number];

/** The orders an item list can be sorted in; `-` means descending. */
export const ITEM_SORTS = [
  'code',
  '-code',
  'dueDate',
  '-dueDate',
  'updatedAt',
  '-updatedAt',
  'title',
  'priority',
  'progress',
  '-progress',
] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];
