import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { CheckbackOut, LightChangeOut } from '../../../core/schemas/supervision.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';
import { recordDateDrivenLights } from '../item/item.light-history.js';

/** Judgement, check-backs, decomposition, the light's history and the office calendar; test day Friday 2026-11-27. */
let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
});
afterAll(() => t?.close());

const read = async (id: string) => (await sup.get(`/api/items/${id}`)).json<ItemOut>();
const history = async (id: string) =>
  (await sup.get(`/api/items/${id}/light-history`)).json<{ items: LightChangeOut[] }>().items;

describe('POST /api/items/:id/judgements (研判)', () => {
  it('keeps the latest dated judgement on the item and filters the list by it', async () => {
    const item = await w.seedItem({}, 'assign');
    const res = await sup.post(`/api/items/${item.id}/judgements`, {
      version: item.version,
      level: 2,
      reason: '资金缺口大',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ItemOut>().judgement).toEqual({
      level: 2,
      reason: '资金缺口大',
      on: '2026-11-27',
      by: w.users.supervisor.displayName,
    });
    const ids = async (q: string) =>
      (await sup.get(`/api/items?pageSize=200&${q}`)).json<{ items: ItemOut[] }>().items.map((i) => i.id);
    expect(await ids('judgement=2')).toContain(item.id);
    expect(await ids('judgement=4,5')).not.toContain(item.id);
    const unjudged = await w.seedItem({}, 'assign');
    expect(await ids('judgement=none')).toContain(unjudged.id);
    expect(await ids('judgement=none')).not.toContain(item.id);
    expect((await sup.get('/api/items?judgement=7')).statusCode).toBe(400);
  });

  it('refuses a judgement without a reason, on a closed item, or by a unit user', async () => {
    const item = await w.seedItem({}, 'assign');
    expect(
      (await sup.post(`/api/items/${item.id}/judgements`, { version: item.version, level: 3 })).statusCode,
    ).toBe(400);
    const unit = await w.api('unitLead');
    expect(
      (await unit.post(`/api/items/${item.id}/judgements`, { version: item.version, level: 3, reason: 'x' }))
        .statusCode,
    ).toBe(403);
    const closed = await w.seedItem({}, 'assign', 'cancel');
    const res = await sup.post(`/api/items/${closed.id}/judgements`, {
      version: closed.version,
      level: 3,
      reason: 'x',
    });
    expect(res.statusCode).toBe(409);
    expect((await read(item.id)).judgement).toBeNull();
  });
});

describe('check-backs (回头看)', () => {
  it('plans one on a completed item; findings that show the work undone reopen it', async () => {
    const item = await w.seedItem(
      { dueDate: '2026-11-20' },
      'assign',
      'start',
      'request_completion',
      'approve_completion',
    );
    expect((await sup.post(`/api/items/${item.id}/checkbacks`, { plannedOn: '2026-11-01' })).statusCode).toBe(
      422,
    );
    const planned = await sup.post(`/api/items/${item.id}/checkbacks`, { plannedOn: '2026-12-25' });
    expect(planned.statusCode, planned.body).toBe(201);
    const cb = planned.json<CheckbackOut>();
    const res = await sup.post(`/api/checkbacks/${cb.id}/result`, {
      version: cb.version,
      findings: '整改不彻底，问题反弹',
      reopen: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ doneOn: '2026-11-27', reopened: true });
    expect(await read(item.id)).toMatchObject({ status: 'in_progress', closedOn: null, light: 'red' });
    const list = (await sup.get(`/api/items/${item.id}/checkbacks`)).json().items;
    expect(list).toHaveLength(1);
    expect(
      (await sup.post(`/api/checkbacks/${cb.id}/result`, { version: 2, findings: '再次' })).statusCode,
    ).toBe(409);
  });

  it('refuses a check-back on an item still running', async () => {
    const item = await w.seedItem({}, 'assign');
    expect((await sup.post(`/api/items/${item.id}/checkbacks`, { plannedOn: '2026-12-25' })).statusCode).toBe(
      409,
    );
  });
});

describe('POST /api/items/:id/split (分解)', () => {
  it('creates the sub-items in one go, assigned like the parent, and rolls their progress up', async () => {
    const parent = await w.seedItem({ milestones: [] }, 'assign');
    const res = await sup.post(`/api/items/${parent.id}/split`, {
      version: parent.version,
      children: [
        { title: '马寨镇征迁', leadUnitId: w.coopUnitId, dueDate: '2026-12-20' },
        { title: '环保验收', leadUnitId: w.otherUnitId, dueDate: '2026-12-25' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const children = res.json<{ items: ItemOut[] }>().items;
    expect(children.map((c) => [c.parentId, c.status])).toEqual([
      [parent.id, 'assigned'],
      [parent.id, 'assigned'],
    ]);
    expect((await read(parent.id)).childCount).toBe(2);
    // One child done: the parent stands at half.
    await sup.patch(`/api/items/${children[0].id}`, {
      version: children[0].version,
      milestones: [{ title: '签约完成', plannedDate: '2026-11-20', doneDate: '2026-11-20' }],
    });
    expect((await read(parent.id)).progress).toBe(50);
  });

  it('refuses a child due after the parent and creates none', async () => {
    const parent = await w.seedItem({}, 'assign');
    const res = await sup.post(`/api/items/${parent.id}/split`, {
      version: parent.version,
      children: [
        { title: '甲', leadUnitId: w.coopUnitId, dueDate: '2026-12-20' },
        { title: '乙', leadUnitId: w.otherUnitId, dueDate: '2027-03-01' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('children.1.dueDate');
    expect((await read(parent.id)).childCount).toBe(0);
  });
});

describe('the light history', () => {
  it('records lighting, and what days passing did, dated on the day it happened', async () => {
    // A milestone planned 11-25 is late from 11-26 (yellow) and more than 7 days late from 12-03 (red).
    const item = await w.seedItem(
      { milestones: [{ title: '方案批复', plannedDate: '2026-11-25' }] },
      'assign',
    );
    expect(await history(item.id)).toMatchObject([
      { from: null, to: 'yellow', cause: 'assign', onDate: '2026-11-27' },
    ]);
    await recordDateDrivenLights({ ...t.sys, now: new Date('2026-12-05T02:00:00Z') });
    expect((await history(item.id)).slice(1)).toMatchObject([
      { from: 'yellow', to: 'red', cause: 'time', onDate: '2026-12-03' },
    ]);
    // Run again: nothing new.
    await recordDateDrivenLights({ ...t.sys, now: new Date('2026-12-05T02:00:00Z') });
    expect(await history(item.id)).toHaveLength(2);
  });
});

describe('the office calendar', () => {
  it('recomputes every light when a day becomes a holiday or a make-up working day', async () => {
    // Due Friday 12-04: 5 working days after Friday 11-27 — yellow with 5 warning days.
    const item = await w.seedItem({ dueDate: '2026-12-04', milestones: [] }, 'assign');
    expect(item.light).toBe('yellow');
    const admin = await w.api('sysadmin');
    // Saturday 11-28 as a make-up working day: now 6 working days away, and green.
    const res = await admin.put('/api/calendar/overrides/2026-11-28', { kind: 'workday', name: '调休上班' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await read(item.id)).light).toBe('green');
    expect((await admin.get('/api/calendar/overrides')).json().items).toEqual([
      { date: '2026-11-28', kind: 'workday', name: '调休上班' },
    ]);
    // Monday 11-30 as a holiday: back to 5 working days.
    await admin.put('/api/calendar/overrides/2026-11-30', { kind: 'holiday', name: '临时假日' });
    expect((await read(item.id)).light).toBe('yellow');
    expect((await admin.delete('/api/calendar/overrides/2026-11-30')).statusCode).toBe(200);
    expect((await admin.delete('/api/calendar/overrides/2026-11-28')).statusCode).toBe(200);
    expect((await read(item.id)).light).toBe('yellow');
    expect((await admin.delete('/api/calendar/overrides/2026-11-28')).statusCode).toBe(404);
    expect((await admin.put('/api/calendar/overrides/2026-02-30', { kind: 'holiday' })).statusCode).toBe(400);
  });
});
