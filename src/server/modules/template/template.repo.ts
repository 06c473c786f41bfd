import type { TemplateOut } from '../../../core/schemas/template.js';
import type { Ctx } from '../../context.js';
import type { LedgerTemplatesTable } from '../../db/schema.js';

export function toTemplateOut(ledgerId: string, row: LedgerTemplatesTable | undefined): TemplateOut {
  if (!row) return { ledgerId, fields: [], milestones: [], kpis: [], version: 0 };
  return {
    ledgerId,
    fields: JSON.parse(row.fields),
    milestones: JSON.parse(row.milestones),
    kpis: JSON.parse(row.kpis),
    version: row.version,
  };
}

export async function findTemplate(ctx: Ctx, ledgerId: string) {
  return ctx.db
    .selectFrom('ledger_templates')
    .selectAll()
    .where('ledger_id', '=', ledgerId)
    .executeTakeFirst();
}

export async function saveTemplateRow(
  ctx: Ctx,
  row: LedgerTemplatesTable,
  existed: boolean,
): Promise<number> {
  if (!existed) {
    await ctx.db.insertInto('ledger_templates').values(row).execute();
    return 1;
  }
  const res = await ctx.db
    .updateTable('ledger_templates')
    .set({
      fields: row.fields,
      milestones: row.milestones,
      kpis: row.kpis,
      updated_at: row.updated_at,
      version: row.version,
    })
    .where('ledger_id', '=', row.ledger_id)
    .where('version', '=', row.version - 1)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The extra-field values of some items, as `item id → key → text`. */
export async function loadFieldValues(
  ctx: Ctx,
  itemIds: string[],
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (itemIds.length === 0) return out;
  const rows = await ctx.db
    .selectFrom('item_field_values')
    .selectAll()
    .where('item_id', 'in', itemIds)
    .execute();
  for (const r of rows) {
    const m = out.get(r.item_id) ?? new Map<string, string>();
    m.set(r.field_key, r.value);
    out.set(r.item_id, m);
  }
  return out;
}

/** Replaces an item's extra-field values with `values` (absent keys removed). */
export async function replaceFieldValues(
  ctx: Ctx,
  itemId: string,
  values: Map<string, string>,
): Promise<void> {
  await ctx.db.deleteFrom('item_field_values').where('item_id', '=', itemId).execute();
  if (values.size === 0) return;
  await ctx.db
    .insertInto('item_field_values')
    .values([...values].map(([field_key, value]) => ({ item_id: itemId, field_key, value })))
    .execute();
}
