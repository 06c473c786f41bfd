import { addDays, type IsoDate } from '../../../core/dates.js';
import type { DemoItem } from './district-data.js';

export const addDaysIso = addDays;

/** Noon in China (04:00 UTC): a plausible office hour that stays on the same calendar date. */
export function atChinaNoon(day: IsoDate): Date {
  return new Date(`${day}T04:00:00Z`);
}

export interface Timeline {
  registered: IsoDate;
  assigned: IsoDate | null;
  started: IsoDate | null;
  milestonesDone: { title: string; plannedDate: IsoDate; doneDate: IsoDate }[];
  completionRequested: IsoDate | null;
  closed: IsoDate | null;
  suspended: IsoDate | null;
  cancelled: IsoDate | null;
}

/** A small deterministic jitter per item, so that the replay is the same on every load. */
function jitter(seed: string, span: number): number {
  let h = 0;
  for (const c of seed) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return (h % (2 * span + 1)) - span;
}

/**
 * When each event of a demo item happened, from its scenario and dates, never
 * after the demo's day and never before the event it follows.
 */
export function itemTimeline(d: Omit<DemoItem, 'children'>, today: IsoDate): Timeline {
  let cursor = addDays(d.startDate, -3);
  const at = (day: IsoDate): IsoDate => {
    // Dates are YYYY-MM-DD strings: compared as text, never through Math.min/max.
    const clamped = day > today ? today : day;
    if (clamped > cursor) cursor = clamped;
    return cursor;
  };
  const t: Timeline = {
    registered: at(cursor),
    assigned: null,
    started: null,
    milestonesDone: [],
    completionRequested: null,
    closed: null,
    suspended: null,
    cancelled: null,
  };
  if (d.scenario === 'draft') return t;
  t.assigned = at(d.startDate);
  if (d.scenario === 'assigned') return t;
  t.started = at(addDays(d.startDate, 2 + Math.abs(jitter(d.title, 2))));

  const planned = d.milestones.map((m) => ({
    title: m.title,
    plannedDate: addDays(d.startDate, m.plannedOffsetDays),
  }));
  const past = planned.filter((m) => m.plannedDate < today);
  const closing =
    d.scenario === 'completed_on_time' || d.scenario === 'completed_late' || d.scenario === 'pending_review';
  let undone = 0;
  if (d.scenario === 'milestone_late') undone = 1;
  if (d.scenario === 'overdue') undone = Math.min(2, past.length);
  const toMark = closing ? planned : past.slice(0, past.length - undone);
  for (const [i, m] of [...toMark].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate)).entries()) {
    t.milestonesDone.push({ ...m, doneDate: at(addDays(m.plannedDate, jitter(`${d.title}${i}`, 2))) });
  }

  switch (d.scenario) {
    case 'pending_review':
      t.completionRequested = at(addDays(today, -3));
      break;
    case 'completed_on_time':
      t.completionRequested = at(addDays(d.dueDate, -6));
      t.closed = at(addDays(d.dueDate, -2));
      break;
    case 'completed_late':
      t.completionRequested = at(addDays(d.dueDate, 8));
      t.closed = at(addDays(d.dueDate, 12));
      break;
    case 'suspended':
      t.suspended = at(addDays(today, -20));
      break;
    case 'cancelled':
      t.cancelled = at(addDays(today, -30));
      break;
    default:
      break;
  }
  return t;
}
