import type { IsoDate } from '../../../core/dates.js';
import {
  type CADENCES,
  ITEM_SOURCES,
  type PRIORITIES,
  type ResponsibilityRole,
} from '../../../core/enums.js';
import type {
  ItemsTable,
  ItemTargetsTable,
  MilestonesTable,
  ReportsTable,
  ResponsibilitiesTable,
} from '../../db/schema.js';
import { NO_WORKFLOW_FACTS } from '../../db/schema.js';
import { deriveItemColumns, responsibilityFacts } from '../../modules/item/item.derive.js';
import type { RuleSettings } from '../../modules/settings/settings.service.js';
import {
  type ActivityContext,
  type ActivityWindow,
  buildInspections,
  buildReports,
  buildUrges,
  type InspectionBundle,
  passOn,
  type UrgeRow,
} from './bench.activity.js';
import { planItem } from './bench.plan.js';
import { GOALS, PHASES, PLACES, type Rng, SOURCE_REFS, TARGETS, TITLE_STEMS } from './bench.words.js';

/** What the generator knows about a unit: its names feed the items' search text. */
export interface BenchUnit {
  id: string;
  name: string;
  shortName: string | null;
  aliases: readonly string[];
  /** Ids of the unit's leader in charge, deputy and responsible person. */
  leaderId: string;
  deputyId: string;
  responsibleId: string;
}

export interface BenchLedger {
  id: string;
  year: number;
  code: string;
}

/** One item with all its rows, derived columns filled in as the item service fills them. */
export interface ItemBundle {
  item: ItemsTable;
  responsibilities: ResponsibilitiesTable[];
  milestones: MilestonesTable[];
  targets: ItemTargetsTable[];
  /** The scale sets' history of the item (empty unless `RowContext.activity` is given). */
  reports: ReportsTable[];
  urges: UrgeRow[];
  inspections: InspectionBundle[];
}

export interface RowContext {
  rng: Rng;
  /** Record ids from the seeded generator (see seededIds): same seed, same data. */
  id: () => string;
  asOf: IsoDate;
  rules: RuleSettings;
  units: readonly BenchUnit[];
  ledgers: readonly BenchLedger[];
  createdBy: string;
  /** Next number of each ledger's code series; advanced here, stored in code_counters afterwards. */
  counters: Map<string, number>;
  /** Recent top-level items per ledger, candidates to be split into sub-items. */
  parents: Map<string, string[]>;
  /** Reports, urges and inspections per item, for the scale sets; absent: items alone. */
  activity?: ActivityContext;
}

const at = (date: IsoDate, hour: number): string => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

function pickUnits(rng: Rng, units: readonly BenchUnit[]): BenchUnit[] {
  const n = rng.weighted({ '1': 45, '2': 35, '3': 20 });
  const chosen = new Set<BenchUnit>();
  while (chosen.size < Number(n)) chosen.add(rng.pick(units));
  return [...chosen];
}

