import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLedger, buildUnit } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

/** Business records are archived (归档), never deleted (issue 13): items, meetings, units, ledgers. */
let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
});
afterAll(() => t?.close());

const rowCount = async (table: 'items' | 'meetings' | 'units' | 'ledgers', id: string) =>
  (await t.db.handle.db.selectFrom(table).select('id').where('id', '=', id).execute()).length;

describe('DELETE /api/items/:id archives a draft', () => {
  it('keeps the row, hides it from lists and counts, lists it with archived=true, and restores it', async () => {
    const item = await w.seedItem();
    const before = (await sup.get('/api/stats/overview')).json().byStatus.draft;
    expect((await sup.delete(`/api/items/${item.id}`)).statusCode).toBe(200);
    expect(await rowCount('items', item.id)).toBe(1);
    const listed = (await sup.get('/api/items?pageSize=100')).json().items.map((i: { id: string }) => i.id);
    expect(listed).not.toContain(item.id);
    expect((await sup.get('/api/stats/overview')).json().byStatus.draft).toBe(before - 1);
    const archived = (await sup.get('/api/items?archived=true')).json();
    expect(archived.items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect(archived.items[0].archivedAt).not.toBeNull();
    // An archived draft cannot be changed or assigned until restored.
    const read = (await sup.get(`/api/items/${item.id}`)).json();
    const edit = await sup.patch(`/api/items/${item.id}`, { version: read.version, title: '改名' });
    expect(edit.statusCode).toBe(422);
    expect((await sup.post(`/api/items/${item.id}/restore`)).statusCode).toBe(200);
    const back = (await sup.get(`/api/items/${item.id}`)).json();
    expect(back.archivedAt).toBeNull();
    expect(
      (await sup.patch(`/api/items/${item.id}`, { version: back.version, title: '改名' })).statusCode,
    ).toBe(200);
    const actions = await t.db.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', item.id)
      .where('action', 'in', ['item.archive', 'item.restore'])
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['item.archive', 'item.restore']);
  });

  it('refuses to archive an assigned item (cancel it instead), and units may not archive', async () => {
    const item = await w.seedItem({}, 'assign');
    expect((await sup.delete(`/api/items/${item.id}`)).statusCode).toBe(422);
    const draft = await w.seedItem();
    expect((await (await w.api('unitLead')).delete(`/api/items/${draft.id}`)).statusCode).toBe(403);
  });
});

describe('DELETE on meetings, units and ledgers archives', () => {
  it('archives a meeting and restores it', async () => {
    const m = (
      await sup.post('/api/meetings', { title: '专题会', kind: 'topical', date: '2026-11-16' })
    ).json();
    expect((await sup.delete(`/api/meetings/${m.id}`)).statusCode).toBe(200);
    expect(await rowCount('meetings', m.id)).toBe(1);
    expect((await sup.get('/api/meetings')).json().items.map((x: { id: string }) => x.id)).not.toContain(
      m.id,
    );
    expect(
      (await sup.get('/api/meetings?archived=true')).json().items.map((x: { id: string }) => x.id),
    ).toContain(m.id);
    expect((await sup.post(`/api/meetings/${m.id}/restore`)).statusCode).toBe(200);
    expect((await sup.get('/api/meetings')).json().items.map((x: { id: string }) => x.id)).toContain(m.id);
  });

  it('archives even an unused unit and an empty ledger, keeping the rows', async () => {
    const admin = await w.api('sysadmin');
    const unit = await buildUnit(t.sys);
    expect((await admin.delete(`/api/units/${unit.id}`)).statusCode).toBe(200);
    expect(await rowCount('units', unit.id)).toBe(1);
    expect((await admin.get(`/api/units/${unit.id}`)).json().archived).toBe(true);
    const ledger = await buildLedger(t.sys);
    expect((await sup.delete(`/api/ledgers/${ledger.id}`)).statusCode).toBe(200);
    expect(await rowCount('ledgers', ledger.id)).toBe(1);
    const l = (await sup.get(`/api/ledgers/${ledger.id}`)).json();
    expect(l.archived).toBe(true);
    // Restored through the ordinary edit.
    expect(
      (await sup.patch(`/api/ledgers/${ledger.id}`, { version: l.version, archived: false })).statusCode,
    ).toBe(200);
  });
});
