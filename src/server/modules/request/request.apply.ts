import type { z } from 'zod';
import {
  adjustmentDiff,
  type CoreSnapshot,
  DIFF_SECTIONS,
  type DiffRow,
} from '../../../core/adjustment-diff.js';
import type { AdjustmentChanges } from '../../../core/schemas/request.js';
import { AppError, type LocalizedDetail } from '../../errors.js';
import { milestoneRows, responsibilityRows, targetRows } from '../item/commands/build-rows.js';
import { asInput } from '../item/commands/update.js';
import type { CommandEnv } from '../item/item.kernel.js';
import { resolveItemRefs } from '../item/item.refs.js';
import type { ItemState } from '../item/item.state.js';
import { itemRuleViolations } from '../item/item.validate.js';

/**
 * The item as an adjustment request (调整申请) would leave it: the task book,
 * the milestones' planned dates and the division of work replaced, each
 * checked by the item's own rules against the due date in force. Done dates
 * stay as recorded — an adjustment re-plans, it does not rewrite history.
 */
export async function adjustedState(
  env: CommandEnv,
  before: ItemState,
  changes: z.output<typeof AdjustmentChanges>,
): Promise<ItemState> {
  const item = before.item;
  const stored = asInput(before);
  const doneById = new Map(before.milestones.map((m) => [m.id, m.done_date]));
  const milestones = changes.milestones?.map((m) => ({
    ...m,
    doneDate: m.id && doneById.has(m.id) ? (doneById.get(m.id) ?? null) : null,
  }));
  const responsibilities = changes.responsibilities ?? stored.responsibilities;
  const problems: LocalizedDetail[] = itemRuleViolations(
    {
      startDate: item.start_date,
      dueDate: item.current_due_date,
      responsibilities,
      milestones: milestones ?? stored.milestones,
    },
    env.today,
    { requireLead: false }, // said below in the words of an assigned item
  ).map((d) => ({ ...d, field: d.field && `changes.${d.field}` }));
  if (changes.responsibilities && !changes.responsibilities.some((r) => r.role === 'lead'))
    problems.push({
      field: 'changes.responsibilities',
      zh: '已交办事项须有牵头单位',
      en: 'an assigned item needs a lead unit',
    });
  if (problems.length) throw new AppError('rule_violation', problems);
  const refs = await resolveItemRefs(
    env.tx,
    env.scope,
    { responsibilities: changes.responsibilities },
    item.id,
  );
  return {
    ...before,
    item: {
      ...item,
      goal: changes.goal ?? item.goal,
      updated_at: env.tx.now.toISOString(),
      version: item.version + 1,
    },
    targets: changes.targets ? targetRows(item.id, changes.targets, before.targets) : before.targets,
    responsibilities: changes.responsibilities
      ? responsibilityRows(item.id, changes.responsibilities, refs, before.responsibilities)
      : before.responsibilities,
    milestones: milestones ? milestoneRows(item.id, milestones, before.milestones) : before.milestones,
  };
}

/** The item's core as the before/after of an adjustment shows it. */
export function coreSnapshot(state: ItemState): CoreSnapshot {
  return {
    goal: state.item.goal,
    targets: [...state.targets]
      .sort((a, b) => a.sort_order - b.sort_order)
      .map((t) => ({
        id: t.id,
        name: t.name,
        unit: t.unit,
        targetValue: Number(t.target_value),
        baselineValue: Number(t.baseline_value),
      })),
    milestones: [...state.milestones]
      .sort((a, b) => a.sort_order - b.sort_order)
      .map((m) => ({ id: m.id, title: m.title, plannedDate: m.planned_date })),
    responsibilities: [...state.responsibilities]
      .sort((a, b) => a.sort_order - b.sort_order)
      .map((r) => ({
        unitId: r.unit_id,
        unitName: r.unit_name,
        role: r.role,
        leaderName: r.leader_name,
        deputyName: r.deputy_name,
        responsibleName: r.responsible_name,
      })),
  };
}

/** What an adjustment changes, row by row, against the item as it stands. */
export function diffOfAdjustment(
  before: ItemState,
  after: ItemState,
  changes: z.output<typeof AdjustmentChanges>,
): DiffRow[] {
  const sections = DIFF_SECTIONS.filter((s) => changes[s] !== undefined);
  return adjustmentDiff(coreSnapshot(before), coreSnapshot(after), sections);
}
