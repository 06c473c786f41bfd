import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { ItemAction } from '../../../core/status.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type Persona, type World } from '../../testing/world.js';
import { createItem } from './commands/create.js';

let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
});
afterAll(() => t?.close());

/** Takes `action` on the item as `who`, based on the version the caller holds. */
async function act(who: Persona, item: Pick<ItemOut, 'id' | 'version'>, action: string, comment?: string) {
  return (await w.api(who)).post(`/api/items/${item.id}/transitions`, {
    action,
    version: item.version,
    comment,
  });
}
async function ok(who: Persona, item: Pick<ItemOut, 'id' | 'version'>, action: ItemAction): Promise<ItemOut> {
  const res = await act(who, item, action);
  expect(res.statusCode, `${who} ${action}: ${res.body}`).toBe(200);
  return res.json<ItemOut>();
}
const read = async (id: string) => (await sup.get(`/api/items/${id}`)).json<ItemOut>();

describe('POST /api/items/:id/transitions: the road to completion', () => {
  it('assign → start by their roles; closing and cancelling are requests, not direct moves', async () => {
    const draft = await w.seedItem({ dueDate: '2026-12-31' });
    expect(draft.actions).toEqual(['assign', 'cancel']);

    const assigned = await ok('supervisor', draft, 'assign');
    expect(assigned).toMatchObject({
      status: 'assigned',
      assignedOn: '2026-11-27',
      light: 'green',
      version: 2,
    });

    const started = await ok('unitLead', assigned, 'start');
    expect(started).toMatchObject({ status: 'in_progress', actions: [] });
    for (const [who, action] of [
      ['unitLead', 'request_completion'],
      ['supervisor', 'approve_completion'],
      ['supervisor', 'cancel'],
    ] as const) {
      const res = await act(who, started, action);
      expect(res.statusCode, `${who} ${action}`).toBe(409);
      expect(res.json().error.code).toBe('invalid_transition');
    }
    expect((await read(started.id)).status).toBe('in_progress');
  });

  it('refuses a draft without a lead unit, in Chinese, naming the field', async () => {
    for (const responsibilities of [[], [{ unitId: w.coopUnitId, role: 'cooperating' }]]) {
      const res = await sup.post('/api/items', w.itemInput({ responsibilities } as never));
      expect(res.statusCode).toBe(422);
      const detail = res.json().error.details[0];
      expect(detail.field).toBe('responsibilities');
      expect(res.json().error.message).toContain('牵头单位');
    }
    const item = await w.seedItem();
    const res = await sup.patch(`/api/items/${item.id}`, {
      version: item.version,
      responsibilities: [{ unitId: w.coopUnitId, role: 'cooperating' }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('responsibilities');
  });

  it('does not offer 交办 on a split parent without a lead unit, and refuses it in words', async () => {
    const parent = await createItem(t.sys, w.itemInput({ responsibilities: [] }), { splitParent: true });
    expect(parent.actions).toEqual(['cancel']);
    const edited = await sup.patch(`/api/items/${parent.id}`, {
      version: parent.version,
      title: '各镇街道做好群众工作',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const res = await act('supervisor', edited.json<ItemOut>(), 'assign');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('responsibilities');
    expect((await read(parent.id)).status).toBe('draft');
  });
});

describe('who may move an item', () => {
  it("records the lead unit's acknowledgement (签收) when its user starts the work", async () => {
    const item = await w.seedItem({}, 'assign');
    const before = item.responsibilities.find((r) => r.role === 'lead');
    expect(before?.acknowledgedAt).toBeNull();
    const started = await ok('unitLead', item, 'start');
    const lead = started.responsibilities.find((r) => r.role === 'lead');
    const coop = started.responsibilities.find((r) => r.role === 'cooperating');
    expect(lead?.acknowledgedAt).toBe(t.sys.now.toISOString());
    expect(coop?.acknowledgedAt ?? null).toBeNull();
  });

  it('does not let a cooperating unit start the work', async () => {
    const item = await w.seedItem({}, 'assign');
    expect((await act('unitCoop', item, 'start')).statusCode).toBe(403);
    expect((await read(item.id)).status).toBe('assigned');
  });

  it("answers 404 to a unit user moving another unit's item", async () => {
    const item = await w.seedItem({}, 'assign');
    const res = await act('unitOther', item, 'start');
    expect(res.statusCode).toBe(404);
    expect((await read(item.id)).status).toBe('assigned');
  });

  it('refuses admins and auditors (403) and anyone not logged in (401)', async () => {
    const item = await w.seedItem({}, 'assign');
    for (const p of ['sysadmin', 'secadmin', 'auditor'] as const)
      expect((await act(p, item, 'start')).statusCode).toBe(403);
    expect((await act('anonymous', item, 'start')).statusCode).toBe(401);
  });

  it('shows each user only the actions open to them', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    const actions = async (p: Persona) =>
      (await (await w.api(p)).get(`/api/items/${item.id}`)).json<ItemOut>().actions;
    expect(await actions('supervisor')).toEqual(['suspend']);
    expect(await actions('unitLead')).toEqual([]);
    expect(await actions('unitCoop')).toEqual([]);
    expect(await actions('leader')).toEqual([]);
  });
});

describe('refused moves', () => {
  it.each<[string, ItemAction[], string]>([
    ['approve_completion on an assigned item', ['assign'], 'approve_completion'],
    ['start on a draft', [], 'start'],
    ['assign twice', ['assign'], 'assign'],
    ['reopen a running item', ['assign', 'start'], 'reopen'],
    ['cancel a completed item', ['assign', 'start', 'request_completion', 'approve_completion'], 'cancel'],
  ])('refuses %s with 409 invalid_transition', async (_what, path, action) => {
    const item = await w.seedItem({}, ...path);
    const res = await act('supervisor', item, action);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('invalid_transition');
    expect(res.json().error.details[0].field).toBe('action');
    const after = await read(item.id);
    expect(after).toMatchObject({ status: item.status, version: item.version });
  });

  it('refuses a stale version with 409 stale_version', async () => {
    const item = await w.seedItem({}, 'assign');
    await sup.patch(`/api/items/${item.id}`, { version: item.version, priority: 'high' });
    const res = await act('supervisor', item, 'start');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect((await read(item.id)).status).toBe('assigned');
  });

  it('refuses an unknown action with 400 naming the field', async () => {
    const item = await w.seedItem();
    const res = await act('supervisor', item, 'approve');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('action');
  });

  it('answers 404 for an unknown item', async () => {
    expect((await act('supervisor', { id: 'no-such-item', version: 1 }, 'assign')).statusCode).toBe(404);
  });
});

describe('suspension, cancellation and reopening', () => {
  it('takes the light away while suspended and gives it back on resuming', async () => {
    const item = await w.seedItem({ dueDate: '2026-11-20' }, 'assign', 'start');
    expect(item.light).toBe('red');
    const suspended = await ok('supervisor', item, 'suspend');
    expect(suspended).toMatchObject({ status: 'suspended', light: null });
    expect((await sup.get('/api/items?light=red')).json().items.map((i: ItemOut) => i.id)).not.toContain(
      item.id,
    );
    const resumed = await ok('supervisor', suspended, 'resume');
    expect(resumed).toMatchObject({ status: 'in_progress', light: 'red' });
  });

  it('cancels: closed, no light, not on time', async () => {
    const cancelled = await w.seedItem({}, 'assign', 'cancel');
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      closedOn: '2026-11-27',
      closedOnTime: null,
      light: null,
    });
    expect(cancelled.actions).toEqual([]);
  });

  it('reopens a completed item (回头看) with its light', async () => {
    const item = await w.seedItem(
      { dueDate: '2026-11-20' },
      'assign',
      'start',
      'request_completion',
      'approve_completion',
    );
    const reopened = await ok('supervisor', item, 'reopen');
    expect(reopened).toMatchObject({
      status: 'in_progress',
      closedOn: null,
      closedOnTime: null,
      light: 'red',
    });
  });
});
