import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECT } from '../../testing/test-db.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
let auditor: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  auditor = await w.api('auditor');
});
afterAll(() => t?.close());

interface AuditRow {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  outcome: 'success' | 'refused';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit rows of one record, oldest first. */
async function trail(entity: string, entityId: string): Promise<AuditRow[]> {
  const res = await auditor.get(`/api/audit?entity=${entity}&entityId=${entityId}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: AuditRow[] }>().items.reverse();
}
const read = async (id: string) => (await sup.get(`/api/items/${id}`)).json<ItemOut>();

describe('every write leaves an audit row', () => {
  it('records who created an item, when, from where, and what it was', async () => {
    const res = await sup.post('/api/items', w.itemInput({ title: '审计用事项' }));
    const item = res.json<ItemOut>();
    const [row] = await trail('item', item.id);
    expect(row).toMatchObject({
      at: '2026-11-27T02:00:00.000Z',
      actorId: w.users.supervisor.id,
      actorName: w.users.supervisor.displayName,
      ip: '127.0.0.1',
      action: 'item.create',
      outcome: 'success',
      before: null,
    });
    expect(row.after).toMatchObject({ title: '审计用事项', status: 'draft', due_date: '2026-12-31' });
  });

  it('records an update with the item before and after', async () => {
    const item = await w.seedItem({ title: '改名之前' });
    await sup.patch(`/api/items/${item.id}`, { version: item.version, title: '改名之后' });
    const rows = await trail('item', item.id);
    expect(rows.map((r) => r.action)).toEqual(['item.create', 'item.update']);
    expect(rows[1].before).toMatchObject({ title: '改名之前', version: 1 });
    expect(rows[1].after).toMatchObject({ title: '改名之后', version: 2 });
  });

  it('records each lifecycle move with the status it left and reached', async () => {
    const item = await w.seedItem();
    await sup.post(`/api/items/${item.id}/transitions`, {
      action: 'assign',
      version: item.version,
      comment: '请抓紧',
    });
    const move = (await trail('item', item.id)).at(-1);
    expect(move).toMatchObject({
      action: 'item.assign',
      actorId: w.users.supervisor.id,
      before: { status: 'draft' },
      after: { status: 'assigned', comment: '请抓紧', assignedOn: '2026-11-27' },
    });
  });

  it('records units, ledgers and users, never with a password hash', async () => {
    const admin = await w.api('sysadmin');
    const unit = (await sup.post('/api/units', { name: '区审计局', kind: 'department' })).json();
    const ledger = (await sup.post('/api/ledgers', { name: '审计整改', year: 2026, code: 'SJ' })).json();
    const user = (
      await admin.post('/api/users', {
        username: 'audited_user',
        password: 'A-good-password-1',
        displayName: '被审计的人',
        roles: ['leader'],
      })
    ).json();
    expect((await trail('unit', unit.id))[0]).toMatchObject({
      action: 'unit.create',
      after: { name: '区审计局' },
    });
    expect((await trail('ledger', ledger.id))[0]).toMatchObject({
      action: 'ledger.create',
      after: { code: 'SJ' },
    });
    const [created] = await trail('user', user.id);
    expect(created).toMatchObject({ action: 'user.create', actorId: w.users.sysadmin.id });
    expect(JSON.stringify(created)).not.toMatch(/scrypt|password_hash|passwordHash|a-good-password/);
  });

  it('records logins, failed ones as refused', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'w_leader', password: 'nope' },
    });
    await t.login('w_leader');
    const rows = (await trail('user', w.users.leader.id)).filter((r) => r.action === 'auth.login');
    expect(rows.slice(-2).map((r) => r.outcome)).toEqual(['refused', 'success']);
  });
});

describe('a refused write leaves a refusal row and changes nothing', () => {
  it('a forbidden PATCH', async () => {
    const item = await w.seedItem({}, 'assign');
    const res = await (await w.api('leader')).patch(`/api/items/${item.id}`, {
      version: item.version,
      title: '领导改的',
    });
    expect(res.statusCode).toBe(403);
    const last = (await trail('item', item.id)).at(-1);
    expect(last).toMatchObject({
      actorId: w.users.leader.id,
      action: 'PATCH /api/items/:id',
      outcome: 'refused',
      after: { code: 'forbidden' },
    });
    expect((await read(item.id)).title).toBe(item.title);
  });

  it('an invalid PATCH, with the fields that were wrong', async () => {
    const item = await w.seedItem();
    const res = await sup.patch(`/api/items/${item.id}`, { version: item.version, dueDate: '2026-02-30' });
    expect(res.statusCode).toBe(400);
    const last = (await trail('item', item.id)).at(-1);
    expect(last).toMatchObject({
      outcome: 'refused',
      after: { code: 'validation', details: [{ field: 'dueDate' }] },
    });
    expect((await read(item.id)).version).toBe(item.version);
  });

  it('a PATCH on a stale version', async () => {
    const item = await w.seedItem();
    await sup.patch(`/api/items/${item.id}`, { version: item.version, priority: 'high' });
    await sup.patch(`/api/items/${item.id}`, { version: item.version, priority: 'low' });
    const rows = await trail('item', item.id);
    expect(rows.map((r) => `${r.action} ${r.outcome}`)).toEqual([
      'item.create success',
      'item.update success',
      'PATCH /api/items/:id refused',
    ]);
    expect(rows[2].after).toMatchObject({ code: 'stale_version' });
    expect((await read(item.id)).priority).toBe('high');
  });
});

describe('the audit row and the change share one transaction', () => {
  const trigger = {
    sqlite: {
      add: [
        sql`CREATE TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END`,
      ],
      drop: [sql`DROP TRIGGER audit_down`],
    },
    postgres: {
      add: [
        sql`CREATE FUNCTION audit_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$ LANGUAGE plpgsql`,
        sql`CREATE TRIGGER audit_down BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_down()`,
      ],
      drop: [sql`DROP TRIGGER audit_down ON audit_log`, sql`DROP FUNCTION audit_down()`],
    },
  }[TEST_DIALECT];

  it('when the audit row cannot be written, the change is rolled back', async () => {
    const item = await w.seedItem({ title: '审计失败时' });
    for (const q of trigger.add) await q.execute(t.db.handle.db);
    try {
      const patched = await sup.patch(`/api/items/${item.id}`, { version: item.version, title: '不应保存' });
      expect(patched.statusCode).toBe(500);
      expect(patched.json().error.code).toBe('internal');
      const created = await sup.post('/api/items', w.itemInput({ title: '不应登记' }));
      expect(created.statusCode).toBe(500);
    } finally {
      for (const q of trigger.drop) await q.execute(t.db.handle.db);
    }
    expect(await read(item.id)).toMatchObject({ title: '审计失败时', version: item.version });
    const found = await sup.get(`/api/items?q=${encodeURIComponent('不应登记')}`);
    expect(found.json().total).toBe(0);
  });
});

describe('GET /api/audit', () => {
  it('is readable by the auditor and by no one else', async () => {
    for (const p of ['supervisor', 'leader', 'unitLead', 'sysadmin', 'secadmin'] as const) {
      const client = await w.api(p);
      expect((await client.get('/api/audit')).statusCode, p).toBe(403);
      expect((await client.get('/api/audit/verify')).statusCode, p).toBe(403);
    }
    expect((await (await w.api('anonymous')).get('/api/audit')).statusCode).toBe(401);
  });

  it('lists newest first, filtered by outcome and actor, with a total', async () => {
    const refused = (await auditor.get('/api/audit?outcome=refused&pageSize=500')).json<{
      items: AuditRow[];
      total: number;
    }>();
    expect(refused.total).toBeGreaterThan(0);
    expect(refused.items.every((r) => r.outcome === 'refused')).toBe(true);
    const ids = refused.items.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const mine = (await auditor.get(`/api/audit?actorId=${w.users.leader.id}`)).json<{ items: AuditRow[] }>();
    expect(mine.items.every((r) => r.actorId === w.users.leader.id)).toBe(true);
  });
});

describe('the audit log in words', () => {
  it('words each action and names items by code and title, keeping the raw code beside', async () => {
    const item = await w.seedItem({ title: '审计可读性测试事项' }, 'assign');
    const res = await auditor.get(`/api/audit?entity=item&entityId=${item.id}`);
    expect(res.statusCode).toBe(200);
    const rows = res.json<{ items: { action: string; actionText: string; entityLabel: string | null }[] }>()
      .items;
    const assign = rows.find((r) => r.action === 'item.assign');
    expect(assign).toMatchObject({ actionText: '交办事项', entityLabel: `${item.code} 审计可读性测试事项` });
    expect(rows.find((r) => r.action === 'item.create')?.actionText).toBe('登记事项');
    const refused = (await auditor.get('/api/audit?outcome=refused&pageSize=500')).json<{
      items: { action: string; actionText: string }[];
    }>().items;
    const route = refused.find((r) => r.action.startsWith('PATCH /api/items'));
    if (route) expect(route.actionText).toBe('修改事项');
    for (const r of refused) expect(r.actionText, r.action).not.toMatch(/^(GET|POST|PATCH|PUT|DELETE) \//);
  });
});

describe('the audit log is append-only and tamper-evident', () => {
  it('reports the chain intact', async () => {
    const res = await auditor.get('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ intact: true, brokenAt: null });
    expect(res.json().rows).toBeGreaterThan(10);
  });

  it('refuses UPDATE and DELETE at the database level', async () => {
    const db = t.db.handle.db;
    await expect(db.updateTable('audit_log').set({ actor_name: '篡改者' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db.deleteFrom('audit_log').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
    expect((await auditor.get('/api/audit/verify')).json().intact).toBe(true);
  });

  it('names the first altered row once someone gets past the guard', async () => {
    const db = t.db.handle.db;
    if (TEST_DIALECT === 'sqlite') await sql`DROP TRIGGER audit_log_no_update`.execute(db);
    else await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change`.execute(db);
    await db.updateTable('audit_log').set({ actor_name: '篡改者' }).where('seq', '=', 3).execute();
    expect((await auditor.get('/api/audit/verify')).json()).toMatchObject({
      intact: false,
      brokenAt: 3,
      rows: 2,
    });
  });
});
