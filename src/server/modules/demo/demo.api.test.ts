import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { clientFor } from '../../testing/world.js';
import { markDemo } from './demo.repo.js';
import { purgeDemo, retireDemoAccountsIfOfficeReady } from './demo.service.js';

/**
 * A demo installation (core/demo.ts): its accounts work until the office has its own system admin,
 * security admin and auditor, then they are off for good; `ducha demo --purge` removes them.
 */
let t: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  // The bootstrap admin is the office's own; the rest is what the demo loader makes (and marks).
  ids.admin = (await buildUser(t.sys, { roles: ['sysadmin'], username: 'office_admin' })).id;
  ids.supervisor = (await buildUser(t.sys, { roles: ['supervisor'], username: 'demo_sup' })).id;
  ids.secadmin = (await buildUser(t.sys, { roles: ['secadmin'], username: 'secadmin' })).id;
  ids.auditor = (await buildUser(t.sys, { roles: ['auditor'], username: 'auditor' })).id;
  await markDemo(t.sys, 'user', [ids.supervisor, ids.secadmin, ids.auditor]);
});
afterAll(() => t?.close());

const state = async () => (await t.app.inject({ method: 'GET', url: '/api/demo' })).json().state;
const loginStatus = async (username: string) =>
  (
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'correct-horse-1' },
    })
  ).statusCode;

describe('GET /api/demo and the demo accounts', () => {
  it('says a demo installation is one, to anyone (the login page shows it), while its accounts work', async () => {
    expect(await state()).toBe('active');
    expect(await loginStatus('demo_sup')).toBe(200);
  });

  it('keeps demo accounts while the office lacks one of its three administrators', async () => {
    const sec = clientFor(t, await t.login('secadmin'));
    const res = await sec.post('/api/users', {
      username: 'office_sec',
      password: 'Office-sec-2026!x',
      displayName: '办公室安全员',
      roles: ['secadmin'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await state()).toBe('active');
    expect(await loginStatus('demo_sup')).toBe(200);
  });

  it('turns every demo account off, ends their sessions and audits it once the office has its auditor', async () => {
    const supCookie = await t.login('demo_sup');
    const sec = clientFor(t, await t.login('secadmin'));
    const res = await sec.post('/api/users', {
      username: 'office_aud',
      password: 'Office-aud-2026!x',
      displayName: '办公室审计员',
      roles: ['auditor'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await state()).toBe('retired');
    expect(await loginStatus('demo_sup')).not.toBe(200);
    expect(await loginStatus('auditor')).not.toBe(200);
    // The open session of a demo account ends with it.
    expect((await clientFor(t, supCookie).get('/api/auth/me')).statusCode).toBe(401);
    const rows = await t.db.handle.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'demo.accounts_off')
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]?.after as string)).toMatchObject({ count: 3 });
    // Nothing left to turn off: a second check writes nothing.
    expect(await retireDemoAccountsIfOfficeReady(t.sys)).toBe(0);
  });

  it('refuses to turn a demo account on again, naming the field', async () => {
    const admin = clientFor(t, await t.login('office_admin'));
    const user = (await admin.get(`/api/users/${ids.supervisor}`)).json();
    const res = await admin.patch(`/api/users/${ids.supervisor}`, { version: user.version, active: true });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details[0].field).toBe('active');
    expect(await loginStatus('demo_sup')).not.toBe(200);
  });

  it('purges the demo accounts: no password, login names freed, audited; the state is then none', async () => {
    const r = await purgeDemo(t.sys);
    expect(r.accounts).toBe(3);
    const users = await t.db.handle.db
      .selectFrom('users')
      .select(['username', 'password_hash', 'active'])
      .where('id', 'in', [ids.supervisor, ids.secadmin, ids.auditor])
      .execute();
    for (const u of users) {
      expect(u.username).toMatch(/^demo-removed-/);
      expect(u.password_hash).toBeNull();
      expect(u.active).toBe(0);
    }
    expect(await state()).toBe('none');
    // The name `auditor` is free for an account of the office's own.
    expect((await buildUser(t.sys, { roles: ['auditor'], username: 'auditor' })).username).toBe('auditor');
    // The audit log keeps what happened, and is intact (the office's auditor first sets its own password).
    const aud = clientFor(t, await t.login('office_aud', 'Office-aud-2026!x'));
    const changed = await aud.post('/api/auth/password', {
      currentPassword: 'Office-aud-2026!x',
      newPassword: 'Audit-own-2027!z',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const verify = await aud.get('/api/audit/verify');
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ intact: true });
  });
});
