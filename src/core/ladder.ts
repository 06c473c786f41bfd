import type { WorkCalendar } from './calendar.js';
import { addDays, type IsoDate } from './dates.js';
import type { ItemStatus, ResponsibilityRole } from './enums.js';

/**
 * The reminder ladder (催办阶梯) of DESIGN.md: for a given day, which reminders
 * are due, to whom, on which rung. Pure: the server feeds it the open items'
 * facts, the office's working-day calendar and the ladder settings, records
 * what it returns under a unique key (item, reason, subject, rung, day, unit)
 * and folds each person's reminders of the day into one digest.
 *
 * Rungs climb the responsibility chain:
 *   1. the responsible person (具体责任人) — before a due date or milestone, or when something is late;
 *   2. the deputy in charge (分管副职) — on the deadline, or when a late thing stays late;
 *   3. an urging notice (催办单) to the unit, the deputy told — after the deadline;
 *   4. a supervision notice (督办通知单), to the leader in charge (主管领导) — a week after that.
 * Only working days count and only working days remind: on a weekend or holiday
 * nothing is due, and a threshold that would fall on one falls on the working day
 * the count reaches instead, so each threshold fires on exactly one day.
 */
export type Rung = 1 | 2 | 3 | 4;
export const RUNGS: readonly Rung[] = [1, 2, 3, 4];

export const REMINDER_REASONS = [
  'due',
  'milestone',
  'report_missing',
  'not_acknowledged',
  'instruction_not_acknowledged',
  'notice_reply',
] as const;
export type ReminderReason = (typeof REMINDER_REASONS)[number];

export interface LadderConfig {
  /** Working days before a due date or milestone on which the responsible person is reminded (rung 1). */
  daysBefore: number[];
  /** Working days after the due date on which the deputy in charge is reminded (rung 2; 0: on the due date). */
  deputyAfter: number;
  /** Working days after the due date on which an urging notice (催办单) goes to the unit (rung 3). */
  urgingAfter: number;
  /** Working days after the due date on which a supervision notice (督办通知单) goes to the leader in charge (rung 4). */
  supervisionAfter: number;
  /** A late report, acknowledgement or notice reply: rung 1 when late, rung 2 this many working days later. */
  lateFollowUp: number;
  /** Working days a unit has to acknowledge (签收) an assignment or a leader's instruction. */
  ackWithin: number;
  /** Ledgers with their own days-before list (ledger id → days). */
  ledgerDaysBefore: Record<string, number[]>;
}

/** The default ladder: 7/3/1 working days before, the deputy on the day, 催办单 a day after, 督办通知单 a week after that. */
export const DEFAULT_LADDER: LadderConfig = {
  daysBefore: [7, 3, 1],
  deputyAfter: 0,
  urgingAfter: 1,
  supervisionAfter: 6,
  lateFollowUp: 3,
  ackWithin: 2,
  ledgerDaysBefore: {},
};

export interface LadderUnit {
  unitId: string;
  role: ResponsibilityRole;
  leaderId: string | null;
  deputyId: string | null;
  responsibleId: string | null;
  acknowledgedAt: string | null;
}

export interface LadderItem {
  id: string;
  code: string;
  title: string;
  ledgerId: string;
  status: ItemStatus;
  /** The due date in force. */
  dueDate: IsoDate;
  /** The day the item was assigned (交办); acknowledgements count from it. */
  assignedOn: IsoDate | null;
  milestones: { id: string; title: string; plannedDate: IsoDate; doneDate: IsoDate | null }[];
  /** The day the lead unit's next report is due (core/light `reportDueOn`), null when none is expected. */
  reportDue: IsoDate | null;
  units: LadderUnit[];
  /** Leader instructions a unit has not acknowledged yet, with the day they were written. */
  instructionAcks: { instructionId: string; unitId: string; since: IsoDate }[];
  /**
   * Notices (督察通知单 …) whose reply a unit still owes, with the reply deadline.
   * The hook for the notices module: it fills this list; until then it stays empty.
   */
  noticeReplies: { noticeId: string; unitId: string; replyDue: IsoDate }[];
}

