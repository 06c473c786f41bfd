import type { Kysely } from 'kysely';

/**
 * Meetings (会议) and the items their decisions became. The link is its own
 * table, so that items stay as they are; deleting a draft item removes its link.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('chair', 'text')
    .addColumn('place', 'text')
    .addColumn('attendees', 'text')
    .addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('meetings_date').on('meetings').columns(['date', 'id']).execute();

  await db.schema
    .createTable('meeting_items')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().primaryKey().references('items.id').onDelete('cascade'))
    /** The directive's number in the report (一是 → 1), null for an item linked by hand. */
    .addColumn('directive_no', 'integer')
    .addColumn('directive_text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meeting_items_meeting').on('meeting_items').column('meeting_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('meeting_items').execute();
  await db.schema.dropTable('meetings').execute();
}
