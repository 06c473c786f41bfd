import type { LightFacts } from '../../../core/light.js';
import { isLit, lightThresholds } from '../../../core/light.js';
import { closedOnTime } from '../../../core/status.js';
import { trajectoryThresholds } from '../../../core/trajectory.js';
import type { ItemsTable, ResponsibilitiesTable } from '../../db/schema.js';
import type { RuleSettings } from '../settings/settings.service.js';
import { buildSearchText } from './item.search.js';
import type { ItemState } from './item.state.js';

/** The stored columns that follow from an item's facts; no command writes them by hand. */
export type DerivedColumns = Pick<
  ItemsTable,
  'progress' | 'yellow_from' | 'red_from' | 'lit' | 'search_text' | 'behind_from' | 'far_behind_from'
>;

type LightColumns = Pick<
  ItemsTable,
  'status' | 'current_due_date' | 'cadence' | 'start_date' | 'assigned_on' | 'last_report_on'
>;

/**
 * The light's facts of an item: deadline, open milestones and the report
 * cadence, counted from the last lead report or, before one, from the day the
 * item started running (the later of its start and its assignment).
 */
export function lightFactsOf(
  item: LightColumns,
  milestones: readonly { planned_date: string; done_date: string | null }[],
): LightFacts {
  const since =
    item.assigned_on && item.assigned_on > item.start_date
      ? item.assigned_on
      : item.assigned_on && item.start_date;
  return {
    status: item.status,
    dueDate: item.current_due_date,
    openMilestoneDates: milestones.filter((m) => !m.done_date).map((m) => m.planned_date),
    cadence: item.cadence,
    lastReportOn: item.last_report_on,
    reportingSince: since || null,
  };
}

export interface DeriveInput {
  item: Pick<ItemsTable, 'progress' | 'code' | 'title' | 'goal' | 'source_ref' | 'reported_progress'> &
    LightColumns;
  milestones: readonly { planned_date: string; done_date: string | null }[];
  /** The task book's targets, for the trajectory (none: no trajectory). */
  targets?: readonly { target_value: number; baseline_value: number; current_value: number | null }[];
  targetNames: readonly string[];
  /** Names, short names and aliases of the units named on the item. */
  unitNames: readonly (string | null)[];
}

/** What the derived columns of a loaded or built item are computed from. */
export function deriveInputOf(state: ItemState): DeriveInput {
  return {
    item: state.item,
    milestones: state.milestones,
    targets: state.targets,
    targetNames: state.targets.map((t) => t.name),
    unitNames: state.responsibilities.flatMap((r) => [
      r.unit_name,
      r.unit_short_name,
      ...(JSON.parse(r.unit_aliases) as string[]),
    ]),
  };
}

/**
 * The derived columns of an item — light thresholds, `lit`, progress, search
 * text — from its facts alone. Pure: the commands, the bulk bench generator
 * and the recomputation after a settings change all store what this returns.
 */
export function deriveItemColumns(d: DeriveInput, rules: RuleSettings): DerivedColumns {
  const { item, milestones } = d;
  // Thresholds are kept for closed items too (as if still running), so that
  // past lights can be recounted for trends; `lit` says whether a light shows.
  const thresholds = lightThresholds(
    { ...lightFactsOf(item, milestones), status: 'in_progress' },
    rules.light,
    rules.calendar,
  );
  const trajectory = trajectoryThresholds({
    startDate: item.start_date,
    dueDate: item.current_due_date,
    targets: (d.targets ?? []).map((t) => ({
      targetValue: t.target_value,
      baselineValue: t.baseline_value,
      currentValue: t.current_value,
    })),
  });
  // The lead unit's latest accepted report says how far the item is; before
  // one is accepted, the share of the roadmap done.
  const done = milestones.filter((m) => m.done_date).length;
  const progress =
    item.status === 'completed'
      ? 100
      : item.reported_progress !== null
        ? item.reported_progress
        : milestones.length
          ? Math.round((100 * done) / milestones.length)
          : item.progress;
  return {
    progress,
    yellow_from: thresholds?.yellowFrom ?? null,
    red_from: thresholds?.redFrom ?? null,
    behind_from: trajectory?.behindFrom ?? null,
    far_behind_from: trajectory?.farBehindFrom ?? null,
    lit: isLit(item.status) ? 1 : 0,
    search_text: searchTextOf(d),
  };
}

/** The text an item is found by: code, title, task book, target names and its units' names. */
export function searchTextOf(d: DeriveInput): string {
  const { item } = d;
  return buildSearchText([
    item.code,
    item.title,
    item.goal,
    item.source_ref,
    ...d.targetNames,
    ...d.unitNames,
  ]);
}

/** The item facts copied onto each of its responsibility rows, so per-unit lists and counts need no join. */
export type ResponsibilityFacts = Pick<
  ResponsibilitiesTable,
  | 'ledger_id'
  | 'item_status'
  | 'item_lit'
  | 'item_due'
  | 'item_yellow_from'
  | 'item_red_from'
  | 'item_closed_late'
  | 'item_code'
  | 'item_archived'
>;

export function responsibilityFacts(
  item: Pick<
    ItemsTable,
    | 'ledger_id'
    | 'status'
    | 'lit'
    | 'current_due_date'
    | 'yellow_from'
    | 'red_from'
    | 'closed_on'
    | 'judged_due_date'
    | 'code'
    | 'archived_at'
  >,
): ResponsibilityFacts {
  const onTime = closedOnTime({
    status: item.status,
    closedOn: item.closed_on,
    dueDate: item.current_due_date,
    judgedDueDate: item.judged_due_date,
  });
  return {
    ledger_id: item.ledger_id,
    item_status: item.status,
    item_lit: item.lit,
    item_due: item.current_due_date,
    item_yellow_from: item.yellow_from,
    item_red_from: item.red_from,
    item_closed_late: onTime === false ? 1 : 0,
    item_code: item.code,
    item_archived: item.archived_at ? 1 : 0,
  };
}
