import type { z } from 'zod';
import { dateInChina } from '../../../core/dates.js';
import type {
  ItemInput,
  MilestoneInput,
  ResponsibilityInput,
  TargetInput,
} from '../../../core/schemas/item.js';
import type { Ctx } from '../../context.js';
import { AppError, type LocalizedDetail } from '../../errors.js';
import { type ItemScope, scopePredicate } from '../access/policy.js';

type Item = z.output<typeof ItemInput>;
type Resp = z.output<typeof ResponsibilityInput>;
type Milestone = z.output<typeof MilestoneInput>;
export type Target = z.output<typeof TargetInput>;

/**
 * Cross-field rules of an item (the schema checks each field alone). All
 * problems are collected and reported together, each naming its field.
 */
export function itemRuleViolations(
  item: Pick<Item, 'startDate' | 'dueDate' | 'responsibilities' | 'milestones'>,
  today: string,
): LocalizedDetail[] {
  const out: LocalizedDetail[] = [];
  if (item.dueDate < item.startDate)
    out.push({
      field: 'dueDate',
      zh: '截止日期不能早于开始日期',
      en: 'the due date is before the start date',
    });
  const leads = item.responsibilities.filter((r) => r.role === 'lead');
  if (leads.length > 1)
    out.push({
      field: `responsibilities.${item.responsibilities.lastIndexOf(leads[1])}.role`,
      zh: '一个事项只能有一个牵头单位',
      en: 'an item has only one lead unit',
    });
  const seen = new Set<string>();
  item.responsibilities.forEach((r, i) => {
    if (seen.has(r.unitId))
      out.push({
        field: `responsibilities.${i}.unitId`,
        zh: '同一单位不能重复列出',
        en: 'the unit is listed twice',
      });
    seen.add(r.unitId);
  });
  item.milestones.forEach((m, i) => {
    if (m.plannedDate < item.startDate || m.plannedDate > item.dueDate)
      out.push({
        field: `milestones.${i}.plannedDate`,
        zh: '节点计划日期应在开始日期与截止日期之间',
        en: 'a milestone must be planned between the start and due dates',
      });
    if (m.doneDate && m.doneDate > today)
      out.push({
        field: `milestones.${i}.doneDate`,
        zh: '完成日期不能晚于今天',
        en: 'the done date is in the future',
      });
  });
  return out;
}

export function throwIfAny(code: 'rule_violation' | 'validation', details: LocalizedDetail[]): void {
  if (details.length) throw new AppError(code, details);
}

/** Every id the item refers to exists (and the ledger and parent are within the user's scope). */
export async function checkItemRefs(
  ctx: Ctx,
  scope: ItemScope,
  item: { ledgerId?: string; parentId?: string | null; responsibilities?: Resp[] },
  selfId?: string,
): Promise<void> {
  const out: LocalizedDetail[] = [];
  if (item.ledgerId) {
    const ledger = await ctx.db
      .selectFrom('ledgers')
      .select(['id', 'archived'])
      .where('id', '=', item.ledgerId)
      .executeTakeFirst();
    if (!ledger || (scope.ledgerIds && !scope.ledgerIds.includes(ledger.id)))
      out.push({ field: 'ledgerId', zh: '台账不存在', en: 'no such ledger' });
    else if (ledger.archived) out.push({ field: 'ledgerId', zh: '台账已归档', en: 'the ledger is archived' });
  }
  if (item.parentId) {
    const parent = await ctx.db
      .selectFrom('items as i')
      .select(['i.id', 'i.parent_id'])
      .where('i.id', '=', item.parentId)
      .where(scopePredicate(scope))
      .executeTakeFirst();
    if (!parent) out.push({ field: 'parentId', zh: '上级事项不存在', en: 'no such parent item' });
    // Decomposition is one level deep: a parent item is split into sub-items per unit.
    else if (parent.parent_id || parent.id === selfId)
      out.push({ field: 'parentId', zh: '只能分解一级子事项', en: 'sub-items cannot have sub-items' });
  }
  const resps = item.responsibilities ?? [];
  const unitIds = [...new Set(resps.map((r) => r.unitId))];
  if (unitIds.length) {
    const units = new Set(
      (await ctx.db.selectFrom('units').select('id').where('id', 'in', unitIds).execute()).map((u) => u.id),
    );
    resps.forEach((r, i) => {
      if (!units.has(r.unitId))
        out.push({ field: `responsibilities.${i}.unitId`, zh: '单位不存在', en: 'no such unit' });
    });
  }
  const personIds = [
    ...new Set(
      resps.flatMap((r) => [r.leaderId, r.deputyId, r.responsibleId]).filter((x): x is string => !!x),
    ),
  ];
  if (personIds.length) {
    const people = new Set(
      (await ctx.db.selectFrom('users').select('id').where('id', 'in', personIds).execute()).map((u) => u.id),
    );
    resps.forEach((r, i) => {
      for (const f of ['leaderId', 'deputyId', 'responsibleId'] as const) {
        const v = r[f];
        if (v && !people.has(v))
          out.push({ field: `responsibilities.${i}.${f}`, zh: '人员不存在', en: 'no such person' });
      }
    });
  }
  throwIfAny('validation', out);
}

export const todayOf = (ctx: Ctx) => dateInChina(ctx.now);

const targetKey = (t: Pick<Target, 'name' | 'unit' | 'targetValue' | 'baselineValue'>) =>
  JSON.stringify([t.name, t.unit, t.targetValue, t.baselineValue]);
const respKey = (r: Pick<Resp, 'unitId' | 'role'>) => `${r.unitId}:${r.role}`;

export function sameTargets(a: Target[], b: Target[]): boolean {
  return JSON.stringify(a.map(targetKey)) === JSON.stringify(b.map(targetKey));
}

export function sameDivision(
  a: Pick<Resp, 'unitId' | 'role'>[],
  b: Pick<Resp, 'unitId' | 'role'>[],
): boolean {
  return JSON.stringify(a.map(respKey).sort()) === JSON.stringify(b.map(respKey).sort());
}

export type { Milestone, Resp };
