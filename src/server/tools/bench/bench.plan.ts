import type { IsoDate } from '../../../core/dates.js';
import type { ItemStatus } from '../../../core/enums.js';
import { isLit } from '../../../core/light.js';
import { MILESTONE_TITLES, type Rng } from './bench.words.js';

/**
 * The life of one generated item as of the bench date: status, dates and
 * roadmap. Open items are drawn towards a chosen light (red, yellow, green) by
 * shaping their dates; the light they really get is then computed by the core
 * rule from these facts, exactly as the service would.
 */
export interface PlannedMilestone {
  title: string;
  planned: IsoDate;
  done: IsoDate | null;
}

export interface PlannedItem {
  status: ItemStatus;
  startDate: IsoDate;
  /** The original due date (baseline); `currentDueDate` differs after an extension. */
  dueDate: IsoDate;
  currentDueDate: IsoDate;
  extensionCount: number;
  assignedOn: IsoDate | null;
  closedOn: IsoDate | null;
  milestones: PlannedMilestone[];
}

/** Mostly running work, as in a real office in late November. */
const STATUS_WEIGHTS: Record<ItemStatus, number> = {
  draft: 5,
  assigned: 8,
  in_progress: 64,
  pending_review: 4,
  completed: 15,
  suspended: 2,
  cancelled: 2,
};

/** The light mix aimed at among open items (issue 2: a realistic mix, ~15% red, ~20% yellow). */
const LIGHT_SHAPES = {
  redOverdue: 9,
  redMilestone: 6,
  yellowDueSoon: 10,
  yellowMilestone: 10,
  green: 65,
} as const;
type Shape = keyof typeof LIGHT_SHAPES;

const YEAR_START = '2026-01-01';
const YEAR_END = '2026-12-31';

const DAY = 86_400_000;
// Plain UTC arithmetic: the generator shifts dates a few million times, and
// this is much cheaper than going through dayjs (core/dates) for each.
const addDays = (d: IsoDate, n: number): IsoDate =>
  new Date(Date.parse(d) + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a: IsoDate, b: IsoDate): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY);
const minOf = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
const maxOf = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

/**
 * Milestones evenly spread between start and due (the last on the due date): a
 * 倒排工期 roadmap. Those planned before `doneUpTo` are done around their planned
 * day, never after `doneUpTo` (today, or the closing day); null: none done.
 */
function roadmap(rng: Rng, start: IsoDate, due: IsoDate, doneUpTo: IsoDate | null): PlannedMilestone[] {
  const n = rng.int(3, 6);
  const span = Math.max(1, daysBetween(start, due));
  const first = rng.int(0, MILESTONE_TITLES.length - n);
  return Array.from({ length: n }, (_, k) => {
    const planned = addDays(start, Math.round(((k + 1) / n) * span));
    const done =
      doneUpTo && planned < doneUpTo ? maxOf(minOf(addDays(planned, rng.int(-5, 5)), doneUpTo), start) : null;
    return { title: MILESTONE_TITLES[first + k], planned, done };
  });
}

/** Makes the latest past milestone the open, late one, planned on `late`. */
function makeLate(ms: PlannedMilestone[], late: IsoDate, asOf: IsoDate): PlannedMilestone[] {
  let idx = -1;
  ms.forEach((m, i) => {
    if (m.planned < asOf) idx = i;
  });
  if (idx < 0) idx = 0;
  ms[idx] = { ...ms[idx], planned: late, done: null };
  return ms.sort((a, b) => (a.planned < b.planned ? -1 : a.planned > b.planned ? 1 : 0));
}

function openItem(rng: Rng, status: ItemStatus, asOf: IsoDate): PlannedItem {
  const shape = rng.weighted<Shape>(LIGHT_SHAPES);
  let due: IsoDate;
  let late: IsoDate | null = null;
  switch (shape) {
    case 'redOverdue':
      due = addDays(asOf, -rng.int(1, 150));
      break;
    case 'yellowDueSoon':
      due = addDays(asOf, rng.int(0, 6));
      break;
    case 'redMilestone':
      due = addDays(asOf, rng.int(10, 34));
      late = addDays(asOf, -rng.int(8, 60));
      break;
    case 'yellowMilestone':
      due = addDays(asOf, rng.int(10, 34));
      late = addDays(asOf, -rng.int(1, 7));
      break;
    default:
      // Mostly year-end targets (年底前); some multi-year projects run into 2027.
      due = rng.chance(0.15) ? addDays(YEAR_END, rng.int(1, 180)) : addDays(asOf, rng.int(10, 34));
  }
  let start = maxOf(YEAR_START, addDays(due, -rng.int(90, 330)));
  if (late && late <= start) start = addDays(late, -rng.int(20, 60));
  if (start >= due) start = addDays(due, -30);
  let ms = roadmap(rng, start, due, asOf);
  if (late) ms = makeLate(ms, late, asOf);
  // Overdue items typically left their last steps undone.
  if (shape === 'redOverdue') ms[ms.length - 1] = { ...ms[ms.length - 1], done: null };
  // A few items got an extension: the baseline due date stays, the one in force moves.
  const original = addDays(due, -rng.int(15, 60));
  const extended = rng.chance(0.04) && original > addDays(start, 30);
  const assignedOn = minOf(addDays(start, rng.int(0, 7)), asOf);
  return {
    status,
    startDate: start,
    dueDate: extended ? original : due,
    currentDueDate: due,
    extensionCount: extended ? 1 : 0,
    assignedOn,
    closedOn: null,
    milestones: ms,
  };
}

function closedItem(rng: Rng, status: ItemStatus, asOf: IsoDate): PlannedItem {
  const start = addDays(YEAR_START, rng.int(0, 200));
  const due = addDays(start, rng.int(45, 300));
  let closedOn: IsoDate;
  if (status === 'completed') {
    // About one in five closes late; nothing closes after today.
    closedOn = rng.chance(0.2) ? addDays(due, rng.int(1, 30)) : addDays(due, -rng.int(0, 30));
    closedOn = minOf(maxOf(closedOn, addDays(start, 10)), asOf);
  } else closedOn = minOf(addDays(start, rng.int(20, 200)), asOf);
  const ms = roadmap(rng, start, due, closedOn);
  if (status === 'completed') for (const m of ms) m.done ??= closedOn;
  return {
    status,
    startDate: start,
    dueDate: due,
    currentDueDate: due,
    extensionCount: 0,
    assignedOn: addDays(start, rng.int(0, 7)),
    closedOn: status === 'suspended' ? null : closedOn,
    milestones: ms,
  };
}

function draftItem(rng: Rng, asOf: IsoDate): PlannedItem {
  const start = addDays(asOf, rng.int(-20, 30));
  const due = addDays(start, rng.int(30, 200));
  return {
    status: 'draft',
    startDate: start,
    dueDate: due,
    currentDueDate: due,
    extensionCount: 0,
    assignedOn: null,
    closedOn: null,
    milestones: roadmap(rng, start, due, null),
  };
}

export function planItem(rng: Rng, asOf: IsoDate): PlannedItem {
  const status = rng.weighted<ItemStatus>(STATUS_WEIGHTS);
  if (status === 'draft') return draftItem(rng, asOf);
  return isLit(status) ? openItem(rng, status, asOf) : closedItem(rng, status, asOf);
}
