import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * One unit's list and its count from an index in the page's order (issue 14).
 * Until now the list took every responsibility row of the unit into `items`
 * and sorted them (3,454 rows for a large unit at 1,000,000 items: 346 ms
 * cold); the item's code and whether it is archived are now copied onto its
 * responsibility rows like the other facts (kept by the item kernel in the
 * write's transaction), so that (unit, archived, code) walks in page order and
 * stops after the page, and the count reads the same index range alone.
 *
 * On PostgreSQL the per-unit counts are index-only scans, which skip the heap
 * only for pages the visibility map marks all-visible. Every write that
 * changes an item's facts leaves dead responsibility rows behind, and the
 * default thresholds (vacuum after 20 % of the table has changed, 20 % for
 * inserts) left 11,700 dead rows unvacuumed at 100,000 items: the counts fell
 * back to ~100,000 heap fetches (214 ms instead of 71 ms). 2 % makes
 * autovacuum visit the table about ten times as often — cheap on a narrow
 * table — so the map stays fresh after bursts of writes as well as after
 * bulk inserts.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('responsibilities')
    .addColumn('item_code', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('responsibilities')
    .addColumn('item_archived', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`UPDATE responsibilities SET
      item_code = (SELECT i.code FROM items i WHERE i.id = responsibilities.item_id),
      item_archived = (SELECT CASE WHEN i.archived_at IS NULL THEN 0 ELSE 1 END FROM items i
                       WHERE i.id = responsibilities.item_id)`.execute(db);
  // Status last: a status filter is read from the index too, without the rows.
  await db.schema
    .createIndex('responsibilities_unit_page')
    .on('responsibilities')
    .columns(['unit_id', 'item_archived', 'item_code', 'item_status'])
    .execute();
  if (dialectOf(db) === 'postgres')
    await sql`ALTER TABLE responsibilities SET (
      autovacuum_vacuum_scale_factor = 0.02,
      autovacuum_vacuum_insert_scale_factor = 0.02,
      autovacuum_analyze_scale_factor = 0.02)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres')
    await sql`ALTER TABLE responsibilities RESET (
      autovacuum_vacuum_scale_factor,
      autovacuum_vacuum_insert_scale_factor,
      autovacuum_analyze_scale_factor)`.execute(db);
  await db.schema.dropIndex('responsibilities_unit_page').execute();
  await db.schema.alterTable('responsibilities').dropColumn('item_archived').execute();
  await db.schema.alterTable('responsibilities').dropColumn('item_code').execute();
}
