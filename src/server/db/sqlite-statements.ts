import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Kysely's SQLite database, and whether a transaction is open (the group commit asks). */
export interface CachedSqliteDatabase extends SqliteDatabase {
  readonly inTransaction: boolean;
}

/** Statements kept per connection: the app's queries are a few hundred distinct texts. */
const KEPT = 500;

/**
 * Kysely's SQLite driver prepares every statement afresh, and on a list page
 * SQLite's parsing and planning weigh as much as running the query (issue 14:
 * a third of the SQL time in a profile). Prepared statements are kept by their
 * text, the least recently used dropped first. A statement still being iterated
 * (a streamed export) is busy: the same text then gets a statement of its own.
 */
export function withStatementCache(db: SQLite.Database): CachedSqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => db.close(),
    get inTransaction() {
      return db.inTransaction;
    },
    prepare(sql: string): SqliteStatement {
      const known = kept.get(sql);
      if (known && !known.busy) {
        // Most recently used last, so that the first entry is the one to drop.
        kept.delete(sql);
        kept.set(sql, known);
        return known;
      }
      const stmt = db.prepare(sql);
      if (!known) {
        if (kept.size >= KEPT) kept.delete(kept.keys().next().value as string);
        kept.set(sql, stmt);
      }
      return stmt;
    },
  };
}
