import type { Kysely } from 'kysely';
import { autoIncrementType, dialectOf } from '../dialect.js';

/**
 * The item timeline: one row per thing that happened to an item (assigned,
 * acknowledged, reported, urged, inspected, …), written by the command that
 * did it in the same transaction. `restricted` rows (e.g. an unannounced
 * inspection not yet disclosed) are shown to supervisors and leaders only.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  await db.schema
    .createTable('item_events')
    .addColumn('seq', autoIncrementType(dialect), (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('restricted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('item_events_item').on('item_events').columns(['item_id', 'seq']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('item_events').execute();
}
