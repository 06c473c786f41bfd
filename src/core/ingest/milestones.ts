import type { WorkCalendar } from '../calendar.js';
import { addDays, daysBetween, type IsoDate } from '../dates.js';

/**
 * 倒排工期: when a directive gives only its final date, milestones are laid
 * backwards from it — a third and two thirds of the way, and the due date —
 * each on a working day at or before its share of the time.
 */
export interface MilestoneProposal {
  title: string;
  plannedDate: IsoDate;
  /** `text`: a dated step the directive names; `backward`: laid back from the due date. */
  origin: 'text' | 'backward';
  start?: number;
  end?: number;
}

export function layBackwards(
  start: IsoDate,
  due: IsoDate,
  title: string,
  cal?: WorkCalendar,
): MilestoneProposal[] {
  const span = daysBetween(start, due);
  if (span < 21) return [{ title: `完成${title}`, plannedDate: due, origin: 'backward' }];
  const steps =
    span >= 90 ? ['制定实施方案，明确责任分工', '完成主要工程量（过半）'] : ['制定实施方案，明确责任分工'];
  const out: MilestoneProposal[] = steps.map((t, i) => ({
    title: t,
    plannedDate: workdayOnOrBefore(
      addDays(due, -Math.round((span * (steps.length - i)) / (steps.length + 1))),
      start,
      cal,
    ),
    origin: 'backward' as const,
  }));
  out.push({ title: `全面完成：${title}`, plannedDate: due, origin: 'backward' });
  return out;
}

function workdayOnOrBefore(d: IsoDate, floor: IsoDate, cal?: WorkCalendar): IsoDate {
  if (!cal) return d;
  let x = d;
  while (x > floor && !cal.isWorkday(x)) x = addDays(x, -1);
  return x;
}
