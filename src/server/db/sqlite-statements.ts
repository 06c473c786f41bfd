import type { Database as SqliteDb, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Kysely's SQLite driver prepares every statement afresh, and preparing (parsing
 * and planning the SQL) was a tenth of an item creation's time. The same
 * commands send the same SQL text again and again, so prepared statements are
 * kept by their text and reused; SQLite re-prepares a kept statement by itself
 * when the schema changes. One connection runs one statement at a time (the
 * driver's mutex), so a kept statement is never busy when it is asked for again.
 * The cache is bounded: lists of ids of varying length make new texts without end.
 */
export function withStatementCache(sqlite: SqliteDb, size = 500): SqliteDatabase {
  const kept = new Map<string, Statement>();
  return {
    close: () => {
      kept.clear();
      sqlite.close();
    },
    prepare(text: string) {
      let stmt = kept.get(text);
      if (stmt) {
        // Most recently used last, so that the oldest is the one to go.
        kept.delete(text);
      } else {
        stmt = sqlite.prepare(text);
        if (kept.size >= size) kept.delete(kept.keys().next().value as string);
      }
      kept.set(text, stmt);
      return stmt;
    },
  };
}
