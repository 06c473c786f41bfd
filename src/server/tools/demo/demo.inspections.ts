import type { InspectionInput } from '../../../core/schemas/inspection.js';
import type { Actor, Ctx } from '../../context.js';
import type { DbHandle } from '../../db/database.js';
import { createChecklist, recordAssessment } from '../../modules/checklist/checklist.service.js';
import { discloseInspection, recordInspection } from '../../modules/inspection/inspection.service.js';
import { rectifyFinding } from '../../modules/inspection/rectify.js';
import { createPlan } from '../../modules/plan/plan.service.js';
import { systemCtx } from '../../system.js';
import { atChinaNoon } from './demo.timeline.js';

/**
 * The demo district's field work: inspections of every method (one
 * unannounced still undisclosed, one disclosed), findings made rectification
 * items, a visit plan in progress (done, overdue and coming visits) and the
 * “五好” standard — the five points the seed page's inspection checked (领导班子、
 * 办公条件、制度落实、活动开展、作用发挥) — with assessments of a few units over the
 * year. No photos: the demo is loaded without file storage.
 */

interface OpenItem {
  id: string;
  code: string;
  ledger_id: string;
  red_from: string | null;
  unit_id: string;
}

export async function loadDemoInspections(
  handle: DbHandle,
  units: Map<string, string>,
  today: string,
): Promise<number> {
  const db = handle.db;
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'roles', 'unit_id'])
    .where('roles', 'like', '%"supervisor"%')
    .orderBy('username')
    .execute();
  const actor = (u: (typeof users)[number]): Actor => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    roles: JSON.parse(u.roles),
    unitId: u.unit_id,
    ledgerIds: [],
  });
  const zhou = users.find((u) => u.username === 'duchashi') ?? users[0];
  const lin = users.find((u) => u.username === 'duchayuan') ?? users[0];
  if (!zhou) return 0;
  const at = (who: typeof zhou, day: string): Ctx => systemCtx(handle, atChinaNoon(day), actor(who));

  const items = (await db
    .selectFrom('items as i')
    .innerJoin('responsibilities as r', (j) => j.onRef('r.item_id', '=', 'i.id').on('r.role', '=', 'lead'))
    .select(['i.id', 'i.code', 'i.ledger_id', 'i.red_from', 'r.unit_id'])
    .where('i.status', 'in', ['assigned', 'in_progress'])
    .where('i.parent_id', 'is', null)
    .orderBy('i.red_from')
    .orderBy('i.code')
    .execute()) as OpenItem[];
  if (items.length < 12) return 0;
  const red = items.filter((i) => i.red_from && i.red_from <= today);
  const others = items.filter((i) => !red.includes(i));
  const pick = (list: OpenItem[], n: number) => list[n % list.length];

  const inspect = (
    who: typeof zhou,
    day: string,
    item: OpenItem | OpenItem[],
    o: Partial<InspectionInput>,
  ) => {
    const covered = Array.isArray(item) ? item : [item];
    return recordInspection(at(who, day), {
      method: 'onsite',
      inspectedOn: day,
      unitId: covered[0].unit_id,
      itemIds: covered.map((i) => i.id),
      inspectorIds: [who.id],
      summary: '',
      verdict: 'fair',
      ...o,
    });
  };

  let count = 0;
  const a = red.length ? pick(red, 0) : pick(others, 0);
  const onsite = await inspect(zhou, '2026-10-15', a, {
    inspectorIds: [zhou.id, lin.id],
    place: '项目施工现场',
    summary: '实地查看项目进度，现场施工人员不足，部分工序停滞，项目负责人对节点滞后原因说明不充分。',
    verdict: 'poor',
    findings: [
      { text: '现场施工人员严重不足，主体工程进度滞后计划约两个月', itemId: a.id },
      { text: '未按要求建立周调度台账，问题上报不及时', itemId: a.id },
    ],
  });
  await rectifyFinding(at(zhou, '2026-10-16'), onsite.findings[0].id, {
    ledgerId: a.ledger_id,
    unitId: a.unit_id,
    dueDate: '2026-12-31',
    title: '补足施工力量，倒排工期追回滞后进度',
    assign: true,
  });
  count++;

  const b = pick(others, 1);
  await inspect(lin, '2026-11-05', b, {
    method: 'dedicated',
    summary: '专人盯办：逐项核对路线图节点，督促责任单位每周报送进展。',
    verdict: 'fair',
    findings: [{ text: '配合单位手续办理进度偏慢，需牵头单位加强协调', itemId: b.id }],
  });
  count++;

  const c = pick(others, 2);
  await inspect(zhou, '2026-11-18', c, {
    method: 'phone',
    summary: '电话督办：了解本周进展，责任人表示按计划推进，月底前完成阶段目标。',
    verdict: 'good',
  });
  count++;

  // An unannounced visit disclosed after the fact, its finding made an assigned item.
  const e = red.length > 1 ? pick(red, 1) : pick(others, 3);
  const disclosed = await inspect(lin, '2026-10-28', e, {
    method: 'unannounced',
    place: '工地东门及周边道路',
    summary: '暗访发现工地出入口车辆冲洗设施未正常使用，道路有明显泥土带出。',
    verdict: 'poor',
    findings: [{ text: '出入口冲洗设施未使用，渣土车带泥上路', itemId: e.id }],
  });
  const opened = await discloseInspection(at(zhou, '2026-11-02'), disclosed.id, {
    version: disclosed.version,
  });
  await rectifyFinding(at(zhou, '2026-11-02'), opened.findings[0].id, {
    ledgerId: e.ledger_id,
    unitId: e.unit_id,
    dueDate: '2026-12-15',
    assign: true,
  });
  count++;

  // An unannounced visit the unit does not know of yet; its finding is a draft in the office.
  const d = red.length > 2 ? pick(red, 2) : pick(others, 4);
  const hidden = await inspect(zhou, '2026-11-25', d, {
    method: 'unannounced',
    summary: '夜间暗访：施工现场未落实扬尘管控措施，裸土未覆盖。',
    verdict: 'poor',
    findings: [{ text: '裸土未覆盖，雾炮未开启', itemId: d.id }],
  });
  await rectifyFinding(at(zhou, '2026-11-26'), hidden.findings[0].id, {
    ledgerId: d.ledger_id,
    unitId: d.unit_id,
    dueDate: '2026-12-20',
  });
  count++;

  // One visit covering two items of one unit.
  const byUnit = new Map<string, OpenItem[]>();
  for (const i of others) byUnit.set(i.unit_id, [...(byUnit.get(i.unit_id) ?? []), i]);
  const pair = [...byUnit.values()].find((l) => l.length >= 2 && !l.includes(b) && !l.includes(c));
  if (pair) {
    await inspect(lin, '2026-11-24', pair.slice(0, 2), {
      summary: '实地督导两项重点工作，现场召开推进会，明确下一步时间节点。',
      verdict: 'good',
      findings: [{ text: '部分节点资料归档不完整', itemId: pair[0].id }],
    });
    count++;
  }

  // A plan in progress: two visits done, one overdue, three to come.
  const targets = [...red.slice(3), ...others.slice(6)].slice(0, 6);
  if (targets.length === 6) {
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-30', '2026-12-01', '2026-12-02'];
    const plan = await createPlan(at(zhou, '2026-11-20'), {
      title: '11月下旬重点事项走访计划',
      visits: targets.map((t, i) => ({
        itemId: t.id,
        inspectorId: i % 2 ? zhou.id : lin.id,
        plannedOn: days[i],
        method: 'onsite' as const,
        reasons: t.red_from && t.red_from <= today ? ['red' as const] : ['stale' as const],
      })),
    });
    for (const v of plan.visits.slice(0, 2)) {
      const who = v.inspectorId === zhou.id ? zhou : lin;
      const item = targets.find((t) => t.id === v.itemId) as OpenItem;
      await inspect(who, v.plannedOn, item, {
        summary: '按走访计划实地查看，现场进度与报送情况基本一致。',
        verdict: 'fair',
        visitId: v.id,
      });
      count++;
    }
  }

  // The “五好” standard and assessments against it.
  const five = await createChecklist(at(zhou, '2026-02-01'), {
    name: '全国“五好”县级工商联创建标准',
    description: '对照“五好”标准现场查看领导班子、办公条件、制度落实、活动开展、作用发挥五项内容。',
    criteria: [
      { title: '领导班子好', weight: 20, description: '班子健全、团结有力' },
      { title: '办公条件好', weight: 20, description: '办公场所、人员、经费有保障' },
      { title: '制度落实好', weight: 20, description: '各项制度健全并执行到位' },
      { title: '活动开展好', weight: 20, description: '服务活动经常、有特色' },
      { title: '作用发挥好', weight: 20, description: '服务非公经济健康发展成效明显' },
    ],
  });
  const scoreRuns: [string, string, number[]][] = [
    ['gsl', '2026-03-20', [16, 14, 15, 13, 14]],
    ['gsl', '2026-07-15', [17, 16, 17, 15, 16]],
    ['gsl', '2026-11-23', [19, 18, 18, 18, 19]],
    ['mzz', '2026-06-10', [15, 12, 11, 14, 13]],
    ['mzz', '2026-11-12', [17, 15, 14, 16, 15]],
    ['zjj', '2026-09-18', [18, 17, 16, 12, 17]],
  ];
  for (const [unitKey, day, points] of scoreRuns) {
    const unitId = units.get(unitKey);
    if (!unitId) continue;
    await recordAssessment(at(zhou, day), {
      checklistId: five.id,
      unitId,
      assessedOn: day,
      comments: '对照“五好”标准现场查看并座谈。',
      scores: five.criteria.map((k, i) => ({ criterionId: k.id, score: points[i] })),
    });
  }
  return count;
}
