import { daysBetween, type IsoDate } from './dates.js';

/**
 * A milestone marked done on its actual date (issue 12): the lead unit says
 * when the step was really finished, not only "today". The date may not lie
 * ahead (nothing is done tomorrow) nor before the item's start date — the
 * first day work on it could count (an item may be registered and assigned
 * after work began, so the assignment day is not the bound).
 */
export interface MilestoneDoneCheck {
  doneDate: IsoDate;
  today: IsoDate;
  startDate: IsoDate;
}

export type MilestoneDoneProblem = 'in_future' | 'before_start';

export const MILESTONE_DONE_WORDS: Record<MilestoneDoneProblem, { zh: string; en: string }> = {
  in_future: { zh: '实际完成日期不能晚于今天', en: 'the actual date cannot be after today' },
  before_start: {
    zh: '实际完成日期不能早于事项的开始日期',
    en: "the actual date cannot be before the item's start date",
  },
};

export function milestoneDoneProblem(c: MilestoneDoneCheck): MilestoneDoneProblem | null {
  if (c.doneDate > c.today) return 'in_future';
  if (c.doneDate < c.startDate) return 'before_start';
  return null;
}

/** Days a step was finished after its planned date (0 when on time or early). */
export function milestoneLateDays(plannedDate: IsoDate, doneDate: IsoDate): number {
  return doneDate > plannedDate ? daysBetween(plannedDate, doneDate) : 0;
}
