import type { Kysely } from 'kysely';

/**
 * Notices (督察通知单 / 催办单 / 督办通知单) to a unit about items, the unit's
 * replies (整改回复), and the record of urging (催办) by hand or by the reminder
 * ladder.
 *
 * Notices are numbered per kind and year from a row of `code_counters`
 * (`notice:<kind>:<year>`) bumped in the issuing transaction, so that numbers
 * have neither gaps nor duplicates; the unique index is the last guard.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('required_actions', 'text', (c) => c.notNull())
    .addColumn('reply_due', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text')
    .addColumn('issued_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notices_number')
    .on('notices')
    .columns(['kind', 'year', 'seq'])
    .unique()
    .execute();
  await db.schema.createIndex('notices_unit').on('notices').columns(['unit_id', 'created_at']).execute();
  await db.schema.createIndex('notices_open').on('notices').columns(['status', 'reply_due']).execute();

  await db.schema
    .createTable('notice_items')
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('notice_items_pk', ['notice_id', 'item_id'])
    .execute();
  await db.schema.createIndex('notice_items_item').on('notice_items').columns(['item_id']).execute();

  await db.schema
    .createTable('notice_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('notice_replies_notice')
    .on('notice_replies')
    .columns(['notice_id', 'created_at'])
    .execute();

  // Written by supervisors by hand (source `manual`) and by the reminder ladder (`ladder`).
  await db.schema
    .createTable('urges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    // phone / message / notice / on_site by hand; the ladder's channels (in_app, email, robot…) beside them.
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('to_person_id', 'text', (c) => c.references('users.id'))
    .addColumn('to_text', 'text')
    .addColumn('urged_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('notice_id', 'text', (c) => c.references('notices.id'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('urges_item').on('urges').columns(['item_id', 'urged_at']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['urges', 'notice_replies', 'notice_items', 'notices'])
    await db.schema.dropTable(table).execute();
}
