import type { ItemStatus, Role } from '../../../core/enums.js';
import { ItemInput, type ItemOut, type ItemQuery, ItemUpdate } from '../../../core/schemas/item.js';
import { availableActions, CLOSED_STATUSES, isCoreEditable } from '../../../core/status.js';
import { type Ctx, inTransaction } from '../../context.js';
import type { ItemsTable } from '../../db/schema.js';
import { AppError, forbidden, notFound, staleVersion } from '../../errors.js';
import { newId } from '../../ids.js';
import { SYSTEM_ACTOR } from '../../system.js';
import { authorize, itemScope, writesAsUnit } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { type RuleSettings, readRuleSettings } from '../settings/settings.service.js';
import { groupParts, toItemOut } from './item.mapper.js';
import { findItem, type ItemRow, loadItemParts, nextCodeNumber, queryItems } from './item.repo.js';
import { unitEditViolations } from './item.unit-edit.js';
import {
  checkItemRefs,
  itemRuleViolations,
  sameDivision,
  sameTargets,
  throwIfAny,
  todayOf,
} from './item.validate.js';
import { refreshDerived, writeMilestones, writeResponsibilities, writeTargets } from './item.write.js';

/**
 * The roles a user holds *for this item*: the `unit` role counts only for the
 * lead unit's users, since only the lead unit acknowledges and asks to close.
 */
export function rolesForItem(ctx: Ctx, leadUnitId: string | null): Role[] {
  const user = ctx.user;
  if (!user) return [];
  return user.roles.filter((r) => r !== 'unit' || (!!leadUnitId && user.unitId === leadUnitId));
}

async function present(ctx: Ctx, rows: ItemRow[], rules: RuleSettings, asOf: string): Promise<ItemOut[]> {
  const parts = groupParts(
    await loadItemParts(
      ctx,
      rows.map((r) => r.id),
    ),
  );
  return rows.map((row) => {
    const lead = parts.responsibilities.get(row.id)?.find((r) => r.role === 'lead')?.unit_id ?? null;
    const actions = availableActions(row.status as ItemStatus, rolesForItem(ctx, lead));
    return toItemOut(ctx, row, parts, rules, asOf, actions);
  });
}

export async function listItems(ctx: Ctx, query: ItemQuery): Promise<{ items: ItemOut[]; total: number }> {
  const scope = itemScope(ctx);
  const asOf = query.asOf ?? todayOf(ctx);
  const [{ rows, total }, rules] = await Promise.all([
    queryItems(ctx, scope, query, asOf),
    readRuleSettings(ctx),
  ]);
  return { items: await present(ctx, rows, rules, asOf), total };
}

export async function getItem(ctx: Ctx, id: string, asOf?: string): Promise<ItemOut> {
  const scope = itemScope(ctx);
  const row = await findItem(ctx, scope, id);
  if (!row) throw notFound();
  const [out] = await present(ctx, [row], await readRuleSettings(ctx), asOf ?? todayOf(ctx));
  return out;
}

/** Item snapshot for the audit log: the stored facts, without derived columns. */
type Resp = {
  id: string;
  unit_id: string;
  role: string;
  leader_id: string | null;
  deputy_id: string | null;
  responsible_id: string | null;
};

/** Item snapshot for the audit log: the stored facts without derived columns, and its child rows. */
function toSnapshot(
  item: ItemsTable,
  targets: {
    id: string;
    name: string;
    unit: string;
    target_value: number;
    baseline_value: number;
    current_value?: number | null;
    sort_order: number;
  }[],
  responsibilities: Resp[],
  milestones: {
    item_id: string;
    id: string;
    title: string;
    planned_date: string;
    done_date: string | null;
    sort_order: number;
  }[],
) {
  const { search_text, yellow_from, red_from, lit, ...facts } = item;
  return {
    ...facts,
    targets: targets.map((t) => ({
      id: t.id,
      name: t.name,
      unit: t.unit,
      target_value: t.target_value,
      baseline_value: t.baseline_value,
      current_value: t.current_value ?? null,
      sort_order: t.sort_order,
    })),
    responsibilities: responsibilities.map((r) => ({
      id: r.id,
      unit_id: r.unit_id,
      role: r.role,
      leader_id: r.leader_id,
      deputy_id: r.deputy_id,
      responsible_id: r.responsible_id,
    })),
    milestones: milestones.map(({ item_id, ...m }) => m),
  };
}

async function snapshot(ctx: Ctx, id: string) {
  const item = await ctx.db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const parts = await loadItemParts(ctx, [id]);
  return toSnapshot(item, parts.targets, parts.responsibilities, parts.milestones);
}

