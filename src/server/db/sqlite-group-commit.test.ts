import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DIALECT } from '../testing/test-db.js';
import { type DbHandle, openDatabase } from './database.js';
import { GroupCommit } from './sqlite-group-commit.js';

interface T {
  things: { id: number; name: string };
}

const names = async (k: Kysely<T>) =>
  (await k.selectFrom('things').select('name').orderBy('id').execute()).map((r) => r.name);

/** Group commit is the SQLite main connection's; the PostgreSQL project has nothing to check here. */
describe.skipIf(TEST_DIALECT !== 'sqlite')('SQLite group commit', () => {
  let dir: string;
  let file: string;
  let handle: DbHandle;
  /** Another process's view of the file: it sees only what has committed. */
  let outside: SQLite.Database;
  const db = () => handle.db as unknown as Kysely<T>;
  const committed = () =>
    (outside.prepare('select name from things order by id').all() as { name: string }[]).map((r) => r.name);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-group-'));
    file = path.join(dir, 'g.db');
    handle = openDatabase({ dialect: 'sqlite', file, readers: 1 });
    await sql`create table things (id integer primary key, name text not null unique)`.execute(handle.db);
    outside = new SQLite(file, { readonly: true });
  });

  beforeEach(async () => {
    await db().deleteFrom('things').execute();
  });

  afterAll(async () => {
    outside.close();
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const insert = (k: Kysely<T>, id: number, name: string) =>
    k.insertInto('things').values({ id, name }).execute();
  /** A write transaction, as every command runs. */
  const command = (fn: (trx: Kysely<T>) => Promise<unknown>) => db().transaction().execute(fn);

  it('commits commands that queue for the connection, each answered only once its data is on disk', async () => {
    const onDiskWhenAnswered = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        command((trx) => insert(trx, i + 1, `c${i + 1}`))
          // What another connection sees the moment this command is answered.
          .then(() => committed().includes(`c${i + 1}`)),
      ),
    );
    expect(onDiskWhenAnswered).toEqual(Array(8).fill(true));
    expect(await names(db())).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
  });

  it("rolls back a failing group's first command alone; the next ones open a group of their own", async () => {
    const results = await Promise.allSettled([
      command(async (trx) => {
        await insert(trx, 1, 'a');
        throw new Error('refused');
      }),
      command((trx) => insert(trx, 2, 'b')),
      command((trx) => insert(trx, 3, 'c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(committed()).toEqual(['b', 'c']);
  });

  it('rolls back a failing command alone; the commands around it keep their changes', async () => {
    const results = await Promise.allSettled([
      command((trx) => insert(trx, 1, 'a')),
      command(async (trx) => {
        await insert(trx, 2, 'b');
        // The same name again: the unique index refuses it, and this command fails.
        await insert(trx, 3, 'a');
      }),
      command((trx) => insert(trx, 4, 'c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await names(db())).toEqual(['a', 'c']);
    expect(committed()).toEqual(['a', 'c']);
  });

  it('keeps what the group holds from readers until it has committed', async () => {
    let readDuringGroup: string[] = [];
    await Promise.all([
      command((trx) => insert(trx, 1, 'first')),
      command(async (trx) => {
        // The first command is done but not committed: a reader thread and another process see nothing.
        readDuringGroup = await names(db());
        expect(committed()).toEqual([]);
        await insert(trx, 2, 'second');
      }),
    ]);
    expect(readDuringGroup).toEqual([]);
    expect(committed()).toEqual(['first', 'second']);
  });

  it('commits the group before a lone write, so the write follows it', async () => {
    await Promise.all([command((trx) => insert(trx, 1, 'in group')), insert(db(), 2, 'lone')]);
    expect(committed()).toEqual(['in group', 'lone']);
  });

  it('fails every command of a group that SQLite rolled back as a whole', async () => {
    const results = await Promise.allSettled([
      command((trx) => insert(trx, 1, 'lost')),
      command(async (trx) => {
        // What a full disk or an I/O error does: the whole transaction is gone.
        await sql`rollback`.execute(trx);
        throw new Error('disk full');
      }),
      command((trx) => insert(trx, 3, 'after')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(committed()).toEqual(['after']);
  });
});

describe.skipIf(TEST_DIALECT !== 'sqlite')('GroupCommit', () => {
  it('writes one COMMIT for the commands of a group, and one per command when none waits', () => {
    const sqlite = new SQLite(':memory:');
    sqlite.exec('create table t (n integer)');
    const statements: string[] = [];
    const group = new GroupCommit({
      run: (s) => {
        statements.push(s);
        sqlite.prepare(s).run();
      },
      get inTransaction() {
        return sqlite.inTransaction;
      },
    });
    const done: Promise<void>[] = [];
    for (let i = 0; i < 3; i++) {
      group.join();
      sqlite.prepare('insert into t values (?)').run(i);
      done.push(group.keep());
    }
    expect(statements.filter((s) => s === 'commit')).toHaveLength(0);
    group.commit();
    expect(statements.filter((s) => s === 'commit')).toHaveLength(1);
    expect(statements.filter((s) => s === 'begin immediate')).toHaveLength(1);
    expect(sqlite.inTransaction).toBe(false);
    expect(sqlite.prepare('select count(*) n from t').get()).toEqual({ n: 3 });
    // A group that kept nothing (its one command rolled back) ends with no COMMIT.
    group.join();
    sqlite.prepare('insert into t values (9)').run();
    group.drop();
    group.commit();
    expect(statements.at(-1)).toBe('rollback');
    expect(sqlite.prepare('select count(*) n from t').get()).toEqual({ n: 3 });
    sqlite.close();
    return Promise.all(done);
  });
});
