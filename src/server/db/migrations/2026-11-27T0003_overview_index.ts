import type { Kysely } from 'kysely';

/**
 * The cockpit overview counts every item by status and ledger with its light,
 * overdue and lateness: an index holding exactly those columns lets the
 * database answer from the index alone (266 → ~42 ms at 100,000 items on
 * SQLite, 72 → 32 ms on PostgreSQL, measured by the bench).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('items_overview')
    .on('items')
    .columns([
      'status',
      'ledger_id',
      'lit',
      'red_from',
      'yellow_from',
      'current_due_date',
      'closed_on',
      'progress',
    ])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('items_overview').execute();
}
