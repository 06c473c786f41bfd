import type { TemplateField, TemplateOut } from '../../../core/schemas/template.js';
import type { Ctx } from '../../context.js';
import type { LedgerTemplatesTable } from '../../db/schema.js';

export function toTemplateOut(ledgerId: string, row: LedgerTemplatesTable | undefined): TemplateOut {
  if (!row) return { ledgerId, fields: [], milestones: [], kpis: [], retired: [], version: 0 };
  // Fields stored before `required` and `choices` existed read as optional, without choices.
  const field = (f: Partial<TemplateField>) =>
    ({ required: false, choices: [], unit: '', ...f }) as TemplateField;
  return {
    ledgerId,
    fields: JSON.parse(row.fields).map(field),
    milestones: JSON.parse(row.milestones),
    kpis: JSON.parse(row.kpis),
    retired: JSON.parse(row.retired ?? '[]').map(field),
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
      retired: row.retired,
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

/** A stored value's number, for range filters: set when the text is a finite number. */
export function numValue(value: string): number | null {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : null;
}

/**
 * Replaces an item's values of the template's current fields (`keys`) with
 * `values` (absent keys removed). Values of retired fields are kept.
 */
export async function replaceFieldValues(
  ctx: Ctx,
  itemId: string,
  keys: string[],
  values: Map<string, string>,
): Promise<void> {
  if (keys.length)
    await ctx.db
      .deleteFrom('item_field_values')
      .where('item_id', '=', itemId)
      .where('field_key', 'in', keys)
      .execute();
  if (values.size === 0) return;
  await ctx.db
    .insertInto('item_field_values')
    .values(
      [...values].map(([field_key, value]) => ({
        item_id: itemId,
        field_key,
        value,
        num_value: numValue(value),
      })),
    )
    .execute();
}
