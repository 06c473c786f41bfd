import type { z } from 'zod';
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
