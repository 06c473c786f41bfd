/**
 * Shapes the web app reads: the API contract's types from the zod schemas in
 * core (type-only imports: zod itself stays out of the first-load bundle).
 */
export type {
  AuditOut,
  AuditVerifyOut,
  ItemInput,
  ItemOut,
  ItemQuery,
  ItemUpdate,
  LedgerInput,
  LedgerOut,
  LedgerStats,
  LedgerUpdate,
  Me,
  MilestoneOut,
  OverviewStats,
  PersonOut,
  ResponsibilityOut,
  SettingsOut,
  TargetOut,
  TimelineEntry,
  TrendPoint,
  UnitInput,
  UnitOut,
  UnitStats,
  UnitUpdate,
  UserInput,
  UserOut,
  UserUpdate,
} from '../../core/schemas/index.js';
