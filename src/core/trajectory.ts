import { addDays, daysBetween, type IsoDate } from './dates.js';
import type { Trajectory } from './enums.js';

/**
 * The trajectory signal of DESIGN.md: for an item with quantitative targets
 * (套数, 亿元, 优良天数, …), the share of the way from baseline to target that
 * the reports say is done, against the planned straight line from the start
 * date (0 %) to the due date in force (100 %).
 *
 * Like the light, the answer only worsens as days pass until the facts change
 * (a report is accepted, the due date moves), so it is stored as two dates —
 * `behindFrom`, `farBehindFrom` — and "behind as of D" is a comparison.
 */

export interface TrajectorySettings {
  /** Behind when the plan is more than this many percentage points ahead of the actual. */
  behindPoints: number;
  /** Far behind beyond this many points. */
  farBehindPoints: number;
}

/** 10 and 25 points: a month and a quarter of a year's plan. */
export const DEFAULT_TRAJECTORY_SETTINGS: TrajectorySettings = { behindPoints: 10, farBehindPoints: 25 };

export interface TrajectoryTarget {
  targetValue: number;
  baselineValue: number;
  /** The latest accepted value; null: nothing reported, still at the baseline. */
  currentValue: number | null;
}

export interface TrajectoryFacts {
  startDate: IsoDate;
  dueDate: IsoDate;
  targets: readonly TrajectoryTarget[];
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The share done, 0…1: the least advanced target decides (an item is only as
 * far as its slowest target). Null when no target measures anything (target
 * equal to baseline).
 */
export function actualShare(targets: readonly TrajectoryTarget[]): number | null {
  const shares = targets
    .filter((t) => t.targetValue !== t.baselineValue)
    .map((t) =>
      clamp01(((t.currentValue ?? t.baselineValue) - t.baselineValue) / (t.targetValue - t.baselineValue)),
    );
  return shares.length ? Math.min(...shares) : null;
}

/** The share the plan expects `day` days after the start, 0…1. */
function plannedAt(day: number, span: number): number {
  return span <= 0 ? (day >= 0 ? 1 : 0) : clamp01(day / span);
}

/** How many points the plan is ahead of the actual on day `day` after the start. */
const gapAt = (day: number, span: number, actual: number) => (plannedAt(day, span) - actual) * 100;

/** The first day (counted from the start) on which the gap exceeds `points`, or null if it never does. */
function firstDayBeyond(points: number, span: number, actual: number): number | null {
  if (gapAt(Math.max(span, 0), span, actual) <= points) return null;
  // The gap grows with the day: a binary search for the first day beyond the bound.
  let lo = 0;
  let hi = Math.max(span, 0);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (gapAt(mid, span, actual) > points) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export interface TrajectoryThresholds {
  behindFrom: IsoDate | null;
  farBehindFrom: IsoDate | null;
}

/** The dates from which the item is behind and far behind; null when it has no measurable target. */
export function trajectoryThresholds(
  facts: TrajectoryFacts,
  settings: TrajectorySettings = DEFAULT_TRAJECTORY_SETTINGS,
): TrajectoryThresholds | null {
  const actual = actualShare(facts.targets);
  if (actual === null) return null;
  const span = daysBetween(facts.startDate, facts.dueDate);
  const at = (day: number | null) => (day === null ? null : addDays(facts.startDate, day));
  return {
    behindFrom: at(firstDayBeyond(settings.behindPoints, span, actual)),
    farBehindFrom: at(firstDayBeyond(settings.farBehindPoints, span, actual)),
  };
}

/** The trajectory as of `asOf` from stored thresholds (null thresholds: no quantitative targets). */
export function trajectoryAt(thresholds: TrajectoryThresholds | null, asOf: IsoDate): Trajectory | null {
  if (!thresholds) return null;
  if (thresholds.farBehindFrom && thresholds.farBehindFrom <= asOf) return 'far_behind';
  if (thresholds.behindFrom && thresholds.behindFrom <= asOf) return 'behind';
  return 'on_track';
}

/** Planned and actual shares in percent as of a date, for the words beside the signal. */
export function trajectoryNumbers(
  facts: TrajectoryFacts,
  asOf: IsoDate,
): { planned: number; actual: number } | null {
  const actual = actualShare(facts.targets);
  if (actual === null) return null;
  const span = daysBetween(facts.startDate, facts.dueDate);
  return {
    planned: Math.round(100 * plannedAt(daysBetween(facts.startDate, asOf), span)),
    actual: Math.round(100 * actual),
  };
}
