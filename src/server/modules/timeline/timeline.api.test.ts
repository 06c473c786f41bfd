import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../core/schemas/timeline.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type World } from '../../testing/world.js';
import { transitionItem, updateItem } from '../item/item.service.js';
import { appendItemEvent } from './timeline.repo.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

const timelineOf = async (persona: Parameters<World['api']>[0], id: string, lang = 'zh') => {
  const res = await (await w.api(persona)).get(`/api/items/${id}/timeline`, { 'accept-language': lang });
  return { status: res.statusCode, body: res.json() as { items: TimelineEntry[]; total: number } };
};

describe('GET /api/items/:id/timeline', () => {
  it('shows each step newest first, with who and in words', async () => {
    const item = await w.seedItem();
    const edited = await updateItem(w.as('supervisor'), item.id, {
      version: item.version,
      title: '马寨安置区3#地块主体封顶（调整）',
      dueDate: '2026-12-30',
    });
    const assigned = await transitionItem(w.as('supervisor'), item.id, {
      action: 'assign',
      version: edited.version,
    });
    await transitionItem(w.as('unitLead'), item.id, {
      action: 'start',
      version: assigned.version,
      comment: '已签收',
    });

    const { status, body } = await timelineOf('supervisor', item.id);
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    expect(body.items.map((e) => e.kind)).toEqual(['start', 'assign', 'updated', 'created']);
    const [start, assign, updated] = body.items;
    expect(start).toMatchObject({
      title: '签收并开始办理',
      text: '已签收',
      actorName: w.users.unitLead.displayName,
      unitId: w.leadUnitId,
      unitName: '区住建局',
    });
    expect(assign.payload).toMatchObject({ from: 'draft', to: 'assigned' });
    expect(updated.text).toBe('修改了标题、截止日期');
    expect((await timelineOf('supervisor', item.id, 'en')).body.items[2].text).toBe(
      'changed the title, due date',
    );
  });

  it('does not call a list saved again unchanged a change', async () => {
    const item = await w.seedItem();
    await updateItem(w.as('supervisor'), item.id, {
      version: item.version,
      milestones: item.milestones,
      responsibilities: item.responsibilities,
      priority: 'high',
    });
    const { body } = await timelineOf('supervisor', item.id);
    expect(body.items[0].payload).toEqual({ fields: ['priority'] });
  });

  it('hides restricted events from unit users, and other units’ items altogether', async () => {
    const item = await w.seedItem({}, 'assign');
    await appendItemEvent(w.as('supervisor'), { itemId: item.id, kind: 'inspected', restricted: true });
    expect((await timelineOf('supervisor', item.id)).body.total).toBe(3);
    expect((await timelineOf('leader', item.id)).body.total).toBe(3);
    const unit = await timelineOf('unitCoop', item.id);
    expect(unit.body.items.map((e) => e.kind)).toEqual(['assign', 'created']);
    expect((await timelineOf('unitOther', item.id)).status).toBe(404);
    expect((await timelineOf('anonymous', item.id)).status).toBe(401);
  });

  it('stays with an archived draft (nothing is deleted) and records archiving and restoring', async () => {
    const item = await w.seedItem();
    const sup = await w.api('supervisor');
    expect((await sup.delete(`/api/items/${item.id}`)).statusCode).toBe(200);
    const archived = await timelineOf('supervisor', item.id);
    expect(archived.status).toBe(200);
    expect(archived.body.items.map((e) => e.kind)).toEqual(['archived', 'created']);
    expect(archived.body.items[0].title).toBe('草稿归档');
    expect((await sup.post(`/api/items/${item.id}/restore`, {})).statusCode).toBe(200);
    expect((await timelineOf('supervisor', item.id)).body.items.map((e) => e.kind)).toEqual([
      'restored',
      'archived',
      'created',
    ]);
    // A draft is never shown to units, archived or not.
    expect((await timelineOf('unitLead', item.id)).status).toBe(404);
  });
});
