import type { ItemOut } from '../../../core/schemas/item.js';
import type { Ctx } from '../../context.js';
import { uploadFile } from '../../modules/file/file.service.js';
import { getItem } from '../../modules/item/item.service.js';
import { decideRequest, listItemRequests, submitRequest } from '../../modules/request/request.service.js';
import { judgeItem, planCheckback, recordCheckback } from '../../modules/supervision/supervision.service.js';
import { addDaysIso } from './demo.timeline.js';
import type { DemoItem } from './district-data.js';

/**
 * The demo's supervision workflow, played through the real services on
 * their own days: closing requests decided with ratings, extensions granted
 * (in time and late) and refused, an adjustment, judgements and check-backs.
 */

type At = (day: string) => Ctx;

/** 申请办结 by the lead unit with its final report attached, every open milestone explained. */
export async function askToClose(ctx: Ctx, item: ItemOut): Promise<ItemOut> {
  const statement = '各项任务已按任务书完成，现申请办结。';
  const report = await uploadFile(ctx, item.id, async () => ({
    name: '办结报告.txt',
    content: Buffer.from(`${item.code} ${item.title}\n办结报告\n\n${statement}\n`, 'utf8'),
  }));
  await submitRequest(ctx, item.id, {
    kind: 'completion',
    version: item.version,
    evidence: {
      statement,
      fileIds: [report.id],
      milestoneNotes: item.milestones
        .filter((m) => !m.doneDate)
        .map((m) => ({ milestoneId: m.id, note: '已并入整体验收' })),
    },
  });
  return getItem(ctx, item.id);
}

/** Decides the item's pending request at every step of its chain (the demo ledgers use the default chain). */
async function decidePending(
  ctx: Ctx,
  itemId: string,
  decision: 'approve' | 'refuse',
  comment: string,
  rating?: 1 | 2 | 3 | 4 | 5,
) {
  let req = (await listItemRequests(ctx, itemId)).items.find((r) => r.status === 'pending');
  while (req && req.status === 'pending')
    req = await decideRequest(ctx, req.id, { decision, version: req.version, comment, rating });
}

/** 办结 with the supervisor's rating: on time rates 5, late 3. */
export async function closeWithRating(ctx: Ctx, item: ItemOut, late: boolean): Promise<ItemOut> {
  await decidePending(
    ctx,
    item.id,
    'approve',
    late ? '任务完成，但超过截止日期' : '按期高质量完成',
    late ? 3 : 5,
  );
  return getItem(ctx, item.id);
}

/** 撤销 asked by the supervisor and approved. */
export async function cancelByRequest(ctx: Ctx, item: ItemOut): Promise<ItemOut> {
  await submitRequest(ctx, item.id, {
    kind: 'cancellation',
    version: item.version,
    reason: '上级调整部署，该任务不再实施',
  });
  await decidePending(ctx, item.id, 'approve', '同意撤销');
  return getItem(ctx, item.id);
}

/** Stories on a few items by scenario, after every item has been replayed. */
export async function playWorkflowStories(
  items: { demo: Omit<DemoItem, 'children'>; out: ItemOut; lead: At | null }[],
  sup: At,
  today: string,
): Promise<void> {
  const of = (s: DemoItem['scenario']) => items.filter((i) => i.demo.scenario === s && i.lead);
  const day = (n: number) => addDaysIso(today, n);
  const fresh = (i: { out: ItemOut }) => getItem(sup(today), i.out.id);

  const [granted, refused] = of('at_risk');
  if (granted) {
    const item = await fresh(granted);
    await submitRequest((granted.lead as At)(day(-10)), item.id, {
      kind: 'extension',
      version: item.version,
      newDate: addDaysIso(item.currentDueDate, 30),
      reason: '冬季施工受限，主体工程须顺延一个月',
    });
    await decidePending(sup(day(-8)), item.id, 'approve', '同意延期，请倒排工期确保完成');
  }
  if (refused) {
    const item = await fresh(refused);
    await submitRequest((refused.lead as At)(day(-6)), item.id, {
      kind: 'extension',
      version: item.version,
      newDate: addDaysIso(item.currentDueDate, 60),
      reason: '协调难度大',
    });
    await decidePending(sup(day(-5)), item.id, 'refuse', '理由不充分，请按原计划推进并报送问题清单');
  }
  const [late] = of('overdue');
  if (late) {
    const item = await fresh(late);
    await submitRequest((late.lead as At)(day(-4)), item.id, {
      kind: 'extension',
      version: item.version,
      newDate: addDaysIso(today, 45),
      reason: '征迁补偿协议尚未全部签订',
    });
    await decidePending(sup(day(-3)), item.id, 'approve', '同意延期；超期后申请，不免除超期责任');
  }
  const [adjusted] = of('on_track');
  if (adjusted) {
    const item = await fresh(adjusted);
    await submitRequest(sup(day(-12)), item.id, {
      kind: 'adjustment',
      version: item.version,
      reason: '按区政府常务会议要求调整目标表述',
      changes: { goal: `${item.goal}（经调整：增加质量验收要求）` },
    });
    await decidePending(sup(day(-11)), item.id, 'approve', '同意调整');
  }
  for (const i of [...of('at_risk'), ...of('overdue')].slice(0, 6)) {
    const item = await fresh(i);
    await judgeItem(sup(day(-1)), item.id, {
      version: item.version,
      level: i.demo.scenario === 'overdue' ? 1 : 2,
      reason:
        i.demo.scenario === 'overdue'
          ? '已超期且关键节点未完成，年内难以完成'
          : '资金和征迁问题尚未解决，存在延误风险',
    });
  }
  const closed = of('completed_on_time').concat(of('completed_late'));
  for (const [n, i] of closed.slice(0, 2).entries()) {
    const item = await fresh(i);
    const plannedOn = n === 0 ? day(-2) : day(21);
    const cb = await planCheckback(sup(item.closedOn ?? today), item.id, { plannedOn });
    if (n === 0)
      await recordCheckback(sup(plannedOn), cb.id, {
        version: cb.version,
        findings: '成效巩固良好，未发现反弹',
      });
  }
}
