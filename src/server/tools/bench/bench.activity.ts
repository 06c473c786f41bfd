import type { IsoDate } from '../../../core/dates.js';
import type { Cadence, ResponsibilityRole } from '../../../core/enums.js';
import type { InspectionMethod, InspectionVerdict } from '../../../core/inspection.js';
import { URGE_METHODS } from '../../../core/notices.js';
import type {
  InspectionFindingsTable,
  InspectionInspectorsTable,
  InspectionItemsTable,
  InspectionsTable,
  ReportsTable,
  UrgesTable,
} from '../../db/schema.js';
import type { LeadReportFacts } from '../../modules/item/commands/apply-reports.js';
import {
  FINDINGS,
  INSPECTION_SUMMARIES,
  PLACES,
  REPORT_DONE,
  REPORT_NEXT,
  REPORT_PROBLEMS,
  RETURN_COMMENTS,
  type Rng,
  URGE_ANSWERS,
} from './bench.words.js';

/**
 * The history of a generated item for the scale sets: the units' progress
 * reports (进度报告) with their reviews, the urges (催办) and the inspections
 * (督察记录) with findings. Reports are built before the item's derived
 * columns, because the lead unit's reports are facts of the light and the
 * progress (`last_report_on`, `reported_progress`), read back exactly as
 * `leadReportFacts` reads them from the table.
 */

/** Rows of each kind per item, on average (the scale preset divided by the items). */
export interface ActivityRates {
  reports: number;
  urges: number;
  inspections: number;
}

export interface ActivityContext {
  rng: Rng;
  id: () => string;
  asOf: IsoDate;
  rates: ActivityRates;
  supervisorId: string;
  /**
   * Rows owed to the preset's totals per kind: items too young for their share
   * pass it on to later ones, so totals land on the preset, not only near it.
   */
  debt: Record<keyof ActivityRates, number>;
}

/** An urge as loaded: the table's `version` has a default, the loader writes it. */
export type UrgeRow = Omit<UrgesTable, 'version'> & { version: number };

export interface ActivityUnit {
  id: string;
  responsibleId: string;
  role: ResponsibilityRole;
}

const DAY = 86_400_000;
const addDays = (d: IsoDate, n: number): IsoDate =>
  new Date(Date.parse(d) + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a: IsoDate, b: IsoDate): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
