import { addDays, addMonths, daysBetween, type IsoDate } from '../../../core/dates.js';
import { OBSTACLE_CAUSES, type ObstacleCause } from '../../../core/enums.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { Actor, Ctx } from '../../context.js';
import { acknowledgeInstruction, writeInstruction } from '../../modules/instruction/instruction.service.js';
import { acknowledgeItem, getItem } from '../../modules/item/item.service.js';
import { raiseObstacle, resolveObstacle } from '../../modules/obstacle/obstacle.service.js';
import { reviewReport, submitReport } from '../../modules/report/report.service.js';

/**
 * The units' written answers in the demo, replayed on their own days through
 * the real services: the other units acknowledge, the lead unit reports on its
 * cadence for the last few periods (most accepted, some returned, the newest
 * waiting for review), troubled items name obstacles of every cause, and the
 * leader writes instructions that some units have acknowledged.
 */

export interface WorkflowActors {
  supervisor: Actor;
  leader: Actor | null;
  /** A user of each unit, by unit id. */
  unitUsers: Map<string, Actor>;
  /** A unit that must solve obstacles it is not part of, by cause (e.g. land: 自然资源局). */
  solverFor: (cause: ObstacleCause, item: ItemOut) => string;
  ctxAt: (actor: Actor, day: IsoDate) => Ctx;
}

const REPORT_TEXT = [
  '按照倒排工期要求推进，本期完成既定节点任务。',
  '现场施工有序推进，已组织专题调度会一次。',
  '完成阶段性目标，资料已整理归档。',
  '克服天气影响，加班加点推进，进度基本符合计划。',
];
const OBSTACLE_TEXT: Record<ObstacleCause, string> = {
  funds: '配套资金尚未拨付到位，影响工程款支付',
  land: '项目用地指标未落实，无法办理供地手续',
  demolition: '红线内仍有 3 户未签订征迁协议',
  approvals: '环评批复尚未取得，施工许可无法办理',
  coordination: '管线迁改涉及多家产权单位，协调进展缓慢',
  policy: '补偿标准政策口径未明确，群众存在观望情绪',
  other: '冬季施工受限，部分工序需顺延',
};

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** Report days of the last `n` cadence periods before `today`, oldest first, none before `from`. */
function reportDays(cadence: ItemOut['cadence'], from: IsoDate, today: IsoDate, n: number): IsoDate[] {
  const days: IsoDate[] = [];
  let d = addDays(today, -1 - (hash(from) % 3));
  for (let i = 0; i < n && d > from; i++) {
    days.unshift(d);
    d = cadence === 'weekly' ? addDays(d, -7) : cadence === 'biweekly' ? addDays(d, -14) : addMonths(d, -1);
  }
  return days;
}

let causeTurn = 0;

