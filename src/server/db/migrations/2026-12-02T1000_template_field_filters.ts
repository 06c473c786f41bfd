import type { Kysely } from 'kysely';

/**
 * Template fields as list filters and columns: a number value is also kept as
 * a number (`num_value`), so a range (套数 100–500) is an index range and not
 * a text comparison; dates are YYYY-MM-DD text already and compare as text.
 * Both are indexed by field first, then value, so a filter reads only the
 * matching values of that field. A template also remembers the fields it no
 * longer has (`retired`): their values stay on the items (已停用字段).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('item_field_values').addColumn('num_value', 'double precision').execute();
  await db.schema
    .alterTable('ledger_templates')
    .addColumn('retired', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  const rows = await db.selectFrom('item_field_values').select(['item_id', 'field_key', 'value']).execute();
  for (const r of rows) {
    const n = Number(r.value);
    if (r.value.trim() === '' || !Number.isFinite(n)) continue;
    await db
      .updateTable('item_field_values')
      .set({ num_value: n })
      .where('item_id', '=', r.item_id)
      .where('field_key', '=', r.field_key)
      .execute();
  }
  await db.schema
    .createIndex('item_field_values_num')
    .on('item_field_values')
    .columns(['field_key', 'num_value', 'item_id'])
    .execute();
  await db.schema
    .createIndex('item_field_values_text')
    .on('item_field_values')
    .columns(['field_key', 'value', 'item_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('item_field_values_text').execute();
  await db.schema.dropIndex('item_field_values_num').execute();
  await db.schema.alterTable('ledger_templates').dropColumn('retired').execute();
  await db.schema.alterTable('item_field_values').dropColumn('num_value').execute();
}
