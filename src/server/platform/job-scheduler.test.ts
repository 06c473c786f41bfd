import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, openDatabase } from '../db/database.js';
import { createTestDb, TEST_DIALECT, type TestDb } from '../testing/test-db.js';
import { DbJobScheduler } from './job-scheduler.js';

let db: TestDb;
/** A second connection pool on the same database: another server instance. */
let other: DbHandle;
beforeAll(async () => {
  db = await createTestDb();
  // Two SQLite handles in one process would block each other synchronously;
  // a SQLite deployment is one process, so its two schedulers share the handle.
  other = TEST_DIALECT === 'postgres' ? openDatabase(db.config) : db.handle;
});
afterAll(async () => {
  if (other !== db.handle) await other.close();
  await db?.drop();
});

const T0 = Date.parse('2026-11-27T02:00:00Z');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('DbJobScheduler', () => {
  it('runs a job once per interval across two instances ticking at the same moments', async () => {
    const runs: string[] = [];
    const job = (instance: string) => ({
      name: 'remind',
      everyMs: 60_000,
      run: async (at: Date) => {
        await sleep(5); // long enough for the other instance to try while this one runs
        runs.push(`${instance}@${at.toISOString()}`);
      },
    });
    const a = new DbJobScheduler(db.handle);
    const b = new DbJobScheduler(other);
    a.register(job('a'));
    b.register(job('b'));
    const ticks = [0, 1_000, 59_999, 60_000, 61_000, 180_000].map((d) => new Date(T0 + d));
    for (const at of ticks) await Promise.all([a.tick(at), b.tick(at), a.tick(at), b.tick(at)]);
    expect(runs.map((r) => r.slice(2))).toEqual([
      '2026-11-27T02:00:00.000Z',
      '2026-11-27T02:01:00.000Z',
      '2026-11-27T02:03:00.000Z',
    ]);
    // An older clock (an instance behind the others) does not run a slot again.
    expect(await a.tick(new Date(T0 + 30_000))).toEqual([]);
  });

  it('keeps each job to its own interval', async () => {
    const s = new DbJobScheduler(db.handle);
    s.register({ name: 'minutely', everyMs: 60_000, run: async () => {} });
    s.register({ name: 'hourly', everyMs: 3_600_000, run: async () => {} });
    expect(await s.tick(new Date(T0))).toEqual(['hourly', 'minutely']);
    expect(await s.tick(new Date(T0 + 60_000))).toEqual(['minutely']);
    expect(await s.tick(new Date(T0 + 3_600_000))).toEqual(['hourly', 'minutely']);
  });

  it('reports a failing job and runs it again in the next interval', async () => {
    const errors: string[] = [];
    let calls = 0;
    const s = new DbJobScheduler(db.handle, { onError: (job, err) => errors.push(`${job}: ${err}`) });
    s.register({
      name: 'flaky',
      everyMs: 1_000,
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('smtp down');
      },
    });
    expect(await s.tick(new Date(T0))).toEqual(['flaky']);
    expect(await s.tick(new Date(T0 + 1_000))).toEqual(['flaky']);
    expect(calls).toBe(2);
    expect(errors).toEqual(['flaky: Error: smtp down']);
  });

  it('refuses a second job of the same name and a bad interval', () => {
    const s = new DbJobScheduler(db.handle);
    s.register({ name: 'x', everyMs: 10, run: async () => {} });
    expect(() => s.register({ name: 'x', everyMs: 10, run: async () => {} })).toThrow(/already/);
    expect(() => s.register({ name: 'y', everyMs: 0, run: async () => {} })).toThrow(/everyMs/);
  });

  it('on timers, two started instances share the intervals without running one twice', async () => {
    const slots: number[] = [];
    const make = (handle: DbHandle) => {
      const s = new DbJobScheduler(handle);
      s.register({
        name: 'timed',
        everyMs: 40,
        run: async (at) => void slots.push(Math.floor(at.getTime() / 40)),
      });
      return s;
    };
    const a = make(db.handle);
    const b = make(other);
    a.start();
    b.start();
    await sleep(400);
    await Promise.all([a.stop(), b.stop()]);
    const after = slots.length;
    await sleep(100);
    expect(slots.length).toBe(after); // stopped means stopped
    expect(slots.length).toBeGreaterThanOrEqual(3);
    expect(new Set(slots).size).toBe(slots.length);
  });
});
