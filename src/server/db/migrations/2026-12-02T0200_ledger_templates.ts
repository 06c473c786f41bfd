import type { Kysely } from 'kysely';

/**
 * Ledger templates: the extra fields a ledger keeps for each item, its default
 * roadmap laid backwards from the due date (倒排工期) and its KPI targets —
 * stored as JSON text, read and written whole — and the items' values of those
 * fields, one row per item and field.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('ledger_templates')
    .addColumn('ledger_id', 'text', (c) => c.primaryKey().references('ledgers.id').onDelete('cascade'))
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('milestones', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('kpis', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('item_field_values')
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addColumn('field_key', 'text', (c) => c.notNull())
    // Numbers and dates as text too: one column whatever the field's type, parsed by the template.
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_field_values_pk', ['item_id', 'field_key'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('item_field_values').execute();
  await db.schema.dropTable('ledger_templates').execute();
}
