import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonOut, UserOut } from '../../../core/schemas/user.js';
import { buildUser } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  admin = await w.api('sysadmin');
});
afterAll(() => t?.close());

const fields = (res: { json(): { error: { details: { field?: string }[] } } }) =>
  res.json().error.details.map((d) => d.field);

let n = 0;
const newUser = (o: Record<string, unknown> = {}) => ({
  username: `liaison${++n}`,
  password: 'A-good-password-1',
  displayName: `联络员${n}`,
  roles: ['unit'],
  unitId: w.coopUnitId,
  ...o,
});

describe('GET /api/users', () => {
  it('lists users with their roles, unit and ledgers for the system admin', async () => {
    const res = await admin.get('/api/users?pageSize=100');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: UserOut[]; total: number }>();
    expect(body.total).toBe(body.items.length);
    const lead = body.items.find((u) => u.username === 'w_unitLead');
    expect(lead).toMatchObject({ roles: ['unit'], unitId: w.leadUnitId, active: true, ledgerIds: [] });
    const limited = body.items.find((u) => u.username === 'w_supervisorThisLedger');
    expect(limited).toMatchObject({ roles: ['supervisor'], unitId: null, ledgerIds: [w.ledgerId] });
    for (const u of body.items) expect(Object.keys(u)).not.toContain('passwordHash');
    expect(JSON.stringify(body)).not.toMatch(/scrypt\$/);
  });

  it('filters by role and by unit', async () => {
    const units = (await admin.get('/api/users?role=unit')).json<{ items: UserOut[] }>();
    expect(units.items.length).toBeGreaterThanOrEqual(3);
    expect(units.items.every((u) => u.roles.includes('unit'))).toBe(true);
    const lead = (await admin.get(`/api/users?unitId=${w.leadUnitId}`)).json<{ items: UserOut[] }>();
    expect(lead.items.map((u) => u.username)).toEqual(['w_unitLead']);
  });

  it('is for the system and security admins only (others 403, nobody logged in 401)', async () => {
    expect((await (await w.api('secadmin')).get('/api/users')).statusCode).toBe(200);
    for (const p of ['supervisor', 'leader', 'unitLead', 'auditor'] as const) {
      const res = await (await w.api(p)).get('/api/users');
      expect(res.statusCode, p).toBe(403);
      expect((await (await w.api(p)).get(`/api/users/${w.users.leader.id}`)).statusCode, p).toBe(403);
    }
    expect((await (await w.api('anonymous')).get('/api/users')).statusCode).toBe(401);
  });

  it('answers 404 for an unknown user', async () => {
    expect((await admin.get('/api/users/no-such-user')).statusCode).toBe(404);
  });
});