const CADENCE_DAYS: Record<Cadence, number> = { weekly: 7, biweekly: 14, monthly: 30 };
const stamp = (d: IsoDate, minute: number) =>
  `${d}T${String(1 + (Math.floor(minute / 60) % 9)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;

/** How many rows of `kind` this item gets: the average times its weight, plus a share of what is owed. */
function howMany(ctx: ActivityContext, kind: keyof ActivityRates, weight: number, cap: number): number {
  const mean = ctx.rates[kind];
  if (mean <= 0) return 0;
  const want = Math.max(0, mean * weight + 0.25 * ctx.debt[kind]) * (0.5 + ctx.rng.next());
  const n = Math.min(cap, Math.round(want));
  ctx.debt[kind] = Math.max(-50 * mean, Math.min(50 * mean, ctx.debt[kind] + mean - n));
  return n;
}

/** An item with no history (a draft, one not started yet) passes its share of each kind on to the next. */
export function passOn(
  ctx: ActivityContext,
  kinds: readonly (keyof ActivityRates)[] = ['reports', 'urges', 'inspections'],
): void {
  for (const kind of kinds) howMany(ctx, kind, 0, 0);
}

/** Evenly spread days between `from` and `to` (both kept), ascending; repeated days when the span is short. */
function spread(rng: Rng, from: IsoDate, to: IsoDate, n: number): IsoDate[] {
  const span = Math.max(0, daysBetween(from, to));
  return Array.from({ length: n }, (_, j) => {
    const d = Math.round(((j + 1) / n) * span) - (j < n - 1 ? rng.int(0, 1) : 0);
    return addDays(from, Math.max(0, Math.min(span, d)));
  }).sort();
}

/** The window an item is reported, urged and inspected in: from when it started running to today or its closing. */
export interface ActivityWindow {
  itemId: string;
  since: IsoDate;
  until: IsoDate;
  open: boolean;
  cadence: Cadence;
  /** Where the lead unit's reports end up (the item's milestone share, 100 when completed). */
  finalPercent: number;
  units: readonly ActivityUnit[];
}

export function buildReports(
  ctx: ActivityContext,
  w: ActivityWindow,
): { rows: ReportsTable[]; facts: LeadReportFacts } {
  const { rng } = ctx;
  const none = { rows: [], facts: { lastReportOn: null, accepted: null } };
  // An open item's last report falls somewhere in its current cadence period (so only the
  // newest few wait for review); a few stopped reporting a while ago: yellow for the missing report.
  const cadence = CADENCE_DAYS[w.cadence];
  const until = !w.open
    ? w.until
    : rng.chance(0.06)
      ? addDays(w.until, -rng.int(1, 3) * cadence)
      : addDays(w.until, -rng.int(0, cadence - 1));
  if (until < w.since) {
    passOn(ctx, ['reports']);
    return none;
  }
  const n = howMany(ctx, 'reports', 1, 1 + Math.floor(daysBetween(w.since, until) / 2));
  if (n === 0) return none;
  const days = spread(rng, w.since, until, n);
  const rows: ReportsTable[] = [];
  let lastReportOn: string | null = null;
  let accepted: ReportsTable | null = null;
  days.forEach((day, j) => {
    // The lead unit writes most reports; co-units report their part now and then.
    const unit = w.units.length > 1 && rng.chance(0.3) ? rng.pick(w.units.slice(1)) : w.units[0];
    const recent = daysBetween(day, ctx.asOf) <= 3;
    const status =
      recent && w.open && rng.chance(0.6) ? 'submitted' : rng.chance(0.93) ? 'accepted' : 'returned';
    const reviewDay = addDays(day, 1) > ctx.asOf ? day : addDays(day, 1);
    const percent = Math.min(100, Math.round((w.finalPercent * (j + 1)) / n));
    const createdAt = stamp(day, j % 500);
    const row: ReportsTable = {
      id: ctx.id(),
      item_id: w.itemId,
      unit_id: unit.id,
      unit_role: unit.role,
      content: `${rng.pick(REPORT_DONE)}，${rng.pick(REPORT_DONE)}。`,
      percent,
      problems: rng.chance(0.3) ? rng.pick(REPORT_PROBLEMS) : null,
      next_steps: rng.pick(REPORT_NEXT),
      target_values: '[]',
      obstacle_ids: '[]',
      status,
      submitted_by: unit.responsibleId,
      submitted_on: day,
      reviewed_by: status === 'submitted' ? null : ctx.supervisorId,
      reviewed_at: status === 'submitted' ? null : stamp(reviewDay, 540 + (j % 60)),
      review_comment: status === 'returned' ? rng.pick(RETURN_COMMENTS) : null,
      created_at: createdAt,
      updated_at: createdAt,
      version: status === 'submitted' ? 1 : 2,
    };
    rows.push(row);
    if (unit.role !== 'lead') return;
    if (status !== 'returned' && (lastReportOn === null || day > lastReportOn)) lastReportOn = day;
    // Rows are in creation order (time, then id): the last accepted one is the newest.
    if (status === 'accepted') accepted = row;
  });
  const a = accepted as ReportsTable | null;
  return { rows, facts: { lastReportOn, accepted: a ? { percent: a.percent, targetValues: [] } : null } };
}

/** Urges, mostly on items that are late: `weight` says how much more than an average item this one gets. */
export function buildUrges(ctx: ActivityContext, w: ActivityWindow, weight: number): UrgeRow[] {
  const { rng } = ctx;
  const n = howMany(ctx, 'urges', weight, 1 + Math.floor(daysBetween(w.since, w.until) / 3));
  return spread(rng, w.since, w.until, n).map((day, j) => {
    const unit = rng.chance(0.8) ? w.units[0] : rng.pick(w.units);
    const ladder = rng.chance(0.35);
    const at = stamp(day, 60 + (j % 400));
    return {
      id: ctx.id(),
      item_id: w.itemId,
      unit_id: unit.id,
      channel: ladder ? 'in_app' : rng.pick(URGE_METHODS),
      to_person_id: unit.responsibleId,
      to_text: null,
      urged_at: at,
      answer: !ladder && rng.chance(0.6) ? rng.pick(URGE_ANSWERS) : null,
      source: ladder ? 'ladder' : 'manual',
      notice_id: null,
      created_by: ladder ? null : ctx.supervisorId,
      created_at: at,
      version: 1,
    };
  });
}

export interface InspectionBundle {
  inspection: InspectionsTable;
  items: InspectionItemsTable[];
  inspectors: InspectionInspectorsTable[];
  findings: InspectionFindingsTable[];
}

const METHOD_WEIGHTS: Record<InspectionMethod, number> = {
  onsite: 50,
  unannounced: 20,
  dedicated: 10,
  phone: 20,
};
const VERDICTS: Record<InspectionVerdict, number> = { good: 55, fair: 30, poor: 15 };

/** Inspections of one item, each of one of its units; findings for the fair and poor verdicts. */
export function buildInspections(
  ctx: ActivityContext,
  w: ActivityWindow,
  weight: number,
): InspectionBundle[] {
  const { rng } = ctx;
  const n = howMany(ctx, 'inspections', weight, 1 + Math.floor(daysBetween(w.since, w.until) / 7));
  return spread(rng, w.since, w.until, n).map((day, j) => {
    const unit = rng.pick(w.units);
    const method = rng.weighted(METHOD_WEIGHTS);
    const verdict = rng.weighted(VERDICTS);
    const at = stamp(day, 120 + (j % 300));
    // Unannounced visits are disclosed to the unit later, most of them by now.
    const disclosed = method === 'unannounced' && rng.chance(0.7);
    const id = ctx.id();
    const findings = verdict === 'good' ? 0 : verdict === 'fair' ? rng.int(0, 1) : rng.int(1, 2);
    return {
      inspection: {
        id,
        method,
        inspected_on: day,
        unit_id: unit.id,
        place: method === 'phone' ? null : `${rng.pick(PLACES)}项目现场`,
        summary: rng.pick(INSPECTION_SUMMARIES),
        verdict,
        hidden: method === 'unannounced' && !disclosed ? 1 : 0,
        disclosed_at: disclosed ? stamp(addDays(day, 1) > ctx.asOf ? day : addDays(day, 1), 600) : null,
        disclosed_by: disclosed ? ctx.supervisorId : null,
        created_by: ctx.supervisorId,
        created_at: at,
        updated_at: at,
        version: disclosed ? 2 : 1,
      },
      items: [{ inspection_id: id, item_id: w.itemId, inspected_on: day }],
      inspectors: [{ inspection_id: id, user_id: ctx.supervisorId }],
      findings: Array.from({ length: findings }, (_, k) => ({
        id: ctx.id(),
        inspection_id: id,
        text: rng.pick(FINDINGS),
        item_id: w.itemId,
        rectification_item_id: null,
        notice_id: null,
        sort_order: k,
      })),
    };
  });
}
