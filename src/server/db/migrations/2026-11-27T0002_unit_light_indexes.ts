import type { Kysely } from 'kysely';

/**
 * Per-unit light counts as several narrow index ranges instead of one wide
 * scan evaluating a CASE per light for every responsibility row (98 ms → ~60 ms
 * at 100,000 items on SQLite): red, yellow-or-red and overdue rows are each a
 * range of (item_lit, date), counted per unit. Also a covering index for
 * counting yellow items.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('responsibilities_unit_stats').execute();
  const add = (name: string, columns: string[]) =>
    db.schema.createIndex(name).on('responsibilities').columns(columns).execute();
  await add('responsibilities_unit_status', ['unit_id', 'item_status']);
  await add('responsibilities_lit_red', ['item_lit', 'item_red_from', 'unit_id']);
  await add('responsibilities_lit_yellow', ['item_lit', 'item_yellow_from', 'unit_id']);
  await add('responsibilities_lit_due', ['item_lit', 'item_due', 'unit_id']);
  await add('responsibilities_late', ['item_closed_late', 'unit_id']);
  await add('responsibilities_ledger_unit', ['ledger_id', 'unit_id']);
  // Counting yellow items (yellow_from <= D < red_from) from the index alone.
  await db.schema.dropIndex('items_lit_yellow').execute();
  await db.schema
    .createIndex('items_lit_yellow_red')
    .on('items')
    .columns(['lit', 'yellow_from', 'red_from'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'responsibilities_unit_status',
    'responsibilities_lit_red',
    'responsibilities_lit_yellow',
    'responsibilities_lit_due',
    'responsibilities_late',
    'responsibilities_ledger_unit',
  ])
    await db.schema.dropIndex(name).execute();
  await db.schema.dropIndex('items_lit_yellow_red').execute();
  await db.schema.createIndex('items_lit_yellow').on('items').columns(['lit', 'yellow_from']).execute();
  await db.schema
    .createIndex('responsibilities_unit_stats')
    .on('responsibilities')
    .columns([
      'unit_id',
      'item_lit',
      'item_red_from',
      'item_yellow_from',
      'item_due',
      'item_status',
      'item_closed_late',
    ])
    .execute();
}
