import { z } from 'zod';
import { ITEM_STATUSES, UNIT_KINDS } from '../enums.js';
import { Id, IsoDateSchema } from './common.js';

const LightCounts = { red: z.number(), yellow: z.number(), green: z.number(), overdue: z.number() };

export const LedgerStats = z.object({
  ledgerId: z.string(),
  ledgerName: z.string(),
  total: z.number(),
  open: z.number(),
  completed: z.number(),
  avgProgress: z.number(),
  ...LightCounts,
});
export type LedgerStats = z.infer<typeof LedgerStats>;

/** `GET /api/stats/overview`: the cockpit's totals as of a date. */
export const OverviewStats = z.object({
  asOf: z.string(),
  total: z.number(),
  open: z.number(),
  byStatus: z.record(z.enum(ITEM_STATUSES), z.number()),
  byLight: z.object({ red: z.number(), yellow: z.number(), green: z.number() }),
  overdue: z.number(),
  completed: z.number(),
  completedOnTime: z.number(),
  completedLate: z.number(),
  daysToYearEnd: z.number(),
  byLedger: z.array(LedgerStats),
});
export type OverviewStats = z.infer<typeof OverviewStats>;

export const OverviewQuery = z.object({ asOf: IsoDateSchema.optional(), ledgerId: Id.optional() });
export type OverviewQuery = z.input<typeof OverviewQuery>;

export const UnitStats = z.object({
  unitId: z.string(),
  unitName: z.string(),
  /** For chart axes, where the full name would be cut; the full name shows on hover. */
  unitShortName: z.string().nullable(),
  kind: z.enum(UNIT_KINDS),
  total: z.number(),
  open: z.number(),
  completed: z.number(),
  completedLate: z.number(),
  ...LightCounts,
  /** The same figures counted only where the unit leads (牵头); the rest it shares as a cooperating unit. */
  leadRed: z.number(),
  leadOverdue: z.number(),
  leadCompletedLate: z.number(),
});
export type UnitStats = z.infer<typeof UnitStats>;

/** `GET /api/stats/units`: each unit's lights, for the ranking. */
export const UnitStatsList = z.object({ asOf: z.string(), items: z.array(UnitStats), total: z.number() });
export type UnitStatsList = z.infer<typeof UnitStatsList>;

export const UnitStatsQuery = z.object({
  asOf: IsoDateSchema.optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  ledgerId: Id.optional(),
});
export type UnitStatsQuery = z.input<typeof UnitStatsQuery>;

export const TrendPoint = z.object({
  weekEnd: z.string(),
  red: z.number(),
  yellow: z.number(),
  green: z.number(),
  open: z.number(),
  completed: z.number(),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

/** `GET /api/stats/trend`: lights at the end of each of the last weeks. */
export const Trend = z.object({ items: z.array(TrendPoint), total: z.number() });
export type Trend = z.infer<typeof Trend>;

export const TrendQuery = z.object({
  weeks: z.coerce.number().int().min(1).max(52).default(12),
  asOf: IsoDateSchema.optional(),
});
export type TrendQuery = z.input<typeof TrendQuery>;
