import type { Generated } from 'kysely';
import type {
  Cadence,
  ItemSource,
  ItemStatus,
  ObstacleCause,
  ObstacleStatus,
  Priority,
  ReportStatus,
  ResponsibilityRole,
  UnitKind,
} from '../../core/enums.js';
import type { ApprovalStep, RequestKind, RequestStatus } from '../../core/requests.js';
import type {
  AssessmentScoresTable,
  AssessmentsTable,
  ChecklistCriteriaTable,
  ChecklistsTable,
  EvidenceTable,
  InspectionFindingsTable,
  InspectionInspectorsTable,
  InspectionItemsTable,
  InspectionsTable,
  PlanVisitsTable,
  VisitPlansTable,
} from './schema-fieldwork.js';
import type { LoginChallengesTable, UserTotpTable } from './schema-secadm.js';
import type { Archivable, DemoMarksTable } from './schema-trust.js';
import type {
  DeliveriesTable,
  LadderRunsTable,
  NoticeItemsTable,
  NoticeRepliesTable,
  NoticesTable,
  NotificationPrefsTable,
  NotificationsTable,
  RemindersTable,
  RobotsTable,
  UrgesTable,
} from './schema-urging.js';

export * from './schema-fieldwork.js';
export * from './schema-secadm.js';
export * from './schema-trust.js';
export * from './schema-urging.js';

/**
 * Hand-written table types. Portable values: text ids, instants as ISO-8601 UTC
 * text, dates as YYYY-MM-DD text, booleans as 0/1 integers (see `bool()`),
 * JSON as text.
 */
export type Stamped = { created_at: string; updated_at: string; version: number };

export interface SettingsTable {
  key: string;
  value: string;
}

/** One row (id 1): a token that triggers replace on every change of settings or calendar overrides. */
export interface SettingsVersionTable {
  id: number;
  token: string;
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
  password_changed_at: string | null;
  must_change_password: number;
  /** When the account's last failed login happened (the security administrator's list). */
  last_failed_login_at?: string | null;
}

export interface PasswordHistoryTable {
  seq: Generated<number>;
  user_id: string;
  hash: string;
  changed_at: string;
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

export interface ItemsTable extends Stamped, Archivable {
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
  /** The day of the lead unit's latest report not returned (null: none yet); the cadence rule counts from it. */
  last_report_on: string | null;
  /** The percent of the lead unit's latest accepted report; null until one is accepted. */
  reported_progress: number | null;
  /** Derived: from this day the trajectory is behind / far behind (null: never, or no targets). */
  behind_from: string | null;
  far_behind_from: string | null;
  /** The date the closed-late judgement uses when it is not the due date in force (an extension asked late). */
  judged_due_date: string | null;
  closing_rating: number | null;
  closing_comment: string | null;
  /** The supervisor's latest delivery-confidence judgement (1–5), its reason, day and author. */
  judgement_level: number | null;
  judgement_reason: string | null;
  judgement_on: string | null;
  judgement_by: string | null;
}

/** The workflow columns of a new item: no late extension, no closing rating, no judgement yet. */
export const NO_WORKFLOW_FACTS = {
  judged_due_date: null,
  closing_rating: null,
  closing_comment: null,
  judgement_level: null,
  judgement_reason: null,
  judgement_on: null,
  judgement_by: null,
} satisfies Partial<ItemsTable>;

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
  /** The item's code, for one unit's page in code order from an index. */
  item_code: string;
  /** 1 while the item is archived (归档), when it leaves the lists. */
  item_archived: number;
}