describe('POST /api/users', () => {
  it('creates a user who can then log in', async () => {
    const body = newUser({ title: '办公室主任', phone: '0371-1234567', email: 'li@example.gov.cn' });
    const res = await admin.post('/api/users', body);
    expect(res.statusCode).toBe(201);
    expect(res.json<UserOut>()).toMatchObject({
      username: body.username,
      roles: ['unit'],
      unitId: w.coopUnitId,
      title: '办公室主任',
      email: 'li@example.gov.cn',
      version: 1,
    });
    expect(res.body).not.toMatch(/password/i);
    expect((await t.login(body.username as string, 'A-good-password-1')).startsWith('ducha_session=')).toBe(
      true,
    );
  });

  it('refuses a taken username with 409 naming the field', async () => {
    const res = await admin.post('/api/users', newUser({ username: 'w_leader' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
    expect(fields(res)).toEqual(['username']);
  });

  it('refuses a unit user without a unit (422 naming unitId)', async () => {
    const res = await admin.post('/api/users', newUser({ unitId: null }));
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['unitId']);
  });

  it('refuses an unknown unit or ledger with 400 naming the field', async () => {
    const unit = await admin.post('/api/users', newUser({ unitId: 'no-such-unit' }));
    expect(unit.statusCode).toBe(400);
    expect(fields(unit)).toEqual(['unitId']);
    const ledger = await admin.post(
      '/api/users',
      newUser({ roles: ['leader'], unitId: null, ledgerIds: ['nope'] }),
    );
    expect(ledger.statusCode).toBe(400);
    expect(fields(ledger)).toEqual(['ledgerIds']);
  });

  it('names each malformed field: short password, bad email, unknown role, odd username', async () => {
    const res = await admin.post(
      '/api/users',
      newUser({ username: 'has space', password: 'short', email: 'not-an-email', roles: ['king'] }),
    );
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual(['email', 'password', 'roles.0', 'username']);
  });

  it('is for the system admin only', async () => {
    for (const p of ['supervisor', 'secadmin', 'auditor', 'unitLead'] as const)
      expect((await (await w.api(p)).post('/api/users', newUser())).statusCode, p).toBe(403);
  });
});

describe('PATCH /api/users/:id', () => {
  it('changes only the fields sent: roles, unit and ledgers stay', async () => {
    const created = (
      await admin.post(
        '/api/users',
        newUser({ roles: ['supervisor', 'leader'], unitId: null, ledgerIds: [w.ledgerId] }),
      )
    ).json<UserOut>();
    const res = await admin.patch(`/api/users/${created.id}`, { version: 1, displayName: '王督察' });
    expect(res.statusCode).toBe(200);
    expect(res.json<UserOut>()).toMatchObject({
      displayName: '王督察',
      roles: ['supervisor', 'leader'],
      ledgerIds: [w.ledgerId],
      version: 2,
    });
  });

  it('moves a user to another unit and role', async () => {
    const created = (await admin.post('/api/users', newUser())).json<UserOut>();
    const res = await admin.patch(`/api/users/${created.id}`, {
      version: 1,
      unitId: w.otherUnitId,
      roles: ['unit', 'leader'],
    });
    expect(res.json<UserOut>()).toMatchObject({ unitId: w.otherUnitId, roles: ['unit', 'leader'] });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const created = (await admin.post('/api/users', newUser())).json<UserOut>();
    await admin.patch(`/api/users/${created.id}`, { version: 1, title: '科长' });
    const res = await admin.patch(`/api/users/${created.id}`, { version: 1, displayName: '改名' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect((await admin.get(`/api/users/${created.id}`)).json<UserOut>()).toMatchObject({
      displayName: created.displayName,
      title: '科长',
      version: 2,
    });
  });

  it('keeps admins from locking themselves out', async () => {
    const self = w.users.sysadmin;
    const current = (await admin.get(`/api/users/${self.id}`)).json<UserOut>();
    const res = await admin.patch(`/api/users/${self.id}`, { version: current.version, active: false });
    expect(res.statusCode).toBe(422);
    expect((await admin.get(`/api/users/${self.id}`)).json<UserOut>().active).toBe(true);
  });

  it('answers 404 for an unknown user', async () => {
    expect((await admin.patch('/api/users/no-such-user', { version: 1, title: '某' })).statusCode).toBe(404);
  });
});

describe('GET /api/people', () => {
  it('gives pickers names and contacts, without roles or accounts', async () => {
    const res = await (await w.api('unitLead')).get(`/api/people?unitId=${w.leadUnitId}`);
    expect(res.statusCode).toBe(200);
    const [person] = res.json().items;
    expect(Object.keys(person).sort()).toEqual(['displayName', 'id', 'phone', 'title', 'unitId']);
  });

  it('shows a unit user the phone numbers of its own people only; supervisors see all', async () => {
    await buildUser(t.sys, { roles: ['unit'], unitId: w.leadUnitId, phone: '13800000001' });
    await buildUser(t.sys, { roles: ['unit'], unitId: w.otherUnitId, phone: '13800000002' });
    const people = async (p: 'unitLead' | 'supervisor') =>
      (await (await w.api(p)).get('/api/people?pageSize=200')).json<{ items: PersonOut[] }>().items;
    const seenByUnit = await people('unitLead');
    expect(seenByUnit.find((x) => x.phone === '13800000001')?.unitId).toBe(w.leadUnitId);
    expect(seenByUnit.some((x) => x.unitId !== w.leadUnitId && x.phone)).toBe(false);
    expect((await people('supervisor')).some((x) => x.phone === '13800000002')).toBe(true);
  });

  it('offers leaders first for the 主管领导 picker, and never the administrators', async () => {
    const sup = await w.api('supervisor');
    const all = (await sup.get('/api/people?pageSize=500'))
      .json<{ items: { id: string }[] }>()
      .items.map((p) => p.id);
    for (const admin of ['sysadmin', 'secadmin', 'auditor'] as const)
      expect(all).not.toContain(w.users[admin].id);
    const leaders = (await sup.get('/api/people?prefer=leader&pageSize=500')).json<{
      items: { id: string }[];
    }>();
    const order = leaders.items.map((p) => p.id);
    // The leader comes before every supervisor and unit user (other tests may add more leaders).
    for (const other of ['supervisor', 'supervisorThisLedger', 'unitLead', 'unitCoop', 'unitOther'] as const)
      expect(order.indexOf(w.users.leader.id), other).toBeLessThan(order.indexOf(w.users[other].id));
    expect(leaders.items.map((p) => p.id).sort()).toEqual([...all].sort());
  });
});
