import type { z } from 'zod';
import type {
  ItemInput,
  MilestoneInput,
  ResponsibilityInput,
  TargetInput,
} from '../../../core/schemas/item.js';
import { AppError, type LocalizedDetail } from '../../errors.js';

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
  /**
   * Whether the division of work given must name a lead unit: on every create and
   * every change of the division, except a parent whose units are its sub-items'.
   */
  opts: { requireLead: boolean } = { requireLead: true },
): LocalizedDetail[] {
  const out: LocalizedDetail[] = [];
  if (item.dueDate < item.startDate)
    out.push({
      field: 'dueDate',
      zh: '截止日期不能早于开始日期',
      en: 'the due date is before the start date',
    });
  const leads = item.responsibilities.filter((r) => r.role === 'lead');
  // Every item, a draft too, names the unit that answers for it: a draft without one
  // could not be assigned, and the lists, scoring and reminders all start from the lead unit.
  if (opts.requireLead && leads.length === 0)
    out.push({
      field: 'responsibilities',
      zh: '请指定牵头单位：每个事项须有一个牵头单位',
      en: 'name the lead unit: every item has one',
    });
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