/** Builds one item as of `ctx.asOf`. */
export function buildItem(ctx: RowContext): ItemBundle {
  const { rng } = ctx;
  const plan = planItem(rng, ctx.asOf);
  const ledger = rng.pick(ctx.ledgers);
  const series = `${ledger.year}-${ledger.code}`;
  const n = (ctx.counters.get(series) ?? 0) + 1;
  ctx.counters.set(series, n);
  const id = ctx.id();
  const source = rng.pick(ITEM_SOURCES);
  const candidates = ctx.parents.get(ledger.id) ?? [];
  // About 3% of items are sub-items (分解) of a recent item of the same ledger; one level deep.
  const parentId = candidates.length && rng.chance(0.03) ? rng.pick(candidates) : null;
  if (!parentId) ctx.parents.set(ledger.id, [...candidates.slice(-49), id]);

  const units = pickUnits(rng, ctx.units);
  const roles: ResponsibilityRole[] = units.map((_, i) =>
    i === 0 ? 'lead' : rng.chance(0.5) ? 'undertaking' : 'cooperating',
  );
  const targets: ItemTargetsTable[] = Array.from(
    { length: Number(rng.weighted({ '0': 40, '1': 40, '2': 20 })) },
    (_, i) => {
      const t = rng.pick(TARGETS);
      return {
        id: ctx.id(),
        item_id: id,
        name: t.name,
        unit: t.unit,
        target_value: rng.int(t.min, t.max),
        baseline_value: 0,
        current_value: null,
        sort_order: i,
      };
    },
  );
  const milestones: MilestonesTable[] = plan.milestones.map((m, i) => ({
    id: ctx.id(),
    item_id: id,
    title: m.title,
    planned_date: m.planned,
    done_date: m.done,
    done_note: null,
    sort_order: i,
  }));

  const item: ItemsTable = {
    id,
    archived_at: null,
    archived_by: null,
    code: `${series}-${String(n).padStart(3, '0')}`,
    ledger_id: ledger.id,
    title: `${rng.pick(PLACES)}${rng.pick(TITLE_STEMS)}${rng.pick(PHASES)}`,
    source,
    source_ref: `${rng.pick(SOURCE_REFS[source])}${rng.int(1, 120)}号`,
    goal: rng.pick(GOALS),
    priority: rng.weighted<(typeof PRIORITIES)[number]>({ high: 20, normal: 65, low: 15 }),
    start_date: plan.startDate,
    due_date: plan.dueDate,
    current_due_date: plan.currentDueDate,
    extension_count: plan.extensionCount,
    cadence: rng.weighted<(typeof CADENCES)[number]>({ weekly: 20, biweekly: 30, monthly: 50 }),
    parent_id: parentId,
    status: plan.status,
    progress: 0,
    assigned_on: plan.assignedOn,
    closed_on: plan.closedOn,
    yellow_from: null,
    red_from: null,
    lit: 0,
    search_text: '',
    behind_from: null,
    far_behind_from: null,
    last_report_on: null,
    reported_progress: null,
    ...NO_WORKFLOW_FACTS,
    created_by: ctx.createdBy,
    created_at: at(plan.assignedOn ?? plan.startDate, 1),
    updated_at: at(plan.closedOn ?? plan.assignedOn ?? plan.startDate, 9),
    version: 1 + (plan.assignedOn ? 2 : 0) + milestones.filter((m) => m.done_date).length,
  };
  // Reports come first: the lead unit's are facts of the light and the progress.
  const window = ctx.activity && activityWindow(item, milestones, units, roles, ctx.asOf);
  const reports = ctx.activity && window ? buildReports(ctx.activity, window) : null;
  if (reports) {
    item.last_report_on = reports.facts.lastReportOn;
    item.reported_progress = reports.facts.accepted?.percent ?? null;
  }
  Object.assign(
    item,
    deriveItemColumns(
      {
        item,
        milestones,
        targets,
        targetNames: targets.map((t) => t.name),
        unitNames: units.flatMap((u) => [u.name, u.shortName, ...u.aliases]),
      },
      ctx.rules,
    ),
  );
  const facts = responsibilityFacts(item);
  const responsibilities: ResponsibilitiesTable[] = units.map((u, i) => ({
    id: ctx.id(),
    item_id: id,
    unit_id: u.id,
    role: roles[i],
    leader_id: u.leaderId,
    deputy_id: u.deputyId,
    responsible_id: u.responsibleId,
    acknowledged_at: plan.assignedOn && rng.chance(0.9) ? at(plan.assignedOn, 6) : null,
    sort_order: i,
    ...facts,
  }));
  const a = ctx.activity;
  if (a && !window) passOn(a);
  if (!a || !window)
    return { item, responsibilities, milestones, targets, reports: [], urges: [], inspections: [] };
  // Late items draw the urging and the visits; closed ones got little of either.
  const red = item.lit && item.red_from !== null && item.red_from <= ctx.asOf;
  const yellow = item.lit && item.yellow_from !== null && item.yellow_from <= ctx.asOf;
  const urgeWeight = red ? 3 : yellow ? 2 : item.lit ? 0.6 : 0.3;
  return {
    item,
    responsibilities,
    milestones,
    targets,
    reports: reports?.rows ?? [],
    urges: buildUrges(a, window, urgeWeight),
    inspections: buildInspections(a, window, item.lit ? 1.3 : 0.4),
  };
}

/**
 * The days an item is reported on: from when it started running (the later of
 * start and assignment, as the light counts the cadence) to its closing or
 * today. Drafts and items not started yet have none.
 */
function activityWindow(
  item: ItemsTable,
  milestones: readonly MilestonesTable[],
  units: readonly BenchUnit[],
  roles: readonly ResponsibilityRole[],
  asOf: IsoDate,
): ActivityWindow | null {
  if (!item.assigned_on) return null;
  // The later of two ISO days (strings: Math.max does not apply).
  const since = [item.assigned_on, item.start_date].sort()[1];
  const until = item.closed_on && item.closed_on < asOf ? item.closed_on : asOf;
  if (until < since) return null;
  const done = milestones.filter((m) => m.done_date).length;
  return {
    itemId: item.id,
    since,
    until,
    open: item.closed_on === null,
    cadence: item.cadence,
    finalPercent:
      item.status === 'completed'
        ? 100
        : milestones.length
          ? Math.round((100 * done) / milestones.length)
          : 0,
    units: units.map((u, i) => ({ id: u.id, responsibleId: u.responsibleId, role: roles[i] })),
  };
}