export interface DueReminder {
  itemId: string;
  itemCode: string;
  itemTitle: string;
  reason: ReminderReason;
  /** What within the item: the milestone, instruction or notice id, the report due date; '' for the item itself. */
  subjectId: string;
  /** The milestone's title, when the subject is one. */
  subjectTitle: string | null;
  rung: Rung;
  unitId: string;
  /**
   * The person reminded. Rung 3 goes to the unit as a notice and its deputy is
   * told; rung 4 goes to the leader in charge (null when none is named: the
   * notice still goes to the unit).
   */
  recipientId: string | null;
  /** The date the reminder is about (due date, milestone date, report due, reply due). */
  deadline: IsoDate;
  /** Working days left before the deadline (> 0), or working days late (≤ 0: 0 on the day, −2 two days late). */
  days: number;
}

/** Statuses the ladder chases: assigned and in progress. Items asked to close, drafts and closed ones are left alone. */
const CHASED: readonly ItemStatus[] = ['assigned', 'in_progress'];

/** The first working day on or after `date`. */
export function firstWorkdayFrom(calendar: WorkCalendar, date: IsoDate): IsoDate {
  let d = date;
  for (let i = 0; i < 60 && !calendar.isWorkday(d); i++) d = addDays(d, 1);
  return d;
}

/**
 * Working days `day` is past `deadline`: 0 on the first working day on or
 * after it, 1 on the next working day, …; −1 before it.
 */
export function workdaysLate(calendar: WorkCalendar, deadline: IsoDate, day: IsoDate): number {
  const start = firstWorkdayFrom(calendar, deadline);
  if (day < start) return -1;
  return calendar.workdaysBetween(start, day);
}

/** The days-before list that holds for a ledger. */
export function daysBeforeFor(config: LadderConfig, ledgerId: string): number[] {
  return config.ledgerDaysBefore[ledgerId] ?? config.daysBefore;
}

/** Every reminder due on `day`; none on a day that is not a working day. */
export function remindersDue(
  day: IsoDate,
  items: readonly LadderItem[],
  config: LadderConfig,
  calendar: WorkCalendar,
): DueReminder[] {
  if (!calendar.isWorkday(day)) return [];
  const out: DueReminder[] = [];
  for (const item of items) {
    if (!CHASED.includes(item.status)) continue;
    out.push(...remindersOf(day, item, config, calendar));
  }
  return out;
}

