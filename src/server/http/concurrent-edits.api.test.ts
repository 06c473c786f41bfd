import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { TEST_DIALECT } from '../testing/test-db.js';
import { buildWorld, type Client, type World } from '../testing/world.js';

/**
 * "Concurrent edits of one record are detected (version number), not silently
 * overwritten" — also when two edits overlap in time. On PostgreSQL several
 * connections write at once; SQLite has one writer, so the race cannot happen
 * there (the sequential stale-version cases are in each module's tests).
 *
 * The race is staged deterministically: another transaction bumps the record's
 * version and holds its row lock; the request reads the old, committed version,
 * passes its check and blocks on the lock; then the other transaction commits.
 */
async function whileAnotherEditCommits(
  db: Db,
  table: 'items' | 'units' | 'ledgers' | 'users',
  id: string,
  send: () => Promise<LightMyRequestResponse>,
): Promise<LightMyRequestResponse> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN`.execute(conn);
    await sql`UPDATE ${sql.table(table)} SET version = version + 1 WHERE id = ${id}`.execute(conn);
    const pending = send();
    for (let i = 0; i < 300; i++) {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db);
      if (rows[0].n > 0) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await sql`COMMIT`.execute(conn);
    return pending;
  });
}

let t: TestApp;
let w: World;
let sup: Client;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  admin = await w.api('sysadmin');
});
afterAll(() => t?.close());

const version = async (table: 'items' | 'units' | 'ledgers' | 'users', id: string) =>
  (await t.db.handle.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow())
    .version;

describe.runIf(TEST_DIALECT === 'postgres')('an edit that overlaps another one (PostgreSQL)', () => {
  it('on an item answers 409 stale_version and keeps the other edit', async () => {
    const item = await w.seedItem({ title: '并发编辑的事项' });
    const res = await whileAnotherEditCommits(t.db.handle.db, 'items', item.id, () =>
      sup.patch(`/api/items/${item.id}`, { version: item.version, title: '后到的修改' }),
    );
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect(await version('items', item.id)).toBe(item.version + 1);
  });

  it('on an item transition answers 409 stale_version', async () => {
    const item = await w.seedItem();
    const res = await whileAnotherEditCommits(t.db.handle.db, 'items', item.id, () =>
      sup.post(`/api/items/${item.id}/transitions`, { action: 'assign', version: item.version }),
    );
    expect(res.statusCode, res.body).toBe(409);
  });

  it('on a unit answers 409 stale_version', async () => {
    const unit = (await sup.post('/api/units', { name: '并发单位', kind: 'other' })).json();
    const res = await whileAnotherEditCommits(t.db.handle.db, 'units', unit.id, () =>
      sup.patch(`/api/units/${unit.id}`, { version: unit.version, shortName: '并发' }),
    );
    expect(res.statusCode, res.body).toBe(409);
  });

  it('on a ledger answers 409 stale_version', async () => {
    const ledger = (await sup.post('/api/ledgers', { name: '并发台账', year: 2026, code: 'BF' })).json();
    const res = await whileAnotherEditCommits(t.db.handle.db, 'ledgers', ledger.id, () =>
      sup.patch(`/api/ledgers/${ledger.id}`, { version: ledger.version, description: '后到的修改' }),
    );
    expect(res.statusCode, res.body).toBe(409);
    expect((await sup.get(`/api/ledgers/${ledger.id}`)).json().description).toBeNull();
  });

  it('on a user answers 409 stale_version', async () => {
    const user = w.users.leader;
    const current = await version('users', user.id);
    const res = await whileAnotherEditCommits(t.db.handle.db, 'users', user.id, () =>
      admin.patch(`/api/users/${user.id}`, { version: current, title: '后到的职务' }),
    );
    expect(res.statusCode, res.body).toBe(409);
    expect((await admin.get(`/api/users/${user.id}`)).json().title).toBeNull();
  });
});

describe.runIf(TEST_DIALECT === 'sqlite')('overlapping edits (SQLite)', () => {
  it('cannot overlap: SQLite serialises writers, so the later edit sees the new version', async () => {
    const item = await w.seedItem();
    const [a, b] = await Promise.all([
      sup.patch(`/api/items/${item.id}`, { version: item.version, title: '甲' }),
      sup.patch(`/api/items/${item.id}`, { version: item.version, title: '乙' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });
});
