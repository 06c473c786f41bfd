import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECT } from '../testing/test-db.js';
import { type DbHandle, openDatabase } from './database.js';
import { SqliteReaderPool } from './sqlite-reader-pool.js';

interface T {
  things: { id: number; name: string | null; weight: number | null; data: Buffer | null };
}

/** The reader threads exist on SQLite only; the PostgreSQL project has nothing to check here. */
describe.skipIf(TEST_DIALECT !== 'sqlite')('SQLite reader threads', () => {
  let dir: string;
  let file: string;
  let withReaders: DbHandle;
  let mainOnly: DbHandle;
  const db = () => withReaders.db as unknown as Kysely<T>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-readers-'));
    file = path.join(dir, 'r.db');
    withReaders = openDatabase({ dialect: 'sqlite', file, readers: 2 });
    await sql`create table things (id integer primary key, name text, weight real, data blob)`.execute(
      withReaders.db,
    );
    await db()
      .insertInto('things')
      .values([
        { id: 1, name: '马寨安置房', weight: 1.5, data: Buffer.from([0, 1, 2, 255]) },
        { id: 2, name: null, weight: null, data: null },
        { id: 3, name: 'big', weight: 2 ** 40, data: Buffer.alloc(0) },
      ])
      .execute();
    mainOnly = openDatabase({ dialect: 'sqlite', file, readers: 0 });
  });

  afterAll(async () => {
    await withReaders.close();
    await mainOnly.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('returns the same rows as the main connection, blobs as Buffers', async () => {
    const q = (k: Kysely<T>) =>
      k.selectFrom('things').selectAll().where('id', '<', 10).orderBy('id').execute();
    const [fromReader, fromMain] = await Promise.all([q(db()), q(mainOnly.db as unknown as Kysely<T>)]);
    expect(fromReader).toEqual(fromMain);
    expect(fromReader).toHaveLength(3);
    expect(Buffer.isBuffer(fromReader[0].data)).toBe(true);
    expect([...(fromReader[0].data as Buffer)]).toEqual([0, 1, 2, 255]);
  });

  it('binds Buffer parameters on a reader', async () => {
    const rows = await db()
      .selectFrom('things')
      .select('id')
      .where('data', '=', Buffer.from([0, 1, 2, 255]))
      .execute();
    expect(rows).toEqual([{ id: 1 }]);
  });

  it('reads outside a transaction while another holds the main connection, and then sees its commit', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let inserted = () => {};
    const insertedYet = new Promise<void>((r) => {
      inserted = r;
    });
    const tx = db()
      .transaction()
      .execute(async (t) => {
        await t.insertInto('things').values({ id: 4, name: 'four', weight: 4, data: null }).execute();
        // The transaction reads its own write (it runs on the main connection).
        const own = await t.selectFrom('things').select('name').where('id', '=', 4).executeTakeFirst();
        expect(own?.name).toBe('four');
        inserted();
        await gate;
      });
    await insertedYet;
    // The main connection is held by the open transaction: this read can finish only on a reader,
    // and it sees the last committed state, not the uncommitted row.
    const during = await db().selectFrom('things').select('id').where('id', '=', 4).execute();
    expect(during).toEqual([]);
    release();
    await tx;
    const after = await db().selectFrom('things').select('name').where('id', '=', 4).execute();
    expect(after).toEqual([{ name: 'four' }]);
  });

  it('sees a lone write that was awaited', async () => {
    await db().updateTable('things').set({ name: 'renamed' }).where('id', '=', 2).execute();
    const row = await db().selectFrom('things').select('name').where('id', '=', 2).executeTakeFirst();
    expect(row?.name).toBe('renamed');
  });

  it('rethrows a reader error as a SqliteError with its code', async () => {
    const k = withReaders.db as unknown as Kysely<{ missing: { id: number } }>;
    const error = await k
      .selectFrom('missing')
      .selectAll()
      .execute()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SQLite.SqliteError);
    expect((error as InstanceType<typeof SQLite.SqliteError>).code).toBe('SQLITE_ERROR');
    expect((error as Error).message).toMatch(/no such table: missing/);
    // The thread is still there for the next read.
    expect(await db().selectFrom('things').select('id').where('id', '=', 1).execute()).toEqual([{ id: 1 }]);
  });

  it('rethrows what better-sqlite3 refuses to bind as the same kind of error as the main connection', async () => {
    const q = (k: Kysely<T>) =>
      k
        .selectFrom('things')
        .select('id')
        .where('name', '=', true as unknown as string)
        .execute()
        .catch((e: unknown) => e);
    const [fromReader, fromMain] = await Promise.all([q(db()), q(mainOnly.db as unknown as Kysely<T>)]);
    expect(fromMain).toBeInstanceOf(TypeError);
    expect(fromReader).toBeInstanceOf(TypeError);
    expect((fromReader as Error).message).toBe((fromMain as Error).message);
  });

  it('streams a select', async () => {
    const ids: number[] = [];
    for await (const row of db().selectFrom('things').select('id').orderBy('id').stream()) ids.push(row.id);
    expect(ids).toEqual([1, 2, 3, 4]);
  });

  it('runs many reads at once on two threads', async () => {
    const reads = Array.from({ length: 40 }, (_, i) =>
      db().selectFrom('things').select(sql<number>`count(*) + ${i}`.as('n')).executeTakeFirstOrThrow(),
    );
    const results = await Promise.all(reads);
    expect(results.map((r) => r.n)).toEqual(Array.from({ length: 40 }, (_, i) => 4 + i));
  });

  it('a closed pool ends its threads and refuses further reads', async () => {
    const pool = new SqliteReaderPool({ file, size: 2, busyTimeout: 5000, cacheSize: -2000 });
    const [a, b] = await Promise.all([
      pool.all('select count(*) as n from things', []),
      pool.all('select ? as v', [7]),
    ]);
    expect(a).toEqual([{ n: 4 }]);
    expect(b).toEqual([{ v: 7 }]);
    await pool.close();
    await expect(pool.all('select 1', [])).rejects.toThrow(/closed/);
  });

  it('fails only the query whose parameter cannot reach a thread', async () => {
    const pool = new SqliteReaderPool({ file, size: 1, busyTimeout: 5000, cacheSize: -2000 });
    try {
      await expect(pool.all('select ? as v', [Symbol('not a value')])).rejects.toThrow();
      expect(await pool.all('select ? as v', [8])).toEqual([{ v: 8 }]);
    } finally {
      await pool.close();
    }
  });

  it('refuses a write on a reader thread', async () => {
    const pool = new SqliteReaderPool({ file, size: 1, busyTimeout: 5000, cacheSize: -2000 });
    try {
      const error = await pool.all('delete from things', []).catch((e: unknown) => e);
      expect((error as InstanceType<typeof SQLite.SqliteError>).code).toBe('SQLITE_READONLY');
      expect(
        await mainOnly.db
          .selectFrom('things' as never)
          .select(sql<number>`count(*)`.as('n'))
          .executeTakeFirst(),
      ).toEqual({ n: 4 });
    } finally {
      await pool.close();
    }
  });

  it('lets a process go on after closing the database (idle threads do not hold it, closing ones do)', () => {
    const database = fileURLToPath(new URL('./database.ts', import.meta.url));
    const script = `
      import { openDatabase } from ${JSON.stringify(database)};
      const h = openDatabase({ dialect: 'sqlite', file: ${JSON.stringify(file)}, readers: 2 });
      const rows = await h.db.selectFrom('things').select('id').orderBy('id').execute();
      await h.close();
      console.log('after close', rows.length);`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(out).toContain('after close 4');
  });
});
