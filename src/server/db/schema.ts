import type { Generated } from 'kysely';
import type {
  Cadence,
  ItemSource,
  ItemStatus,
  Priority,
  ResponsibilityRole,
  UnitKind,
} from '../../core/enums.js';

/**
 * Hand-written table types. Portable values: text ids, instants as ISO-8601 UTC
 * text, dates as YYYY-MM-DD text, booleans as 0/1 integers (see `bool()`),
 * JSON as text.
 */
type Stamped = { created_at: string; updated_at: string; version: number };

export interface SettingsTable {
  key: string;
  value: string;
}

export interface CalendarOverridesTable {
  date: string;
  kind: 'holiday' | 'workday';
  name: string | null;
}

export interface UnitsTable extends Stamped {
  id: string;
  name: string;
  short_name: string | null;
  aliases: string;
  kind: UnitKind;
  parent_id: string | null;
  sort_order: number;
  archived: number;
}

export interface UsersTable extends Stamped {
  id: string;
  username: string;
  display_name: string;
  title: string | null;
  unit_id: string | null;
  roles: string;
  phone: string | null;
  email: string | null;
  password_hash: string | null;
  active: number;
  failed_logins: number;
  locked_until: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LedgersTable extends Stamped {
  id: string;
  name: string;
  year: number;
  code: string;
  description: string | null;
  sort_order: number;
  archived: number;
}

export interface UserLedgersTable {
  user_id: string;
  ledger_id: string;
}

export interface CodeCountersTable {
  key: string;
  value: number;
}

export interface ItemsTable extends Stamped {
  id: string;
  code: string;
  ledger_id: string;
  title: string;
  source: ItemSource;
  source_ref: string | null;
  goal: string;
  priority: Priority;
  start_date: string;
  due_date: string;
  current_due_date: string;
  extension_count: number;
  cadence: Cadence;
  parent_id: string | null;
  status: ItemStatus;
  progress: number;
  assigned_on: string | null;
  closed_on: string | null;
  yellow_from: string | null;
  red_from: string | null;
  lit: number;
  search_text: string;
  created_by: string | null;
}

export interface ItemTargetsTable {
  id: string;
  item_id: string;
  name: string;
  unit: string;
  target_value: number;
  baseline_value: number;
  current_value: number | null;
  sort_order: number;
}

export interface ResponsibilitiesTable {
  id: string;
  item_id: string;
  unit_id: string;
  role: ResponsibilityRole;
  leader_id: string | null;
  deputy_id: string | null;
  responsible_id: string | null;
  acknowledged_at: string | null;
  sort_order: number;
  ledger_id: string;
  item_status: ItemStatus;
  item_lit: number;
  item_due: string;
  item_yellow_from: string | null;
  item_red_from: string | null;
  item_closed_late: number;
}

export interface MilestonesTable {
  id: string;
  item_id: string;
  title: string;
  planned_date: string;
  done_date: string | null;
  sort_order: number;
}

export interface ItemEventsTable {
  seq: Generated<number>;
  item_id: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  kind: string;
  unit_id: string | null;
  restricted: number;
  payload: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  outcome: 'success' | 'refused';
  before: string | null;
  after: string | null;
  prev_hash: string;
  /** HMAC-SHA256 of the row and `prev_hash` (mac_alg `hmac-sha256`), or a plain SHA-256 on rows before it (NULL). */
  hash: string;
  mac_alg: string | null;
}

/** Scheduled jobs: the last interval (`floor(time / interval)`) each has run for. */
export interface JobRunsTable {
  name: string;
  slot: number;
  ran_at: string | null;
}

/** Failed logins in the current window, per address (`ip:…`) and per name typed (`name:<hmac>`). */
export interface LoginThrottleTable {
  key: string;
  window_start: string;
  attempts: number;
}

export interface Database {
  settings: SettingsTable;
  calendar_overrides: CalendarOverridesTable;
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  ledgers: LedgersTable;
  user_ledgers: UserLedgersTable;
  code_counters: CodeCountersTable;
  items: ItemsTable;
  item_targets: ItemTargetsTable;
  responsibilities: ResponsibilitiesTable;
  milestones: MilestonesTable;
  item_events: ItemEventsTable;
  audit_log: AuditLogTable;
  job_runs: JobRunsTable;
  login_throttle: LoginThrottleTable;
}

export const bool = (v: number | boolean | null | undefined): boolean => v === 1 || v === true;
export const int = (v: boolean): number => (v ? 1 : 0);
