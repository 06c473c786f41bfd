import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserOut } from '../../../core/schemas/user.js';
import { buildUser, TEST_PASSWORD } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

/**
 * Separation of duties (三员分立) through the API: no account holds two
 * administrator roles or an administrator role with a business one; the
 * roles, passwords and activation of administrators belong to the security
 * admin; every refused attempt leaves an audit row.
 */
let t: TestApp;
let w: World;
let sys: Client;
let sec: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sys = await w.api('sysadmin');
  sec = await w.api('secadmin');
});
afterAll(() => t?.close());

let n = 0;
const account = (roles: string[]) => ({
  username: `duty${++n}`,
  password: 'A-good-password-1',
  displayName: `人员${n}`,
  roles,
});
const current = async (id: string) => (await sec.get(`/api/users/${id}`)).json<UserOut>();

/** Refused attempts (roles, passwords) recorded for the auditor. */
async function refusalsOn(id: string | null): Promise<{ after: { code: string } }[]> {
  const auditor = await w.api('auditor');
  const url = `/api/audit?entity=user&outcome=refused&pageSize=200${id ? `&entityId=${id}` : ''}`;
  return (await auditor.get(url)).json().items;
}

describe('one account, one duty', () => {
  it.each([
    [['sysadmin', 'secadmin']],
    [['secadmin', 'auditor']],
    [['auditor', 'supervisor']],
    [['sysadmin', 'supervisor']],
    [['supervisor', 'leader', 'unit', 'sysadmin', 'secadmin', 'auditor']],
  ])('refuses to create an account holding %j with 422 naming roles, and audits it', async (roles) => {
    const before = (await refusalsOn(null)).length;
    for (const c of [sys, sec]) {
      const res = await c.post('/api/users', { ...account(roles), unitId: w.leadUnitId });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error.details[0].field).toBe('roles');
    }
    expect((await refusalsOn(null)).length).toBe(before + 2);
  });

  it('refuses to give a second administrator role to an administrator (422, unchanged)', async () => {
    const auditor = await buildUser(t.sys, { roles: ['auditor'] });
    const res = await sec.patch(`/api/users/${auditor.id}`, {
      version: auditor.version,
      roles: ['auditor', 'secadmin'],
    });
    expect(res.statusCode).toBe(422);
    expect((await current(auditor.id)).roles).toEqual(['auditor']);
  });
});

describe('the system admin', () => {
  it('cannot give itself the auditor or supervisor role', async () => {
    const me = w.users.sysadmin;
    for (const roles of [['sysadmin', 'auditor'], ['sysadmin', 'supervisor'], ['auditor']]) {
      const res = await sys.patch(`/api/users/${me.id}`, { version: (await current(me.id)).version, roles });
      expect([403, 422], res.body).toContain(res.statusCode);
    }
    expect((await current(me.id)).roles).toEqual(['sysadmin']);
    expect((await refusalsOn(me.id)).length).toBe(3);
  });

  it("cannot reset the auditor's password, deactivate the auditor or make someone auditor", async () => {
    const auditor = await buildUser(t.sys, { roles: ['auditor'] });
    const leader = await buildUser(t.sys, { roles: ['leader'] });
    const reset = await sys.patch(`/api/users/${auditor.id}`, {
      version: auditor.version,
      password: 'taken-over-1',
    });
    expect(reset.statusCode).toBe(403);
    expect(reset.json().error.details[0].field).toBe('password');
    const off = await sys.patch(`/api/users/${auditor.id}`, { version: auditor.version, active: false });
    expect(off.statusCode).toBe(403);
    const promote = await sys.patch(`/api/users/${leader.id}`, {
      version: leader.version,
      roles: ['auditor'],
    });
    expect(promote.statusCode).toBe(403);
    const create = await sys.post('/api/users', account(['auditor']));
    expect(create.statusCode).toBe(403);
    // The auditor still logs in with the old password, and the leader is still a leader.
    await t.login(auditor.username, TEST_PASSWORD);
    expect((await current(leader.id)).roles).toEqual(['leader']);
    expect((await refusalsOn(auditor.id)).length).toBe(2);
    expect((await refusalsOn(leader.id)).length).toBe(1);
  });

  it('still manages business accounts in full', async () => {
    const leader = await buildUser(t.sys, { roles: ['leader'] });
    const res = await sys.patch(`/api/users/${leader.id}`, {
      version: leader.version,
      roles: ['supervisor'],
      password: 'a-fresh-password-2',
      displayName: '改名',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UserOut>().roles).toEqual(['supervisor']);
  });
});

describe('the security admin', () => {
  it('creates administrators, resets their passwords and changes their role', async () => {
    const created = await sec.post('/api/users', account(['auditor']));
    expect(created.statusCode, created.body).toBe(201);
    const u = created.json<UserOut>();
    const reset = await sec.patch(`/api/users/${u.id}`, { version: u.version, password: 'reset-by-sec-1' });
    expect(reset.statusCode, reset.body).toBe(200);
    await t.login(u.username, 'reset-by-sec-1');
    const moved = await sec.patch(`/api/users/${u.id}`, { version: u.version + 1, roles: ['sysadmin'] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<UserOut>().roles).toEqual(['sysadmin']);
  });

  it("cannot touch business accounts' roles or passwords, nor drop its own role", async () => {
    const leader = await buildUser(t.sys, { roles: ['leader'] });
    expect((await sec.post('/api/users', account(['supervisor']))).statusCode).toBe(403);
    expect(
      (await sec.patch(`/api/users/${leader.id}`, { version: leader.version, password: 'x-password-1' }))
        .statusCode,
    ).toBe(403);
    const me = w.users.secadmin;
    const self = await sec.patch(`/api/users/${me.id}`, {
      version: (await current(me.id)).version,
      roles: [],
    });
    expect(self.statusCode).toBe(422);
    expect((await current(me.id)).roles).toEqual(['secadmin']);
  });
});
