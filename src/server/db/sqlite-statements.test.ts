import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statements.js';

/** Prepared statements kept by their text (issue 14), and never shared while one is still being read. */
const raw = new SQLite(':memory:');
const cached = withStatementCache(raw);
const db = new Kysely<{ t: { n: number } }>({ dialect: new SqliteDialect({ database: cached }) });
afterAll(() => db.destroy());

describe('the SQLite statement cache', () => {
  it('gives the same prepared statement for the same text, a new one for another', () => {
    const a = cached.prepare('SELECT 1 AS one');
    expect(cached.prepare('SELECT 1 AS one')).toBe(a);
    expect(cached.prepare('SELECT 2 AS two')).not.toBe(a);
  });

  it('does not hand out a statement that a stream is still reading', async () => {
    await sql`CREATE TABLE t (n INTEGER)`.execute(db);
    await db
      .insertInto('t')
      .values(Array.from({ length: 5 }, (_, n) => ({ n })))
      .execute();
    const text = 'SELECT n FROM t ORDER BY n';
    const reading = cached.prepare(text);
    const rows = reading.iterate([]);
    expect(rows.next().value).toEqual({ n: 0 });
    expect(cached.prepare(text)).not.toBe(reading);
    rows.return?.();
    expect(cached.prepare(text)).toBe(reading);
    expect(cached.prepare(text).all([])).toHaveLength(5);
  });

  it('sees a table changed after a statement on it was kept', async () => {
    await sql`CREATE TABLE u (a INTEGER)`.execute(db);
    await sql`INSERT INTO u VALUES (1)`.execute(db);
    const read = () => sql<Record<string, number>>`SELECT * FROM u`.execute(db);
    expect((await read()).rows).toEqual([{ a: 1 }]);
    await sql`ALTER TABLE u ADD COLUMN b INTEGER DEFAULT 2`.execute(db);
    expect((await read()).rows).toEqual([{ a: 1, b: 2 }]);
  });
});
