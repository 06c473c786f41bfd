import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * PostgreSQL: a GIN index on the search index's head (code and title), the
 * first tier of a ranked search. Without it the tier was answered through
 * `own`'s index, and each of its rows read its `own` vector out of line: 40 ms
 * for the first page of 凤凰 改造 at city scale, 1–4 ms with it. The head is
 * a few tokens, so the index costs little on each write. SQLite's FTS5 table
 * answers per column already.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres')
    await sql`CREATE INDEX item_search_head ON item_search USING gin (head)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`DROP INDEX item_search_head`.execute(db);
}
