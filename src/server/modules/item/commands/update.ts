import { type ItemOut, ItemUpdate } from '../../../../core/schemas/item.js';
import { CLOSED_STATUSES, isCoreEditable } from '../../../../core/status.js';
import type { Ctx } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { authorize, writesAsUnit } from '../../access/policy.js';
import { loadForWrite, runItemCommand, saveItem } from '../item.kernel.js';
import { resolveItemRefs } from '../item.refs.js';
import { changedFields, type ItemState, leadUnitOf } from '../item.state.js';
import { unitEditViolations } from '../item.unit-edit.js';
import { itemRuleViolations, sameDivision, sameTargets, throwIfAny } from '../item.validate.js';
import { milestoneRows, responsibilityRows, targetRows } from './build-rows.js';

/** The stored child lists in the shape of the input, to merge a partial update and compare. */
export function asInput(state: ItemState) {
  return {
    targets: state.targets.map((t) => ({
      id: t.id,
      name: t.name,
      unit: t.unit,
      targetValue: Number(t.target_value),
      baselineValue: Number(t.baseline_value),
    })),
    responsibilities: state.responsibilities.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      role: r.role,
      leaderId: r.leader_id,
      deputyId: r.deputy_id,
      responsibleId: r.responsible_id,
    })),
    milestones: state.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      plannedDate: m.planned_date,
      doneDate: m.done_date,
    })),
  };
}

/** Every stored milestone is still there with its planned date (titles, done dates and new milestones are free). */
function keepsMilestonePlan(
  next: { id?: string; plannedDate: string }[],
  stored: { id: string; plannedDate: string }[],
): boolean {
  const planned = new Map(next.filter((m) => m.id).map((m) => [m.id, m.plannedDate]));
  return stored.every((m) => planned.get(m.id) === m.plannedDate);
}

/**
 * Edits an item. Drafts are freely editable by supervisors. Once assigned, the
 * core (task book, dates, ledger, division of work) is locked — it changes
 * through an adjustment request — while title, priority, cadence, source
 * reference, milestones' titles and done dates, new milestones and the people
 * named stay editable; moving or dropping a planned milestone is an adjustment. A unit user may
 * only record milestone completion (lead unit) and name its own people.
 */
export async function updateItem(ctx: Ctx, id: string, raw: ItemUpdate): Promise<ItemOut> {
  const user = authorize(ctx, 'item.write');
  const input = ItemUpdate.parse(raw);
  return runItemCommand(ctx, async (env) => {
    const before = await loadForWrite(env, id, input.version);
    const row = before.item;
    if (CLOSED_STATUSES.includes(row.status))
      throw new AppError('rule_violation', [
        { zh: '已办结或已撤销的事项不能修改', en: 'A closed item cannot be edited' },
      ]);
    const stored = asInput(before);
    const merged = {
      ledgerId: input.ledgerId ?? row.ledger_id,
      title: input.title ?? row.title,
      source: input.source ?? row.source,
      sourceRef: input.sourceRef !== undefined ? input.sourceRef : row.source_ref,
      goal: input.goal ?? row.goal,
      targets: input.targets ?? stored.targets,
      priority: input.priority ?? row.priority,
      startDate: input.startDate ?? row.start_date,
      dueDate: input.dueDate ?? row.due_date,
      cadence: input.cadence ?? row.cadence,
      parentId: input.parentId !== undefined ? input.parentId : row.parent_id,
      responsibilities: input.responsibilities ?? stored.responsibilities,
      milestones: input.milestones ?? stored.milestones,
    };
    const coreEditable = isCoreEditable(row.status);

    if (writesAsUnit(user)) {
      const lead = leadUnitOf(before);
      const problems = unitEditViolations(input, stored, user.unitId, lead === user.unitId);
      if (problems.length) throw new AppError('forbidden', problems);
    } else if (!coreEditable) {
      const locked: string[] = [];
      if (merged.ledgerId !== row.ledger_id) locked.push('ledgerId');
      if (merged.goal !== row.goal) locked.push('goal');
      if (merged.startDate !== row.start_date) locked.push('startDate');
      if (merged.dueDate !== row.due_date) locked.push('dueDate');
      if (!sameTargets(merged.targets, stored.targets)) locked.push('targets');
      if (!sameDivision(merged.responsibilities, stored.responsibilities)) locked.push('responsibilities');
      // Moving or dropping a planned milestone would turn a late item green: re-planning is an adjustment.
      if (!keepsMilestonePlan(merged.milestones, stored.milestones)) locked.push('milestones');
      if (locked.length)
        throw new AppError(
          'core_locked',
          locked.map((field) => ({
            field,
            zh: '已交办事项须经调整申请修改',
            en: 'changes only through an adjustment request',
          })),
        );
    }
    // Milestones are checked against the due date in force (it may have been extended).
    throwIfAny(
      'rule_violation',
      itemRuleViolations(
        { ...merged, dueDate: coreEditable ? merged.dueDate : row.current_due_date },
        env.today,
        // Only a change of the division is held to naming a lead unit: a parent split per
        // unit (its units are its sub-items') keeps taking title and date edits.
        { requireLead: input.responsibilities !== undefined },
      ),
    );
    const refs = await resolveItemRefs(
      env.tx,
      env.scope,
      { ledgerId: input.ledgerId, parentId: input.parentId, responsibilities: input.responsibilities },
      id,
    );
    if (merged.parentId && before.childCount > 0)
      throw new AppError('rule_violation', [
        {
          field: 'parentId',
          zh: '已分解的事项不能再作为子事项',
          en: 'an item with sub-items cannot become a sub-item',
        },
      ]);

    const next: ItemState = {
      ...before,
      item: {
        ...row,
        ledger_id: merged.ledgerId,
        title: merged.title,
        source: merged.source,
        source_ref: merged.sourceRef,
        goal: merged.goal,
        priority: merged.priority,
        start_date: merged.startDate,
        due_date: merged.dueDate,
        current_due_date: coreEditable ? merged.dueDate : row.current_due_date,
        cadence: merged.cadence,
        parent_id: merged.parentId,
        updated_at: env.tx.now.toISOString(),
        version: row.version + 1,
      },
      ledgerName: refs.ledger?.name ?? before.ledgerName,
      targets: input.targets ? targetRows(id, input.targets, before.targets) : before.targets,
      responsibilities: input.responsibilities
        ? responsibilityRows(id, input.responsibilities, refs, before.responsibilities)
        : before.responsibilities,
      milestones: input.milestones
        ? milestoneRows(id, input.milestones, before.milestones)
        : before.milestones,
    };
    return saveItem(env, before, next, {
      action: 'item.update',
      event: { kind: 'updated', payload: { fields: changedFields(before, next) } },
    });
  });
}
