import type { Kysely } from 'kysely';

/**
 * Trust in an installation (issue 13): which users, units and ledgers the demo district made (so that its
 * accounts can be turned off and purged, and every page can say it is a demo), and archiving instead of
 * deleting items and meetings (business records are never deleted; an archived one can be restored).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('demo_marks')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('demo_marks_pk', ['entity', 'entity_id'])
    .execute();
  for (const table of ['items', 'meetings']) {
    await db.schema.alterTable(table).addColumn('archived_at', 'text').execute();
    await db.schema
      .alterTable(table)
      .addColumn('archived_by', 'text', (c) => c.references('users.id'))
      .execute();
  }
  await db.schema.createIndex('items_archived').on('items').column('archived_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('items_archived').execute();
  for (const table of ['items', 'meetings']) {
    await db.schema.alterTable(table).dropColumn('archived_by').execute();
    await db.schema.alterTable(table).dropColumn('archived_at').execute();
  }
  await db.schema.dropTable('demo_marks').execute();
}
