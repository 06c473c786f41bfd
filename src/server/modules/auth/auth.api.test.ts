import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../core/access.js';
import type { Me, UserOut } from '../../../core/schemas/user.js';
import { buildUser, TEST_PASSWORD } from '../../testing/factories.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { clientFor } from '../../testing/world.js';

/** The tests move this clock forward (never back) to reach lockouts and session limits. */
let clock = TEST_NOW;
const advanceMinutes = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

let t: TestApp;
let n = 0;
/** The system admin, logged in afresh each time: the moving clock ends old sessions too. */
const admin = {
  get: async (url: string) => clientFor(t, await t.login('admin1')).get(url),
  patch: async (url: string, body: unknown) => clientFor(t, await t.login('admin1')).patch(url, body),
};

beforeAll(async () => {
  t = await startTestApp(() => clock);
  await buildUser(t.sys, { roles: ['sysadmin'], username: 'admin1' });
  await buildUser(t.sys, { roles: ['secadmin'], username: 'sec1' });
});
afterAll(() => t?.close());

/** A fresh user per test, so that failure counts and sessions do not leak between tests. */
async function freshUser(): Promise<UserOut> {
  return buildUser(t.sys, { roles: ['leader'], username: `person${++n}` });
}

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });
const me = (cookie: string) => t.request(cookie, { method: 'GET', url: '/api/auth/me' });

describe('POST /api/auth/login', () => {
  it('sets an http-only session cookie and answers with the user', async () => {
    const u = await freshUser();
    const res = await login(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ducha_session');
    expect(cookie?.value).toMatch(/^[\w-]{20,}$/);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite?.toLowerCase()).toBe('lax');
    expect(res.json<Me>()).toMatchObject({ id: u.id, username: u.username, roles: ['leader'] });
  });

  it('refuses a wrong password with 401 bad_credentials and no cookie', async () => {
    const u = await freshUser();
    const res = await login(u.username, 'wrong-password');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('bad_credentials');
    expect(res.json().error.message).toBe('用户名或密码错误');
    expect(res.cookies.find((c) => c.name === 'ducha_session')).toBeUndefined();
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const res = await login('nobody-here', 'wrong-password', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({
      code: 'bad_credentials',
      message: 'Wrong username or password',
      details: [],
    });
  });

  it('refuses a body without a password with 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual(['password']);
  });
});

describe('lockout after failed logins', () => {
  it('locks the account on the fifth failure in a row, even against the right password', async () => {
    const u = await freshUser();
    for (let i = 1; i <= 4; i++) expect((await login(u.username, `wrong-${i}`)).statusCode).toBe(401);
    const fifth = await login(u.username, 'wrong-5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('account_locked');
    const right = await login(u.username, TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('account_locked');
  });

  it('counts failures that arrive at the same time, so parallel guessing locks too', async () => {
    const u = await freshUser();
    const guesses = await Promise.all(Array.from({ length: 8 }, (_, i) => login(u.username, `guess-${i}`)));
    expect(guesses.every((r) => r.statusCode === 401 || r.statusCode === 423)).toBe(true);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(423);
  });

  it('lifts the lock after 30 minutes, not before', async () => {
    const u = await freshUser();
    for (let i = 1; i <= 5; i++) await login(u.username, `wrong-${i}`);
    advanceMinutes(29);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(423);
    advanceMinutes(1);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts failures in a row only: a success starts the count again', async () => {
    const u = await freshUser();
    for (let i = 1; i <= 4; i++) await login(u.username, `wrong-${i}`);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 1; i <= 4; i++) expect((await login(u.username, `wrong-${i}`)).statusCode).toBe(401);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('shows the lock to the system admin and lets the security admin lift it', async () => {
    const u = await freshUser();
    for (let i = 1; i <= 5; i++) await login(u.username, `wrong-${i}`);
    const seen = (await admin.get(`/api/users/${u.id}`)).json<UserOut>();
    expect(seen.lockedUntil).toBe(new Date(clock.getTime() + 30 * 60_000).toISOString());

    const sec = clientFor(t, await t.login('sec1'));
    const res = await sec.patch(`/api/users/${u.id}`, { version: seen.version, unlock: true });
    expect(res.statusCode).toBe(200);
    expect(res.json<UserOut>()).toMatchObject({ lockedUntil: null, roles: ['leader'] });
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('does not let the security admin change anything but the lock', async () => {
    const u = await freshUser();
    const sec = clientFor(t, await t.login('sec1'));
    const res = await sec.patch(`/api/users/${u.id}`, { version: u.version, roles: ['supervisor'] });
    expect(res.statusCode).toBe(403);
    expect((await admin.get(`/api/users/${u.id}`)).json<UserOut>().roles).toEqual(['leader']);
  });
});

describe('sessions', () => {
  it('GET /api/auth/me answers the logged-in user and 401 without a session', async () => {
    const u = await freshUser();
    const cookie = await t.login(u.username);
    expect((await me(cookie)).json<Me>().id).toBe(u.id);
    const anon = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe('unauthenticated');
    expect((await me('ducha_session=forged-token')).statusCode).toBe(401);
  });

  it('GET /api/auth/me says what the user may do, following a change of roles at once', async () => {
    const u = await freshUser();
    const cookie = await t.login(u.username);
    const before = (await me(cookie)).json<Me>();
    expect(before.permissions).toEqual(permissionsOf(['leader']));
    expect(before.permissions).toContain('item.oversee');
    expect(before.permissions).not.toContain('item.write');
    // Making someone an administrator is the security admin's duty (core/duties.ts).
    const sec = clientFor(t, await t.login('sec1'));
    const res = await sec.patch(`/api/users/${u.id}`, { version: u.version, roles: ['auditor'] });
    expect(res.statusCode, res.body).toBe(200);
    expect((await me(cookie)).json<Me>().permissions).toEqual(['unit.read', 'audit.read']);
  });

  it('POST /api/auth/logout ends the session on the server, not only in the browser', async () => {
    const u = await freshUser();
    const cookie = await t.login(u.username);
    const out = await t.request(cookie, { method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((c) => c.name === 'ducha_session')?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends after 30 minutes without a request', async () => {
    const u = await freshUser();
    const cookie = await t.login(u.username);
    advanceMinutes(29);
    expect((await me(cookie)).statusCode).toBe(200);
    advanceMinutes(29);
    expect((await me(cookie)).statusCode).toBe(200);
    advanceMinutes(31);
    expect((await me(cookie)).statusCode).toBe(401);
    // Gone for good, even when the clock would allow it again.
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends after 12 hours in all, however busy the user', async () => {
    const u = await freshUser();
    const cookie = await t.login(u.username);
    // Every 20 minutes up to 12 hours exactly, then one minute more.
    for (let minutes = 20; minutes <= 12 * 60; minutes += 20) {
      advanceMinutes(20);
      expect((await me(cookie)).statusCode).toBe(200);
    }
    advanceMinutes(1);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it("ends a deactivated user's sessions at once and refuses their login", async () => {
    const u = await freshUser();
    const cookie = await t.login(u.username);
    const res = await admin.patch(`/api/users/${u.id}`, { version: u.version, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json<UserOut>()).toMatchObject({ active: false, roles: ['leader'] });
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await login(u.username, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it("ends a user's sessions when an admin sets a new password", async () => {
    const u = await freshUser();
    const cookie = await t.login(u.username);
    const res = await admin.patch(`/api/users/${u.id}`, { version: u.version, password: 'another-pass-2' });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await login(u.username, 'another-pass-2')).statusCode).toBe(200);
  });
});
