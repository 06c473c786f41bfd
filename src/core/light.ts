import type { WorkCalendar } from './calendar.js';
import { addDays, addMonths, daysBetween, type IsoDate, minDate } from './dates.js';
import type { Cadence, ItemStatus, Light } from './enums.js';
import { OPEN_STATUSES } from './status.js';

/**
 * The deadline light (亮灯) of DESIGN.md — the one implementation that the API,
 * the UI, reminders, bulletins and scoring share.
 *
 * Given an item's facts the light only ever worsens as days pass
 * (green → yellow → red) until the facts change (a milestone is done, an
 * extension is approved, the item is closed). So the rule is computed once per
 * change as two dates, `yellowFrom` and `redFrom`, stored on the item; the light
 * as of any date D is then a comparison that the database answers from an index.
 */

export interface LightSettings {
  /** Yellow when the due date is within this many working days. */
  warnWorkingDays: number;
  /** Red when an unfinished milestone is more than this many days late. */
  milestoneRedDays: number;
}

export const DEFAULT_LIGHT_SETTINGS: LightSettings = { warnWorkingDays: 5, milestoneRedDays: 7 };

export interface LightFacts {
  status: ItemStatus;
  /** The due date in force: the original one, or the latest approved extension. */
  dueDate: IsoDate;
  /** Planned dates of the milestones not done yet. */
  openMilestoneDates: readonly IsoDate[];
  /** How often the lead unit reports (进展反馈); without it no report is expected. */
  cadence?: Cadence;
  /** The day of the lead unit's latest report that was not returned. */
  lastReportOn?: IsoDate | null;
  /** The day reporting began (the later of start and assignment); the first report is due a cadence after it. */
  reportingSince?: IsoDate | null;
}

/**
 * The day the next report is due: one cadence after the last report (or after
 * reporting began), moved to the next working day when it falls on a weekend
 * or holiday. Null when no report is expected.
 */
export function reportDueOn(
  facts: Pick<LightFacts, 'cadence' | 'lastReportOn' | 'reportingSince'>,
  calendar: WorkCalendar,
): IsoDate | null {
  const base = facts.lastReportOn ?? facts.reportingSince;
  if (!facts.cadence || !base) return null;
  let due =
    facts.cadence === 'weekly'
      ? addDays(base, 7)
      : facts.cadence === 'biweekly'
        ? addDays(base, 14)
        : addMonths(base, 1);
  // A long holiday (Spring Festival, National Day) is at most 9 days; the bound only guards a broken calendar.
  for (let i = 0; i < 30 && !calendar.isWorkday(due); i++) due = addDays(due, 1);
  return due;
}

export interface LightThresholds {
  yellowFrom: IsoDate;
  redFrom: IsoDate;
}

/** Statuses that carry a light: the open ones. Drafts are not running yet; suspended, completed and cancelled items are not. */
export const LIT_STATUSES: readonly ItemStatus[] = OPEN_STATUSES;

export function isLit(status: ItemStatus): boolean {
  return LIT_STATUSES.includes(status);
}

/** The two dates at which the light turns yellow and red, or null for an item without a light. */
export function lightThresholds(
  facts: LightFacts,
  settings: LightSettings,
  calendar: WorkCalendar,
): LightThresholds | null {
  if (!isLit(facts.status)) return null;
  const firstOpenMilestone = minDate(...facts.openMilestoneDates);
  const redFrom = minDate(
    addDays(facts.dueDate, 1),
    firstOpenMilestone && addDays(firstOpenMilestone, settings.milestoneRedDays + 1),
  ) as IsoDate;
  const reportDue = reportDueOn(facts, calendar);
  const yellowFrom = minDate(
    calendar.windowStart(facts.dueDate, settings.warnWorkingDays),
    firstOpenMilestone && addDays(firstOpenMilestone, 1),
    // A report missing for its cadence: yellow the day after it was due.
    reportDue && addDays(reportDue, 1),
    redFrom,
  ) as IsoDate;
  return { yellowFrom, redFrom };
}

/** The light as of `asOf` from stored thresholds (null thresholds: no light). */
export function lightAt(thresholds: LightThresholds | null, asOf: IsoDate): Light | null {
  if (!thresholds) return null;
  if (thresholds.redFrom <= asOf) return 'red';
  if (thresholds.yellowFrom <= asOf) return 'yellow';
  return 'green';
}

/** Why an item has its light, as codes with numbers; `explainText` words them. */
export type LightReason =
  | { code: 'overdue'; days: number }
  | { code: 'due_soon'; workdays: number }
  | { code: 'milestone_late'; days: number; date: IsoDate; title?: string }
  | { code: 'report_missing'; due: IsoDate; days: number }
  | { code: 'on_track' };

export function explainLight(
  facts: LightFacts,
  asOf: IsoDate,
  settings: LightSettings,
  calendar: WorkCalendar,
  /** The open milestones' titles by planned date, so the reason names the late step, not only its date. */
  milestoneTitles: Readonly<Record<string, string>> = {},
): LightReason[] {
  if (!isLit(facts.status)) return [];
  const reasons: LightReason[] = [];
  if (facts.dueDate < asOf) reasons.push({ code: 'overdue', days: daysBetween(facts.dueDate, asOf) });
  else if (calendar.windowStart(facts.dueDate, settings.warnWorkingDays) <= asOf)
    reasons.push({ code: 'due_soon', workdays: calendar.workdaysBetween(asOf, facts.dueDate) });
  for (const date of [...facts.openMilestoneDates].sort()) {
    if (date < asOf) {
      const title = milestoneTitles[date];
      reasons.push({
        code: 'milestone_late',
        days: daysBetween(date, asOf),
        date,
        ...(title ? { title } : {}),
      });
    }
  }
  const reportDue = reportDueOn(facts, calendar);
  if (reportDue && reportDue < asOf)
    reasons.push({ code: 'report_missing', due: reportDue, days: daysBetween(reportDue, asOf) });
  return reasons.length ? reasons : [{ code: 'on_track' }];
}

export function explainText(reason: LightReason, lang: 'zh' | 'en'): string {
  switch (reason.code) {
    case 'overdue':
      return lang === 'zh' ? `已超期 ${reason.days} 天` : `${reason.days} days past due`;
    case 'due_soon':
      return lang === 'zh'
        ? `距截止还有 ${reason.workdays} 个工作日`
        : `due in ${reason.workdays} working days`;
    case 'milestone_late':
      return lang === 'zh'
        ? `节点${reason.title ? `「${reason.title}」` : ''}（计划 ${reason.date}）滞后 ${reason.days} 天`
        : `milestone ${reason.title ? `“${reason.title}” ` : ''}planned ${reason.date} is ${reason.days} days late`;
    case 'report_missing':
      return lang === 'zh'
        ? `进展反馈应于 ${reason.due} 报送，已逾 ${reason.days} 天`
        : `a progress report was due ${reason.due}, ${reason.days} days ago`;
    case 'on_track':
      return lang === 'zh' ? '按计划推进' : 'on track';
  }
}
