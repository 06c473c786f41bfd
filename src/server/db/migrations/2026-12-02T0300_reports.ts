import type { Kysely } from 'kysely';

/**
 * The units answer in writing: attachments (`files`), progress reports,
 * obstacles (病因) and leader instructions (批示) with each unit's
 * acknowledgement. Every row names its item, so the one item scope predicate
 * (`inItemScope`) filters them all.
 *
 * Items get the facts the report rules need: the last lead report's date (a
 * report missing for the cadence turns the light yellow), the latest accepted
 * lead report's percent (the item's progress), and the two dates at which the
 * trajectory turns behind and far behind (stored like the light's thresholds,
 * so "behind as of D" is an index comparison).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('items').addColumn('last_report_on', 'text').execute();
  await db.schema.alterTable('items').addColumn('reported_progress', 'integer').execute();
  await db.schema.alterTable('items').addColumn('behind_from', 'text').execute();
  await db.schema.alterTable('items').addColumn('far_behind_from', 'text').execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    // What the file belongs to within its item: the item itself, a report, an obstacle, …
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('thumbnail_key', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_item').on('files').columns(['item_id', 'created_at']).execute();
  await db.schema.createIndex('files_owner').on('files').columns(['owner_kind', 'owner_id']).execute();

  await db.schema
    .createTable('obstacles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    // The unit that must remove the obstacle (who blocks), and the unit that named it.
    .addColumn('solver_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('raised_by_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('obstacles_item').on('obstacles').columns(['item_id', 'created_at']).execute();
  await db.schema.createIndex('obstacles_open').on('obstacles').columns(['status', 'cause']).execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    // The unit's role on the item when it reported: the lead unit's report is the item's.
    .addColumn('unit_role', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('percent', 'integer', (c) => c.notNull())
    .addColumn('problems', 'text')
    .addColumn('next_steps', 'text')
    // JSON: [{ targetId, value }] — the task book targets' current values as reported.
    .addColumn('target_values', 'text', (c) => c.notNull().defaultTo('[]'))
    // JSON: ids of the open obstacles the report names.
    .addColumn('obstacle_ids', 'text', (c) => c.notNull().defaultTo('[]'))
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
  await db.schema.createIndex('reports_item').on('reports').columns(['item_id', 'created_at']).execute();
  await db.schema.createIndex('reports_status').on('reports').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('instructions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_title', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('instructions_item')
    .on('instructions')
    .columns(['item_id', 'created_at'])
    .execute();

  // One row per responsible unit named when the instruction was written; answered once acknowledged.
  await db.schema
    .createTable('instruction_acks')
    .addColumn('instruction_id', 'text', (c) => c.notNull().references('instructions.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text', (c) => c.references('users.id'))
    .addColumn('reply', 'text')
    .addPrimaryKeyConstraint('instruction_acks_pk', ['instruction_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('instruction_acks_unit')
    .on('instruction_acks')
    .columns(['unit_id', 'acknowledged_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['instruction_acks', 'instructions', 'reports', 'obstacles', 'files'])
    await db.schema.dropTable(table).execute();
  for (const column of ['far_behind_from', 'behind_from', 'reported_progress', 'last_report_on'])
    await db.schema.alterTable('items').dropColumn(column).execute();
}
