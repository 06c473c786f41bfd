import { type Kysely, sql } from 'kysely';
import { rebuildItemSearch } from '../../modules/item/item.search-index.js';
import { dialectOf } from '../dialect.js';

/**
 * Items found by what their reports say and by their notices' numbers (issue
 * 14): the search index gets a third part, the notes (see item.search-index.ts
 * `itemNotes`), ranked after the head (code, title) and the body (task book,
 * units), which get columns of their own so that each tier can be told.
 * Every item is indexed again here.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    // Out of line like `doc`. `own` (head and body) has a GIN index of its own: a match's tier
    // is asked of it, never by reading the row's vectors (item.search-index.ts `pgTier`).
    await sql`ALTER TABLE item_search
      ADD COLUMN own tsvector NOT NULL DEFAULT '',
      ADD COLUMN notes tsvector NOT NULL DEFAULT ''`.execute(db);
    await sql`ALTER TABLE item_search ALTER COLUMN own SET STORAGE EXTERNAL`.execute(db);
    await sql`ALTER TABLE item_search ALTER COLUMN notes SET STORAGE EXTERNAL`.execute(db);
    await sql`CREATE INDEX item_search_own ON item_search USING gin (own)`.execute(db);
    // The notes as written, for words the index cannot prove alone (item.search-index.ts `confirmWord`).
    await sql`CREATE TABLE item_search_notes (
      item_id text PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
      text text NOT NULL
    )`.execute(db);
  } else {
    // An FTS5 table takes no new column: it is made again, with its trigger.
    await sql`DROP TRIGGER item_search_forget`.execute(db);
    await sql`DROP TABLE item_search`.execute(db);
    await sql`CREATE VIRTUAL TABLE item_search USING fts5(
      head, body, notes, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
    )`.execute(db);
    await sql`CREATE TRIGGER item_search_forget AFTER DELETE ON items
      BEGIN DELETE FROM item_search WHERE rowid = old.rowid; END`.execute(db);
    // The notes as written (see PostgreSQL's), and their tokens: the contentless table
    // cannot give them back when an item write replaces its row.
    await sql`CREATE TABLE item_search_notes (
      item_id text PRIMARY KEY REFERENCES items (id) ON DELETE CASCADE,
      text text NOT NULL,
      tokens text NOT NULL
    )`.execute(db);
  }
  await rebuildItemSearch(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`DROP TABLE item_search_notes`.execute(db);
    await sql`ALTER TABLE item_search DROP COLUMN own, DROP COLUMN notes`.execute(db);
    // `doc` held the notes too: back to code, title and search text alone.
    await sql`DELETE FROM item_search`.execute(db);
    return;
  }
  await sql`DROP TABLE item_search_notes`.execute(db);
  await sql`DROP TRIGGER item_search_forget`.execute(db);
  await sql`DROP TABLE item_search`.execute(db);
  await sql`CREATE VIRTUAL TABLE item_search USING fts5(
    head, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
  )`.execute(db);
  await sql`CREATE TRIGGER item_search_forget AFTER DELETE ON items
    BEGIN DELETE FROM item_search WHERE rowid = old.rowid; END`.execute(db);
}
