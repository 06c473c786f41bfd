import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_DIALECT } from '../testing/test-db.js';
import { openDatabase } from './database.js';
import { WalCheckpointer } from './sqlite-checkpoint.js';
import type { CheckpointResult } from './sqlite-reader-pool.js';

/** A checkpoint that the test ends when it likes, answering what the test says. */
function controlledRun() {
  const calls: Array<(r: CheckpointResult) => void> = [];
  const run = () => new Promise<CheckpointResult>((resolve) => calls.push(resolve));
  return { run, calls };
}

const done = (log: number, checkpointed = log): CheckpointResult => ({ busy: 0, log, checkpointed });

describe('WalCheckpointer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs one checkpoint the delay after the first of many commits', async () => {
    vi.useFakeTimers();
    const { run, calls } = controlledRun();
    const c = new WalCheckpointer(run, 200);
    for (let i = 0; i < 10; i++) c.committed();
    await vi.advanceTimersByTimeAsync(199);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    calls[0](done(40));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    expect(c.last).toEqual(done(40));
  });

  it('checkpoints again after commits that landed while it ran, and asks the main connection to catch up', async () => {
    vi.useFakeTimers();
    const { run, calls } = controlledRun();
    const c = new WalCheckpointer(run, 200);
    c.committed();
    await vi.advanceTimersByTimeAsync(200);
    c.committed();
    // While one runs, a catch-up would only wait for its lock.
    expect(c.takeCatchUp()).toBe(false);
    calls[0](done(4000));
    await vi.advanceTimersByTimeAsync(0);
    expect(c.takeCatchUp()).toBe(true);
    expect(c.takeCatchUp()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(2);
  });

  it('asks for no catch-up after a checkpoint that reached the end with no commit meanwhile, nor after a busy one', async () => {
    vi.useFakeTimers();
    const { run, calls } = controlledRun();
    const c = new WalCheckpointer(run, 200);
    c.committed();
    await vi.advanceTimersByTimeAsync(200);
    calls[0](done(4000));
    await vi.advanceTimersByTimeAsync(0);
    expect(c.takeCatchUp()).toBe(false);
    c.committed();
    await vi.advanceTimersByTimeAsync(200);
    calls[1]({ busy: 1, log: 4000, checkpointed: 100 });
    await vi.advanceTimersByTimeAsync(0);
    expect(c.takeCatchUp()).toBe(false);
    // A reader's snapshot kept it short of the end: the main connection copies the rest.
    c.committed();
    await vi.advanceTimersByTimeAsync(200);
    calls[2](done(4000, 3000));
    await vi.advanceTimersByTimeAsync(0);
    expect(c.takeCatchUp()).toBe(true);
  });

  it('goes on after a failed checkpoint, and runs none once closed', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const c = new WalCheckpointer(async () => {
      calls++;
      throw new Error('disk I/O error');
    }, 200);
    c.committed();
    await vi.advanceTimersByTimeAsync(200);
    c.committed();
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
    c.committed();
    await c.close();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
  });
});

interface T {
  notes: { id: number; body: Buffer };
}

/** The frames the WAL file has room for (it is reused from its start, never shrunk, while open). */
const walFrames = (file: string) =>
  fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size / (4096 + 24) : 0;

/**
 * Whether the database file alone, without its WAL, holds the row: only a checkpoint puts it there.
 * A copy taken while a checkpoint writes the file can be torn: that is a "not yet".
 */
function inDatabaseFile(file: string, dir: string, id: number): boolean {
  const copy = path.join(dir, `copy-${id}-${Date.now()}.db`);
  fs.copyFileSync(file, copy);
  const db = new SQLite(copy, { readonly: true });
  try {
    return db.prepare('select 1 from notes where id = ?').get(id) !== undefined;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

describe.skipIf(TEST_DIALECT !== 'sqlite')('WAL checkpoints on a reader thread', () => {
  const setup = async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-checkpoint-'));
    const file = path.join(dir, 'c.db');
    const handle = openDatabase({ dialect: 'sqlite', file, readers: 2 });
    await sql`create table notes (id integer primary key, body blob)`.execute(handle.db);
    return { dir, file, handle, db: handle.db as unknown as Kysely<T> };
  };

  it('copies a commit into the database file soon after it, though the WAL is far below the backstop', async () => {
    const { dir, file, handle, db } = await setup();
    try {
      await db.transaction().execute((tx) =>
        tx
          .insertInto('notes')
          .values({ id: 1, body: Buffer.alloc(10) })
          .execute(),
      );
      await db
        .insertInto('notes')
        .values({ id: 2, body: Buffer.alloc(10) })
        .execute();
      await expect
        .poll(() => inDatabaseFile(file, dir, 1) && inDatabaseFile(file, dir, 2), { timeout: 5000 })
        .toBe(true);
    } finally {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the WAL small under a steady stream of commands: it starts over instead of growing to the backstop', async () => {
    const { dir, file, handle, db } = await setup();
    try {
      // About 1,500 commands of ~10 pages each: 15,000 frames, nearly the backstop's 16,000, if the
      // WAL never started over. Each command waits for the last, so the thread always copies while
      // one is committing. Between two commands the event loop turns, as it does between requests
      // (a loop of awaited SQLite calls alone never leaves the microtask queue).
      const body = Buffer.alloc(36_000, 7);
      const started = performance.now();
      let n = 0;
      while (n < 1500 && performance.now() - started < 8000) {
        n++;
        await db.transaction().execute((tx) => tx.insertInto('notes').values({ id: n, body }).execute());
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(n).toBeGreaterThan(300);
      // The WAL file never grew past a few checkpoints' worth of commands.
      expect(walFrames(file)).toBeLessThan(Math.min(n * 10, 16000) / 2);
      // What the thread and the main connection copied, with the WAL, is the whole, sound database.
      const other = new SQLite(file, { readonly: true });
      try {
        expect(other.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(other.prepare('select count(*) from notes').pluck().get()).toBe(n);
      } finally {
        other.close();
      }
    } finally {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