export async function replayWorkflow(a: WorkflowActors, start: ItemOut, today: IsoDate): Promise<void> {
  if (!start.assignedOn) return;
  const h = hash(start.code);
  const lead = start.responsibilities.find((r) => r.role === 'lead');
  const leadUser = lead ? a.unitUsers.get(lead.unitId) : undefined;
  const assigned = start.assignedOn;

  // 签收: most other units acknowledge a day or two after assignment; some have not yet.
  for (const r of start.responsibilities) {
    const user = a.unitUsers.get(r.unitId);
    if (!user || r.acknowledgedAt || (h + r.unitId.length) % 5 === 0) continue;
    const day = addDays(assigned, 1 + (h % 2));
    if (day > today) continue;
    const item = await getItem(a.ctxAt(a.supervisor, day), start.id);
    if (!['assigned', 'in_progress'].includes(item.status)) continue;
    await acknowledgeItem(a.ctxAt(user, day), start.id, {});
  }

  const running = start.status === 'in_progress' || start.status === 'pending_review';
  if (!leadUser || !running) return;
  const days = reportDays(start.cadence, addDays(assigned, 3), today, 3);
  const span = Math.max(1, daysBetween(start.startDate, start.currentDueDate));
  // One obstacle per item, named by each report until it is solved.
  let obstacle: string | null = null;
  for (const [i, day] of days.entries()) {
    const ctx = a.ctxAt(leadUser, day);
    const item = await getItem(ctx, start.id, day);
    if (item.status !== 'in_progress') break;
    // Progress on the planned line, less for items in trouble.
    const planned = Math.min(1, Math.max(0, daysBetween(item.startDate, day) / span));
    const lag = item.light === 'red' ? 0.25 : item.light === 'yellow' ? 0.1 : h % 4 === 0 ? 0.2 : 0;
    const share = Math.max(0.05, planned - lag);
    const obstacleIds: string[] = [];
    const troubled = item.light === 'red' || item.trajectory === 'behind' || item.trajectory === 'far_behind';
    if (troubled || (h + i) % 6 === 0) {
      obstacle ??= await openObstacle(a, item, day);
      if (obstacle) obstacleIds.push(obstacle);
    }
    const report = await submitReport(ctx, start.id, {
      content: REPORT_TEXT[(h + i) % REPORT_TEXT.length],
      percent: Math.round(share * 100),
      targetValues: item.targets.map((t) => ({
        targetId: t.id,
        value: Math.round((t.baselineValue + (t.targetValue - t.baselineValue) * share) * 10) / 10,
      })),
      problems: troubled ? '存在制约因素，详见所列问题' : null,
      nextSteps: '继续按照路线图推进，确保按期完成',
      obstacleIds,
    });
    // The newest report of some items waits for review; one in seven is returned with a reason.
    const last = i === days.length - 1;
    if (last && h % 3 === 0) continue;
    const reviewDay = addDays(day, 1) > today ? today : addDays(day, 1);
    const returned = (h + i) % 7 === 0;
    await reviewReport(a.ctxAt(a.supervisor, reviewDay), report.id, {
      decision: returned ? 'return' : 'accept',
      version: report.version,
      comment: returned ? '请补充现场照片和量化指标完成情况' : '情况属实，继续推进',
    });
  }

  // Some obstacles are resolved again.
  if (h % 4 === 1) {
    const item = await getItem(a.ctxAt(a.supervisor, today), start.id);
    if (item.status === 'in_progress') {
      const o = await raiseObstacle(
        a.ctxAt(leadUser, addDays(assigned, 5) > today ? today : addDays(assigned, 5)),
        start.id,
        {
          cause: 'coordination',
          description: OBSTACLE_TEXT.coordination,
          solverUnitId: a.solverFor('coordination', item),
        },
      );
      await resolveObstacle(a.ctxAt(a.supervisor, today), o.id, {
        resolution: '经区政府专题会协调，已明确责任分工',
        version: o.version,
      });
    }
  }

  // 领导批示 on every fourth running item; the lead unit acknowledges, the others may not yet.
  if (a.leader && h % 4 === 2) {
    const day = addDays(today, -3);
    const instruction = await writeInstruction(a.ctxAt(a.leader, [day, assigned].sort()[1]), start.id, {
      content: '此项工作事关群众切身利益，请牵头单位加强统筹、倒排工期，确保按期完成。',
    });
    await acknowledgeInstruction(a.ctxAt(leadUser, today), instruction.id, {
      reply: '坚决落实，已制定推进方案',
    });
  }
}

/** An open obstacle of the item, raised by its lead unit on `day`, causes taken in turn so that every cause appears. */
async function openObstacle(a: WorkflowActors, item: ItemOut, day: IsoDate): Promise<string | null> {
  const lead = item.responsibilities.find((r) => r.role === 'lead');
  const user = lead && a.unitUsers.get(lead.unitId);
  if (!user) return null;
  const cause = OBSTACLE_CAUSES[causeTurn++ % OBSTACLE_CAUSES.length];
  const o = await raiseObstacle(a.ctxAt(user, day), item.id, {
    cause,
    description: OBSTACLE_TEXT[cause],
    solverUnitId: a.solverFor(cause, item),
  });
  return o.id;
}
