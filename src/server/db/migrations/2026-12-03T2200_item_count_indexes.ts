import type { Kysely } from 'kysely';

/**
 * Every list of live items also filters `archived_at IS NULL`, and none of the
 * status and light indexes held that column: counting a status or a light read
 * a table row for every index entry (at 20,000 items: in progress 6.2 ms, yellow
 * 7.4 ms, and SQLite chose a full scan for yellow). With `archived_at` in the
 * index the count is answered from the index alone (0.24 ms and 0.59 ms on the
 * same data), and the status index still gives a page in code order.
 */
const INDEXES: [string, string[], string[]][] = [
  ['items_status_code', ['status', 'code'], ['status', 'archived_at', 'code']],
  ['items_lit_red', ['lit', 'red_from'], ['lit', 'red_from', 'archived_at']],
  ['items_lit_due', ['lit', 'current_due_date'], ['lit', 'current_due_date', 'archived_at']],
  [
    'items_lit_yellow_red',
    ['lit', 'yellow_from', 'red_from'],
    ['lit', 'yellow_from', 'red_from', 'archived_at'],
  ],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
async function rebuild(db: Kysely<any>, pick: (before: string[], after: string[]) => string[]) {
  for (const [name, before, after] of INDEXES) {
    await db.schema.dropIndex(name).ifExists().execute();
    await db.schema.createIndex(name).on('items').columns(pick(before, after)).execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see rebuild()
export async function up(db: Kysely<any>): Promise<void> {
  await rebuild(db, (_, after) => after);
}

// biome-ignore lint/suspicious/noExplicitAny: see rebuild()
export async function down(db: Kysely<any>): Promise<void> {
  await rebuild(db, (before) => before);
}
