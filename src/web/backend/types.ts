/**
 * Shapes the web app reads. Resource shapes come from the zod schemas in
 * core (type-only imports: zod itself stays out of the first-load bundle);
 * the statistics and audit shapes follow the API as described for the cockpit
 * and will move to core when the server declares them there.
 */
import type { ItemStatus, Light, UnitKind } from '../../core/enums.js';

export type {
  ItemInput,
  ItemOut,
  ItemQuery,
  ItemUpdate,
  LedgerInput,
  LedgerOut,
  LedgerUpdate,
  Me,
  MilestoneOut,
  PersonOut,
  ResponsibilityOut,
  TargetOut,
  UnitInput,
  UnitOut,
  UnitUpdate,
  UserInput,
  UserOut,
  UserUpdate,
} from '../../core/schemas/index.js';

export interface LedgerStats {
  ledgerId: string;
  ledgerName: string;
  total: number;
  open: number;
  completed: number;
  red: number;
  yellow: number;
  green: number;
  overdue: number;
  avgProgress: number;
}

export interface OverviewStats {
  asOf: string;
  total: number;
  open: number;
  byStatus: Partial<Record<ItemStatus, number>>;
  byLight: Record<Light, number>;
  overdue: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  daysToYearEnd: number;
  byLedger: LedgerStats[];
}

export interface UnitStats {
  unitId: string;
  unitName: string;
  kind: UnitKind;
  total: number;
  open: number;
  red: number;
  yellow: number;
  green: number;
  overdue: number;
  completed: number;
  completedLate: number;
}

export interface TrendPoint {
  weekEnd: string;
  red: number;
  yellow: number;
  green: number;
  open: number;
  completed: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  outcome: 'success' | 'refused';
  before: unknown;
  after: unknown;
}
