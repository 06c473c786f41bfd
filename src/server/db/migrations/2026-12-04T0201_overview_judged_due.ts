import type { Kysely } from 'kysely';

const BEFORE = [
  'status',
  'ledger_id',
  'lit',
  'red_from',
  'yellow_from',
  'current_due_date',
  'closed_on',
  'progress',
];

/**
 * The cockpit's grouped pass counts an item completed late against its judged
 * due date when a request set one (`coalesce(judged_due_date,
 * current_due_date)`, migration 2026-12-02T0400). That column was not in
 * items_overview, so the pass read every item's table row besides its index
 * entry: SQLite planned "SCAN i USING INDEX items_overview", not a covering
 * index, and PostgreSQL could not answer from the index alone. With the column
 * the index covers the pass again.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('items_overview').execute();
  await db.schema
    .createIndex('items_overview')
    .on('items')
    .columns([...BEFORE, 'judged_due_date'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('items_overview').execute();
  await db.schema.createIndex('items_overview').on('items').columns(BEFORE).execute();
}
