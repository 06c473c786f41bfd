import { ItemInput, type ItemOut } from '../../../../core/schemas/item.js';
import type { Ctx } from '../../../context.js';
import { type ItemsTable, NO_WORKFLOW_FACTS } from '../../../db/schema.js';
import { newId } from '../../../ids.js';
import { SYSTEM_ACTOR } from '../../../system.js';
import { requireSupervisorWrite } from '../item.access.js';
import { runItemCommand, saveItem } from '../item.kernel.js';
import { resolveItemRefs } from '../item.refs.js';
import { nextCodeNumber } from '../item.repo.js';
import { itemRuleViolations, throwIfAny } from '../item.validate.js';
import { milestoneRows, responsibilityRows, targetRows } from './build-rows.js';

/**
 * Registers a new item as a draft (登记); its code is the next of its ledger's series.
 * It names its lead unit, unless it is the parent of a split whose units lead its sub-items
 * (`splitParent`, the meeting reader's "各镇（街道）要…" as one parent with an item per town).
 */
export async function createItem(
  ctx: Ctx,
  raw: ItemInput,
  opts: { splitParent?: boolean } = {},
): Promise<ItemOut> {
  requireSupervisorWrite(ctx);
  const input = ItemInput.parse(raw);
  return runItemCommand(ctx, async (env) => {
    const { tx } = env;
    throwIfAny('rule_violation', itemRuleViolations(input, env.today, { requireLead: !opts.splitParent }));
    const refs = await resolveItemRefs(tx, env.scope, input);
    const ledger = refs.ledger as NonNullable<typeof refs.ledger>;
    const n = await nextCodeNumber(tx, `${ledger.year}-${ledger.code}`);
    const now = tx.now.toISOString();
    const id = newId();
    const item: ItemsTable = {
      id,
      archived_at: null,
      archived_by: null,
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
      // Derived by the kernel before the row is written.
      yellow_from: null,
      red_from: null,
      lit: 0,
      search_text: '',
      behind_from: null,
      far_behind_from: null,
      last_report_on: null,
      reported_progress: null,
      // The system actor (CLI, imports) is no row in `users`: record no creator rather than break the foreign key.
      ...NO_WORKFLOW_FACTS,
      created_by: tx.user && tx.user.id !== SYSTEM_ACTOR.id ? tx.user.id : null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    return saveItem(
      env,
      null,
      {
        item,
        ledgerName: ledger.name,
        childCount: 0,
        targets: targetRows(id, input.targets),
        responsibilities: responsibilityRows(id, input.responsibilities, refs),
        milestones: milestoneRows(id, input.milestones),
      },
      { action: 'item.create', event: { kind: 'created' } },
    );
  });
}
