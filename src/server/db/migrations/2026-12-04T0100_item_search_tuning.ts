import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Two settings of the search index, one per database.
 *
 * SQLite: FTS5 merges its segments 16 at a time instead of 4. Every item write
 * adds a small segment that FTS5 merges into larger ones as it goes; merging
 * by fours rewrote each entry about twice as often. Measured on 20,000 items:
 * 338 against 372 creations a second, while a common word's lookup went from
 * 0.27 to 0.42 ms after 2,300 creations (more segments to look in), far below
 * a list's other costs. FTS5 keeps it in the index's config table, so a
 * rebuild keeps it.
 *
 * PostgreSQL: statistics of 1,000 most common words (not 100) of the head
 * (code and title). For a word missing from the statistics the planner guesses
 * a share from the rarest word it knows: 633 titles for 推进, which is in no
 * title at all, so it walked the whole primary key backwards for the first
 * tier's page (300 ms at province scale, 67 ms with a longer list).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'sqlite')
    await sql`INSERT INTO item_search (item_search, rank) VALUES ('automerge', 16)`.execute(db);
  else await sql`ALTER TABLE item_search ALTER COLUMN head SET STATISTICS 1000`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'sqlite')
    await sql`INSERT INTO item_search (item_search, rank) VALUES ('automerge', 4)`.execute(db);
  else await sql`ALTER TABLE item_search ALTER COLUMN head SET STATISTICS -1`.execute(db);
}