function remindersOf(day: IsoDate, item: LadderItem, config: LadderConfig, cal: WorkCalendar): DueReminder[] {
  const out: DueReminder[] = [];
  const base = { itemId: item.id, itemCode: item.code, itemTitle: item.title };
  const push = (
    r: Omit<DueReminder, 'itemId' | 'itemCode' | 'itemTitle' | 'recipientId' | 'subjectTitle'> & {
      recipientId: string | null | undefined;
      subjectTitle?: string | null;
    },
  ) => {
    // Rungs 1 and 2 are for a person: with nobody named on the chain there is no one to remind.
    if (r.rung <= 2 && !r.recipientId) return;
    out.push({ ...base, ...r, recipientId: r.recipientId ?? null, subjectTitle: r.subjectTitle ?? null });
  };
  const daysBefore = daysBeforeFor(config, item.ledgerId);
  // The units that answer for the deadline: the lead unit and the undertaking units (配合单位 follow them).
  const answering = item.units.filter((u) => u.role === 'lead' || u.role === 'undertaking');
  const lead = item.units.find((u) => u.role === 'lead');
  const responsible = (u: LadderUnit) => u.responsibleId ?? u.deputyId ?? u.leaderId;
  const deputy = (u: LadderUnit) => u.deputyId ?? u.leaderId ?? u.responsibleId;

  // The due date climbs the whole ladder.
  const left = day < item.dueDate ? cal.workdaysBetween(day, item.dueDate) : 0;
  const late = workdaysLate(cal, item.dueDate, day);
  for (const u of answering) {
    const at = { reason: 'due' as const, subjectId: '', unitId: u.unitId, deadline: item.dueDate };
    if (late < 0 && left > 0 && daysBefore.includes(left))
      push({ ...at, rung: 1, recipientId: responsible(u), days: left });
    if (late === config.deputyAfter) push({ ...at, rung: 2, recipientId: deputy(u), days: -late });
    if (late === config.urgingAfter) push({ ...at, rung: 3, recipientId: deputy(u), days: -late });
    if (late === config.supervisionAfter) push({ ...at, rung: 4, recipientId: u.leaderId, days: -late });
  }

  // Milestones: the responsible person before, the deputy on the day; the due date carries the notices.
  for (const m of item.milestones) {
    if (m.doneDate) continue;
    const mLeft = day < m.plannedDate ? cal.workdaysBetween(day, m.plannedDate) : 0;
    const mLate = workdaysLate(cal, m.plannedDate, day);
    for (const u of answering) {
      const at = {
        reason: 'milestone' as const,
        subjectId: m.id,
        subjectTitle: m.title,
        unitId: u.unitId,
        deadline: m.plannedDate,
      };
      if (mLate < 0 && mLeft > 0 && daysBefore.includes(mLeft))
        push({ ...at, rung: 1, recipientId: responsible(u), days: mLeft });
      if (mLate === config.deputyAfter) push({ ...at, rung: 2, recipientId: deputy(u), days: -mLate });
    }
  }

  // Late things: rung 1 on the first late working day, rung 2 `lateFollowUp` working days later.
  const lateSteps = (
    reason: ReminderReason,
    subjectId: string,
    u: LadderUnit,
    firstLateDay: IsoDate,
    deadline: IsoDate,
  ) => {
    const k = workdaysLate(cal, firstLateDay, day);
    const at = { reason, subjectId, unitId: u.unitId, deadline };
    if (k === 0) push({ ...at, rung: 1, recipientId: responsible(u), days: -k });
    if (k === config.lateFollowUp) push({ ...at, rung: 2, recipientId: deputy(u), days: -k });
  };
  // A report missing for the cadence is the lead unit's: late from the day after it was due.
  if (lead && item.reportDue && item.reportDue < item.dueDate)
    lateSteps('report_missing', item.reportDue, lead, addDays(item.reportDue, 1), item.reportDue);
  // An acknowledgement is late once `ackWithin` working days have passed since the assignment or instruction.
  const ackDeadline = (since: IsoDate) => {
    let d = since;
    for (let n = 0; n < config.ackWithin; ) {
      d = addDays(d, 1);
      if (cal.isWorkday(d)) n++;
    }
    return d;
  };
  if (item.assignedOn)
    for (const u of item.units.filter((x) => !x.acknowledgedAt)) {
      const deadline = ackDeadline(item.assignedOn);
      lateSteps('not_acknowledged', '', u, addDays(deadline, 1), deadline);
    }
  for (const a of item.instructionAcks) {
    const u = item.units.find((x) => x.unitId === a.unitId);
    if (!u) continue;
    const deadline = ackDeadline(a.since);
    lateSteps('instruction_not_acknowledged', a.instructionId, u, addDays(deadline, 1), deadline);
  }
  for (const n of item.noticeReplies) {
    const u = item.units.find((x) => x.unitId === n.unitId);
    if (u) lateSteps('notice_reply', n.noticeId, u, addDays(n.replyDue, 1), n.replyDue);
  }
  return out;
}

/** A person's reminders of the day, for one digest each (every rung names the person it tells). */
export function digestsOf(reminders: readonly DueReminder[]): Map<string, DueReminder[]> {
  const byPerson = new Map<string, DueReminder[]>();
  for (const r of reminders) {
    if (!r.recipientId) continue;
    const list = byPerson.get(r.recipientId) ?? [];
    list.push(r);
    byPerson.set(r.recipientId, list);
  }
  return byPerson;
}

export type NoticeKind = 'urging' | 'supervision';

/** The notices of the day: one per unit and kind (催办单 on rung 3, 督办通知单 on rung 4), naming all its items. */
export function noticesOf(
  reminders: readonly DueReminder[],
): { kind: NoticeKind; unitId: string; reminders: DueReminder[] }[] {
  const byKey = new Map<string, { kind: NoticeKind; unitId: string; reminders: DueReminder[] }>();
  for (const r of reminders) {
    if (r.rung < 3) continue;
    const kind: NoticeKind = r.rung === 3 ? 'urging' : 'supervision';
    const key = `${kind}:${r.unitId}`;
    const entry = byKey.get(key) ?? { kind, unitId: r.unitId, reminders: [] };
    entry.reminders.push(r);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