function requireSupervisorWrite(ctx: Ctx) {
  const user = authorize(ctx, 'item.write');
  if (writesAsUnit(user)) throw forbidden();
}

/** Registers a new item as a draft (登记); its code is the next of its ledger's series. */
export async function createItem(ctx: Ctx, raw: ItemInput): Promise<ItemOut> {
  requireSupervisorWrite(ctx);
  const input = ItemInput.parse(raw);
  const scope = itemScope(ctx);
  throwIfAny('rule_violation', itemRuleViolations(input, todayOf(ctx)));
  const rules = await readRuleSettings(ctx);
  const id = await inTransaction(ctx, async (tx) => {
    await checkItemRefs(tx, scope, input);
    const ledger = await tx.db
      .selectFrom('ledgers')
      .select(['year', 'code'])
      .where('id', '=', input.ledgerId)
      .executeTakeFirstOrThrow();
    const n = await nextCodeNumber(tx, `${ledger.year}-${ledger.code}`);
    const now = tx.now.toISOString();
    const item: ItemsTable = {
      id: newId(),
      code: `${ledger.year}-${ledger.code}-${String(n).padStart(3, '0')}`,
      ledger_id: input.ledgerId,
      title: input.title,
      source: input.source,
      source_ref: input.sourceRef,
      goal: input.goal,
      priority: input.priority,
      start_date: input.startDate,
      due_date: input.dueDate,
      current_due_date: input.dueDate,
      extension_count: 0,
      cadence: input.cadence,
      parent_id: input.parentId,
      status: 'draft',
      progress: 0,
      assigned_on: null,
      closed_on: null,
      yellow_from: null,
      red_from: null,
      lit: 0,
      search_text: '',
      // The system actor (CLI, imports) is no row in `users`: record no creator rather than break the foreign key.
      created_by: tx.user && tx.user.id !== SYSTEM_ACTOR.id ? tx.user.id : null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await tx.db.insertInto('items').values(item).execute();
    // A new item has no child rows to reconcile: each list goes in with one statement, and what
    // was written is known, so neither the derived columns nor the audit snapshot read it back.
    const targets = await writeTargets(tx, item.id, input.targets, true);
    const resps = await writeResponsibilities(tx, item, input.responsibilities, true);
    const milestones = await writeMilestones(tx, item.id, input.milestones, true);
    const stored = await refreshDerived(tx, item, rules, { milestones, targets });
    await appendAudit(tx, {
      action: 'item.create',
      entity: 'item',
      entityId: item.id,
      outcome: 'success',
      after: toSnapshot(stored, targets, resps, milestones),
    });
    return item.id;
  });
  return getItem(ctx, id);
}

/**
 * Edits an item. Drafts are freely editable by supervisors. Once assigned, the
 * core (task book, dates, ledger, division of work) is locked — it changes
 * through an adjustment request — while title, priority, cadence, source
 * reference, milestones and the people named stay editable. A unit user may
 * only record milestone completion (lead unit) and name its own people.
 */
export async function updateItem(ctx: Ctx, id: string, raw: ItemUpdate): Promise<ItemOut> {
  const user = authorize(ctx, 'item.write');
  const input = ItemUpdate.parse(raw);
  const scope = itemScope(ctx);
  const rules = await readRuleSettings(ctx);
  await inTransaction(ctx, async (tx) => {
    const row = await findItem(tx, scope, id);
    if (!row) throw notFound();
    if (row.version !== input.version) throw staleVersion();
    const status = row.status as ItemStatus;
    if (CLOSED_STATUSES.includes(status))
      throw new AppError('rule_violation', [
        { zh: '已办结或已撤销的事项不能修改', en: 'A closed item cannot be edited' },
      ]);
    const before = await snapshot(tx, id);
    const stored = {
      targets: before.targets.map((t) => ({
        id: t.id,
        name: t.name,
        unit: t.unit,
        targetValue: Number(t.target_value),
        baselineValue: Number(t.baseline_value),
      })),
      responsibilities: before.responsibilities.map((r) => ({
        id: r.id,
        unitId: r.unit_id,
        role: r.role as 'lead' | 'undertaking' | 'cooperating',
        leaderId: r.leader_id,
        deputyId: r.deputy_id,
        responsibleId: r.responsible_id,
      })),
      milestones: before.milestones.map((m) => ({
        id: m.id,
        title: m.title,
        plannedDate: m.planned_date,
        doneDate: m.done_date,
      })),
    };
    const merged = {
      ledgerId: input.ledgerId ?? row.ledger_id,
      title: input.title ?? row.title,
      source: input.source ?? (row.source as ItemOut['source']),
      sourceRef: input.sourceRef !== undefined ? input.sourceRef : row.source_ref,
      goal: input.goal ?? row.goal,
      targets: input.targets ?? stored.targets,
      priority: input.priority ?? (row.priority as ItemOut['priority']),
      startDate: input.startDate ?? row.start_date,
      dueDate: input.dueDate ?? row.due_date,
      cadence: input.cadence ?? (row.cadence as ItemOut['cadence']),
      parentId: input.parentId !== undefined ? input.parentId : row.parent_id,
      responsibilities: input.responsibilities ?? stored.responsibilities,
      milestones: input.milestones ?? stored.milestones,
    };

    if (writesAsUnit(user)) {
      const lead = stored.responsibilities.find((r) => r.role === 'lead')?.unitId ?? null;
      const problems = unitEditViolations(input, stored, user.unitId, lead === user.unitId);
      if (problems.length) throw new AppError('forbidden', problems);
    } else if (!isCoreEditable(status)) {
      const locked: string[] = [];
      if (merged.ledgerId !== row.ledger_id) locked.push('ledgerId');
      if (merged.goal !== row.goal) locked.push('goal');
      if (merged.startDate !== row.start_date) locked.push('startDate');
      if (merged.dueDate !== row.due_date) locked.push('dueDate');
      if (!sameTargets(merged.targets, stored.targets)) locked.push('targets');
      if (!sameDivision(merged.responsibilities, stored.responsibilities)) locked.push('responsibilities');
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
        { ...merged, dueDate: isCoreEditable(status) ? merged.dueDate : row.current_due_date },
        todayOf(tx),
      ),
    );
    await checkItemRefs(
      tx,
      scope,
      {
        ledgerId: input.ledgerId,
        parentId: input.parentId,
        responsibilities: input.responsibilities,
      },
      id,
    );
    if (
      merged.parentId &&
      (await tx.db.selectFrom('items').select('id').where('parent_id', '=', id).executeTakeFirst())
    )
      throw new AppError('rule_violation', [
        {
          field: 'parentId',
          zh: '已分解的事项不能再作为子事项',
          en: 'an item with sub-items cannot become a sub-item',
        },
      ]);

    const next: ItemsTable = {
      ...row,
      ledger_id: merged.ledgerId,
      title: merged.title,
      source: merged.source,
      source_ref: merged.sourceRef,
      goal: merged.goal,
      priority: merged.priority,
      start_date: merged.startDate,
      due_date: merged.dueDate,
      current_due_date: isCoreEditable(status) ? merged.dueDate : row.current_due_date,
      cadence: merged.cadence,
      parent_id: merged.parentId,
      updated_at: tx.now.toISOString(),
      version: row.version + 1,
    };
    const { ledger_name, child_count, ...columns } = next as ItemsTable & {
      ledger_name?: string;
      child_count?: unknown;
    };
    const res = await tx.db
      .updateTable('items')
      .set(columns)
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
    if (input.targets) await writeTargets(tx, id, input.targets);
    if (input.responsibilities) await writeResponsibilities(tx, columns, input.responsibilities);
    if (input.milestones) await writeMilestones(tx, id, input.milestones);
    await refreshDerived(tx, columns, rules);
    await appendAudit(tx, {
      action: 'item.update',
      entity: 'item',
      entityId: id,
      outcome: 'success',
      before,
      after: await snapshot(tx, id),
    });
  });
  return getItem(ctx, id);
}

/** Only drafts can be deleted; anything assigned stays on record (cancel it instead). */
export async function deleteItem(ctx: Ctx, id: string): Promise<void> {
  requireSupervisorWrite(ctx);
  const scope = itemScope(ctx);
  await inTransaction(ctx, async (tx) => {
    const row = await findItem(tx, scope, id);
    if (!row) throw notFound();
    if (row.status !== 'draft')
      throw new AppError('rule_violation', [
        { zh: '只有草稿可以删除，已交办事项请撤销', en: 'Only drafts can be deleted; cancel assigned items' },
      ]);
    if (Number(row.child_count) > 0)
      throw new AppError('rule_violation', [{ zh: '请先删除其子事项', en: 'Delete its sub-items first' }]);
    const before = await snapshot(tx, id);
    for (const t of ['item_targets', 'responsibilities', 'milestones'] as const)
      await tx.db.deleteFrom(t).where('item_id', '=', id).execute();
    await tx.db.deleteFrom('items').where('id', '=', id).execute();
    await appendAudit(tx, {
      action: 'item.delete',
      entity: 'item',
      entityId: id,
      outcome: 'success',
      before,
    });
  });
}