export interface MilestonesTable {
  id: string;
  item_id: string;
  title: string;
  planned_date: string;
  done_date: string | null;
  /** What the lead unit wrote when marking the step done. */
  done_note: string | null;
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

export type FileOwnerKind = 'item' | 'report' | 'obstacle' | 'notice_reply' | 'request';

export interface FilesTable {
  id: string;
  item_id: string;
  owner_kind: FileOwnerKind;
  owner_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  thumbnail_key: string | null;
  created_by: string | null;
  created_at: string;
}

export interface ObstaclesTable extends Stamped {
  id: string;
  item_id: string;
  cause: ObstacleCause;
  description: string;
  solver_unit_id: string;
  raised_by_unit_id: string | null;
  status: ObstacleStatus;
  resolution: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  created_by: string | null;
}

export interface ReportsTable extends Stamped {
  id: string;
  item_id: string;
  unit_id: string;
  unit_role: ResponsibilityRole;
  content: string;
  percent: number;
  problems: string | null;
  next_steps: string | null;
  target_values: string;
  obstacle_ids: string;
  status: ReportStatus;
  submitted_by: string | null;
  submitted_on: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_comment: string | null;
}

export interface InstructionsTable {
  id: string;
  item_id: string;
  content: string;
  author_id: string | null;
  author_name: string;
  author_title: string | null;
  created_at: string;
}

export interface InstructionAcksTable {
  instruction_id: string;
  unit_id: string;
  item_id: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  reply: string | null;
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

export interface MeetingsTable extends Stamped, Archivable {
  id: string;
  title: string;
  kind: string;
  date: string;
  chair: string | null;
  place: string | null;
  attendees: string | null;
  minutes: string;
  created_by: string | null;
}

export interface MeetingItemsTable {
  meeting_id: string;
  item_id: string;
  directive_no: number | null;
  directive_text: string | null;
  created_at: string;
}

export interface ItemRequestsTable {
  id: string;
  item_id: string;
  kind: RequestKind;
  status: RequestStatus;
  requested_by: string;
  requested_by_name: string;
  unit_id: string | null;
  requested_at: string;
  requested_on: string;
  reason: string;
  /** JSON: what the request asks for (new date, changes, closing evidence). */
  payload: string;
  requested_after_deadline: number;
  /** JSON array of approval steps, copied from the ledger's chain at submission. */
  chain: string;
  /** Index of the step waiting for a decision. */
  step: number;
  /** The kind of the step waiting for a decision; null once decided (the inbox filters on it). */
  waiting_on: ApprovalStep | null;
  /** The item status to restore when the request is refused. */
  prior_status: ItemStatus;
  decided_at: string | null;
  version: number;
}

export interface RequestDecisionsTable {
  seq: Generated<number>;
  request_id: string;
  step: number;
  step_kind: string;
  decision: 'approve' | 'refuse';
  comment: string | null;
  /** The closing rating, given by the supervisor's step of a completion request. */
  rating: number | null;
  decided_by: string;
  decided_by_name: string;
  at: string;
}

export interface ApprovalChainsTable {
  ledger_id: string;
  steps: string;
  updated_at: string;
}

export interface ItemLightHistoryTable {
  seq: Generated<number>;
  item_id: string;
  /** The day the light took the new colour. */
  on_date: string;
  /** When the change was recorded. */
  at: string;
  from_light: string | null;
  to_light: string | null;
  /** The timeline kind of the write that changed it, or `time` when days passing did. */
  cause: string;
  /** JSON array of the light's reasons (codes) after the change. */
  reasons: string;
}

export interface ItemCheckbacksTable {
  id: string;
  item_id: string;
  planned_on: string;
  done_on: string | null;
  findings: string | null;
  reopened: number;
  planned_by_name: string;
  done_by_name: string | null;
  version: number;
}

/** A ledger's template: extra fields, backwards-laid milestones and KPIs, each a JSON array. */
export interface LedgerTemplatesTable {
  ledger_id: string;
  fields: string;
  milestones: string;
  kpis: string;
  /** Fields removed from the template whose values items keep (已停用字段), a JSON array. */
  retired: string;
  updated_at: string;
  version: number;
}

/** An item's value of one of its ledger's extra fields, as text. */
export interface ItemFieldValuesTable {
  item_id: string;
  field_key: string;
  value: string;
  /** The value as a number when it is one (number fields), for range filters. */
  num_value: number | null;
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
  settings_version: SettingsVersionTable;
  units: UnitsTable;
  users: UsersTable;
  password_history: PasswordHistoryTable;
  sessions: SessionsTable;
  ledgers: LedgersTable;
  user_ledgers: UserLedgersTable;
  code_counters: CodeCountersTable;
  items: ItemsTable;
  item_targets: ItemTargetsTable;
  responsibilities: ResponsibilitiesTable;
  milestones: MilestonesTable;
  item_events: ItemEventsTable;
  files: FilesTable;
  obstacles: ObstaclesTable;
  reports: ReportsTable;
  instructions: InstructionsTable;
  instruction_acks: InstructionAcksTable;
  audit_log: AuditLogTable;
  job_runs: JobRunsTable;
  meetings: MeetingsTable;
  meeting_items: MeetingItemsTable;
  item_requests: ItemRequestsTable;
  request_decisions: RequestDecisionsTable;
  approval_chains: ApprovalChainsTable;
  item_light_history: ItemLightHistoryTable;
  item_checkbacks: ItemCheckbacksTable;
  ledger_templates: LedgerTemplatesTable;
  item_field_values: ItemFieldValuesTable;
  login_throttle: LoginThrottleTable;
  notices: NoticesTable;
  notice_items: NoticeItemsTable;
  notice_replies: NoticeRepliesTable;
  urges: UrgesTable;
  inspections: InspectionsTable;
  inspection_items: InspectionItemsTable;
  inspection_inspectors: InspectionInspectorsTable;
  inspection_findings: InspectionFindingsTable;
  evidence: EvidenceTable;
  visit_plans: VisitPlansTable;
  plan_visits: PlanVisitsTable;
  checklists: ChecklistsTable;
  checklist_criteria: ChecklistCriteriaTable;
  assessments: AssessmentsTable;
  assessment_scores: AssessmentScoresTable;
  notifications: NotificationsTable;
  deliveries: DeliveriesTable;
  notification_prefs: NotificationPrefsTable;
  robots: RobotsTable;
  reminders: RemindersTable;
  ladder_runs: LadderRunsTable;
  user_totp: UserTotpTable;
  login_challenges: LoginChallengesTable;
  demo_marks: DemoMarksTable;
}

export const bool = (v: number | boolean | null | undefined): boolean => v === 1 || v === true;
export const int = (v: boolean): number => (v ? 1 : 0);
