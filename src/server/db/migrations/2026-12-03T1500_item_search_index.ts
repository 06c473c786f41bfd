import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * An index for item search (issue 14), in place of a LIKE scan of every
 * item's search text: FTS5 on SQLite, `tsvector` + GIN on PostgreSQL, over the
 * Han bigrams and trigrams and the letter and digit words of core
 * `indexTokens` (see item.search-index.ts). Existing items are indexed by
 * 2026-12-03T2100_item_search_reports, which gives the index the shape the
 * module writes today (a rebuild here would write columns not made yet).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    // `doc` (every token) is kept out of line (TOAST) and the small `head` (code and title) in the
    // row: counting a common word's matches then walks a few hundred narrow pages, with no vector read.
    await sql`CREATE TABLE item_search (
      item_id text PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
      head tsvector NOT NULL,
      doc tsvector NOT NULL
    ) WITH (toast_tuple_target = 128)`.execute(db);
    await sql`ALTER TABLE item_search ALTER COLUMN doc SET STORAGE EXTERNAL`.execute(db);
    await sql`ALTER TABLE item_search ALTER COLUMN head SET STORAGE MAIN`.execute(db);
    await sql`CREATE INDEX item_search_doc ON item_search USING gin (doc)`.execute(db);
  } else {
    // Contentless: the tokens are not the item's text, and the text is on the item already.
    // The rowid is the item's; a deleted item takes its tokens with it.
    await sql`CREATE VIRTUAL TABLE item_search USING fts5(
      head, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )`.execute(db);
    await sql`CREATE TRIGGER item_search_forget AFTER DELETE ON items
      BEGIN DELETE FROM item_search WHERE rowid = old.rowid; END`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`DROP TRIGGER item_search_forget`.execute(db);
  await sql`DROP TABLE item_search`.execute(db);
}
