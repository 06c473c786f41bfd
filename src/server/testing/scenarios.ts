import type { ItemOut } from '../../core/schemas/item.js';
import type { World } from './world.js';

/**
 * Seven items whose lights as of the test day (Friday 2026-11-27, 5 working
 * days of warning, 7 days of milestone grace) are known, spread over the
 * world's units, ledgers and statuses. Lists and counts are checked against it.
 */
export interface LightScenario {
  /** Green: due at the end of the year; lead unit + cooperating unit. */
  green: ItemOut;
  /** Red: past its due date (11-20), in progress; lead unit. */
  overdue: ItemOut;
  /** Red: a milestone 12 days late; the cooperating unit leads, the lead unit cooperates. */
  milestoneRed: ItemOut;
  /** Yellow: due in 4 working days (12-03); only the unrelated unit. */
  dueSoon: ItemOut;
  /** Yellow: a milestone 2 days late; in the other ledger; lead unit. */
  milestoneYellow: ItemOut;
  /** No light: a draft already past its due date; lead unit. */
  draft: ItemOut;
  /** No light: completed on the test day, a week after its due date; lead unit. */
  closedLate: ItemOut;
}

export async function seedLightScenario(w: World): Promise<LightScenario> {
  const lead = [{ unitId: w.leadUnitId, role: 'lead' as const }];
  const done = [{ title: '完成前期手续', plannedDate: '2026-06-30', doneDate: '2026-06-20' }];
  return {
    green: await w.seedItem({ title: '马寨安置区3#地块主体封顶', dueDate: '2026-12-31' }, 'assign'),
    overdue: await w.seedItem(
      { title: '东区污水管网改造', dueDate: '2026-11-20', responsibilities: lead, milestones: done },
      'assign',
      'start',
    ),
    milestoneRed: await w.seedItem(
      {
        title: '老旧小区加装电梯',
        goal: '完成加装电梯120部',
        dueDate: '2026-12-31',
        responsibilities: [
          { unitId: w.coopUnitId, role: 'lead' },
          { unitId: w.leadUnitId, role: 'cooperating' },
        ],
        milestones: [{ title: '完成招标', plannedDate: '2026-11-15' }],
      },
      'assign',
    ),
    dueSoon: await w.seedItem(
      {
        title: '冬季清洁取暖',
        dueDate: '2026-12-03',
        responsibilities: [{ unitId: w.otherUnitId, role: 'lead' }],
        milestones: [],
      },
      'assign',
    ),
    milestoneYellow: await w.seedItem(
      {
        ledgerId: w.otherLedgerId,
        title: '城市道路白改黑',
        dueDate: '2026-12-31',
        responsibilities: lead,
        milestones: [{ title: '完成路面铣刨', plannedDate: '2026-11-25' }],
      },
      'assign',
    ),
    draft: await w.seedItem({
      title: '学校扩建工程',
      dueDate: '2026-11-10',
      responsibilities: lead,
      milestones: done,
    }),
    closedLate: await w.seedItem(
      { title: '农贸市场改造', dueDate: '2026-11-20', responsibilities: lead, milestones: done },
      'assign',
      'start',
      'request_completion',
      'approve_completion',
    ),
  };
}
