import type { z } from 'zod';
import {
  type FieldValues,
  type TemplateField,
  type TemplateOut,
  TemplateUpdate,
} from '../../../core/schemas/template.js';
import { type Ctx, inTransaction } from '../../context.js';
import { AppError, notFound, staleVersion } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { getItem } from '../item/item.service.js';
import { ledgerRefusal } from '../ledger/ledger.policy.js';
import { findLedger } from '../ledger/ledger.repo.js';
import {
  findTemplate,
  loadFieldValues,
  replaceFieldValues,
  saveTemplateRow,
  toTemplateOut,
} from './template.repo.js';
import { presentFieldValues, storedFieldValues } from './template.values.js';

function checkLedger(ctx: Ctx, action: 'read' | 'change', ledgerId: string) {
  const refusal = ledgerRefusal(ctx.user, action, ledgerId);
  if (refusal) throw new AppError(refusal);
}

/** A ledger's template; an empty one (version 0) when it has none yet. */
export async function getTemplate(ctx: Ctx, ledgerId: string): Promise<TemplateOut> {
  checkLedger(ctx, 'read', ledgerId);
  if (!(await findLedger(ctx, ledgerId))) throw notFound();
  return toTemplateOut(ledgerId, await findTemplate(ctx, ledgerId));
}

/** The template for reading inside other services (exports, imports), without a permission check of its own. */
export async function templateOf(ctx: Ctx, ledgerId: string): Promise<TemplateOut> {
  return toTemplateOut(ledgerId, await findTemplate(ctx, ledgerId));
}

/** Stores a ledger's whole template; `version` guards against overwriting someone else's edit. */
export async function saveTemplate(
  ctx: Ctx,
  ledgerId: string,
  raw: z.input<typeof TemplateUpdate>,
): Promise<TemplateOut> {
  checkLedger(ctx, 'change', ledgerId);
  const input = TemplateUpdate.parse(raw);
  return inTransaction(ctx, async (tx) => {
    if (!(await findLedger(tx, ledgerId))) throw notFound();
    const existing = await findTemplate(tx, ledgerId);
    const current = existing?.version ?? 0;
    if (input.version !== undefined && input.version !== current) throw staleVersion();
    const before = existing ? toTemplateOut(ledgerId, existing) : null;
    const row = {
      ledger_id: ledgerId,
      fields: JSON.stringify(input.fields),
      milestones: JSON.stringify(input.milestones),
      kpis: JSON.stringify(input.kpis),
      retired: JSON.stringify(retiredFields(before, input.fields)),
      updated_at: tx.now.toISOString(),
      version: current + 1,
    };
    if ((await saveTemplateRow(tx, row, !!existing)) !== 1) throw staleVersion();
    const after = toTemplateOut(ledgerId, row);
    await appendAudit(tx, {
      action: 'ledger.template',
      entity: 'ledger',
      entityId: ledgerId,
      outcome: 'success',
      before,
      after,
    });
    return after;
  });
}

/**
 * The fields a save retires: those retired before and those the new template
 * drops, less any key the new template has again. Their values stay on the items.
 */
export function retiredFields(before: TemplateOut | null, fields: readonly TemplateField[]): TemplateField[] {
  if (!before) return [];
  const kept = new Set(fields.map((f) => f.key));
  const out = new Map<string, TemplateField>();
  for (const f of [...before.retired, ...before.fields]) if (!kept.has(f.key)) out.set(f.key, f);
  return [...out.values()];
}

/** An item's values of its ledger's extra fields (read like the item: out of scope is missing). */
export async function getFieldValues(ctx: Ctx, itemId: string): Promise<FieldValues> {
  const item = await getItem(ctx, itemId);
  const template = await templateOf(ctx, item.ledgerId);
  const values = await loadFieldValues(ctx, [itemId]);
  // Retired fields' values too: the item page shows them as 已停用字段.
  return presentFieldValues([...template.fields, ...template.retired], values.get(itemId));
}

/**
 * Sets an item's extra-field values, replacing the stored ones. Joins a
 * caller's transaction (imports write them beside `createItem`).
 */
export async function setFieldValues(ctx: Ctx, itemId: string, values: FieldValues): Promise<FieldValues> {
  authorize(ctx, 'item.manage');
  return inTransaction(ctx, async (tx) => {
    const item = await getItem(tx, itemId);
    const template = await templateOf(tx, item.ledgerId);
    const year = Number(item.dueDate.slice(0, 4));
    const { stored, problems } = storedFieldValues(template.fields, values, year, template.retired);
    if (problems.length) throw new AppError('validation', problems);
    const before = presentFieldValues(template.fields, (await loadFieldValues(tx, [itemId])).get(itemId));
    await replaceFieldValues(
      tx,
      itemId,
      template.fields.map((f) => f.key),
      stored,
    );
    const after = presentFieldValues(template.fields, stored);
    if (JSON.stringify(before) !== JSON.stringify(after))
      await appendAudit(tx, {
        action: 'item.fields',
        entity: 'item',
        entityId: itemId,
        outcome: 'success',
        before,
        after,
      });
    return after;
  });
}
