import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { type DbHandle, openDatabase } from '../../db/database.js';
import { buildUser, TEST_PASSWORD } from '../../testing/factories.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { ADDRESS_LIMIT } from './auth.service.js';

/**
 * Login defences (SECURITY.md AUTH-2, AUTH-3): names that exist and names
 * that do not get the same answers; failures are limited per address (429)
 * and per name (423), both with Retry-After and counted in the database so
 * that every instance sees them; each failure leaves one audit row that
 * never holds what was typed as the name.
 */
let clock = TEST_NOW;
const advanceMinutes = (m: number) => {
  clock = new Date(clock.getTime() + m * 60_000);
};
let t: TestApp;
let other: { app: FastifyInstance; handle: DbHandle };
let n = 0;
let address = 0;
/** Each test guesses from an address of its own, so that the address limit binds only where meant. */
const nextAddress = () => `10.0.${Math.floor(++address / 250)}.${address % 250}`;

beforeAll(async () => {
  t = await startTestApp(() => clock);
  // A second server instance on the same database.
  const handle = openDatabase(t.db.config);
  other = { app: await buildApp({ db: handle, now: () => clock, webRoot: null }), handle };
});
afterAll(async () => {
  await other?.app.close();
  await other?.handle.close();
  await t?.close();
});

const login = (username: string, password: string, from: string, app = t.app) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: from,
  });

const fresh = () => buildUser(t.sys, { roles: ['leader'], username: `guarded${++n}` });

async function auditRows(): Promise<{ after: string | null; entity_id: string | null }[]> {
  return t.db.handle.db.selectFrom('audit_log').select(['after', 'entity_id']).orderBy('seq').execute();
}

describe('names that exist and names that do not', () => {
  it('get the same status and body for a wrong password, then the same lock with Retry-After', async () => {
    const real = await fresh();
    const from = nextAddress();
    for (let i = 1; i <= 5; i++) {
      const a = await login(real.username, `wrong-${i}`, from);
      const b = await login(`nobody-${n}`, `wrong-${i}`, from);
      expect([a.statusCode, b.statusCode]).toEqual(i < 5 ? [401, 401] : [423, 423]);
      expect(a.body).toBe(b.body);
      if (i === 5) {
        expect(a.headers['retry-after']).toBe('1800');
        expect(b.headers['retry-after']).toBe('1800');
      }
    }
    // Locked alike, even against the right password.
    const right = await login(real.username, TEST_PASSWORD, from);
    const unknown = await login(`nobody-${n}`, TEST_PASSWORD, from);
    expect([right.statusCode, unknown.statusCode]).toEqual([423, 423]);
    expect(right.body).toBe(unknown.body);
  });
});

describe('the limit per address', () => {
  it(`answers 429 with Retry-After after ${ADDRESS_LIMIT} failures in a minute, even to the right password`, async () => {
    const from = nextAddress();
    const u = await fresh();
    for (let i = 0; i < ADDRESS_LIMIT; i++)
      expect((await login(`probe${i}`, 'wrong-password', from)).statusCode).toBe(401);
    const blocked = await login(u.username, TEST_PASSWORD, from);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Another address is not held back.
    expect((await login(u.username, TEST_PASSWORD, nextAddress())).statusCode).toBe(200);
    advanceMinutes(1);
    expect((await login(u.username, TEST_PASSWORD, from)).statusCode).toBe(200);
  });

  it('holds across server instances on one database', async () => {
    const from = nextAddress();
    const u = await fresh();
    for (let i = 0; i < ADDRESS_LIMIT; i++)
      await login(`probe${i}`, 'wrong-password', from, i % 2 ? t.app : other.app);
    expect((await login(u.username, TEST_PASSWORD, from, other.app)).statusCode).toBe(429);
    expect((await login(u.username, TEST_PASSWORD, from, t.app)).statusCode).toBe(429);
    advanceMinutes(1);
  });

  it('records the flood once, not once per request', async () => {
    const from = nextAddress();
    const before = (await auditRows()).length;
    for (let i = 0; i < ADDRESS_LIMIT + 30; i++) await login(`flood${i}`, 'wrong-password', from);
    const rows = (await auditRows()).slice(before);
    expect(rows.length).toBe(ADDRESS_LIMIT + 1);
    expect(rows.filter((r) => r.after?.includes('rate_limited')).length).toBe(1);
    advanceMinutes(1);
  });
});

describe('the audit of failed logins', () => {
  it('writes one row per failure, keeping a digest of an unknown name but never the name', async () => {
    const u = await fresh();
    const from = nextAddress();
    const typed = 'MySecretPassw0rd-typed-as-name';
    const before = (await auditRows()).length;
    await login(u.username, 'wrong-password', from);
    await login(typed, 'wrong-password', from);
    await login(typed, 'again-wrong', from);
    const rows = (await auditRows()).slice(before);
    expect(rows.length).toBe(3);
    expect(rows[0].entity_id).toBe(u.id);
    const unknown = rows.slice(1).map((r) => JSON.parse(r.after ?? '{}'));
    expect(unknown[0].name).toEqual({
      digest: expect.stringMatching(/^[0-9a-f]{32}$/),
      length: typed.length,
    });
    expect(unknown[1].name.digest).toBe(unknown[0].name.digest);
    expect(unknown[1].failedInARow).toBe(2);
    const all = JSON.stringify(await auditRows());
    expect(all).not.toContain(typed);
    expect(all).not.toContain('MySecret');
    const throttle = await t.db.handle.db.selectFrom('login_throttle').selectAll().execute();
    expect(JSON.stringify(throttle)).not.toContain('MySecret');
  });
});
