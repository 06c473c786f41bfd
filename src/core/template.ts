import { addDays, type IsoDate, maxDate } from './dates.js';
import type { TemplateMilestone } from './schemas/template.js';

/**
 * The default roadmap of an item laid backwards from its due date (倒排工期):
 * each milestone of the template falls `daysBeforeDue` days before the due
 * date, clamped to the start date, earliest first.
 */
export function layMilestonesBackwards(
  chain: readonly TemplateMilestone[],
  dates: { startDate: IsoDate; dueDate: IsoDate },
): { title: string; plannedDate: IsoDate }[] {
  return chain
    .map((m) => {
      const planned = addDays(dates.dueDate, -m.daysBeforeDue);
      return { title: m.title, plannedDate: maxDate(planned, dates.startDate) as IsoDate };
    })
    .sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : 0));
}

/** `主体封顶 = 时限 − 90天`: how offices write a backwards-laid milestone. */
export function describeBackwardsRule(m: TemplateMilestone): string {
  return m.daysBeforeDue === 0 ? `${m.title} = 时限` : `${m.title} = 时限 − ${m.daysBeforeDue}天`;
}

/**
 * Reads `时限 − 90天`, `时限-90天`, `时限 - 3个月` (30 days a month) or `时限` into
 * days before the due date; null when the words say something else.
 */
export function parseBackwardsRule(text: string): number | null {
  const m = /^\s*时限\s*(?:[-−－]\s*(\d{1,4})\s*(天|日|个月|月|周)\s*)?$/.exec(text);
  if (!m) return null;
  if (!m[1]) return 0;
  const n = Number(m[1]);
  const unit = m[2];
  return unit === '周' ? n * 7 : unit === '天' || unit === '日' ? n : n * 30;
}
