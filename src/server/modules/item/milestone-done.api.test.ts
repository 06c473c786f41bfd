import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type World } from '../../testing/world.js';

/**
 * A milestone marked done on its actual date with a note (issue 12), through
 * the item kernel: the date's bounds, who may, the note kept on later edits,
 * the timeline entry, and the light recomputed from the facts. Today is
 * 2026-11-27 (TEST_NOW).
 */
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

/** An assigned item whose one milestone was due 2026-11-10 and is still open: red from 11-18. */
const lateItem = () =>
  w.seedItem(
    {
      startDate: '2026-03-01',
      dueDate: '2026-12-31',
      milestones: [{ title: '主体结构封顶', plannedDate: '2026-11-10' }],
    },
    'assign',
  );

const markDone = async (persona: 'unitLead' | 'unitCoop' | 'supervisor', item: ItemOut, body: object) =>
  (await w.api(persona)).post(`/api/items/${item.id}/milestones/${item.milestones[0].id}/done`, {
    version: item.version,
    ...body,
  });

describe('POST /api/items/:id/milestones/:milestoneId/done', () => {
  it('records the actual date and the note; the roadmap and the timeline show planned against actual', async () => {
    const item = await lateItem();
    expect(item.light).toBe('red');
    const res = await markDone('unitLead', item, {
      doneDate: '2026-11-20',
      note: '封顶验收已完成，质监站到场',
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json() as ItemOut;
    expect(out.milestones[0]).toMatchObject({
      plannedDate: '2026-11-10',
      doneDate: '2026-11-20',
      doneNote: '封顶验收已完成，质监站到场',
    });
    expect(out.version).toBe(item.version + 1);
    // The step no longer holds the light red; the item is judged on its other facts.
    expect(out.light).not.toBe('red');
    const timeline = (await (await w.api('supervisor')).get(`/api/items/${item.id}/timeline`)).json();
    const entry = timeline.items.find((e: { kind: string }) => e.kind === 'milestone_done');
    expect(entry.payload).toMatchObject({ doneDate: '2026-11-20', plannedDate: '2026-11-10', lateDays: 10 });
    expect(entry.text).toContain('逾期 10 天');
    expect(entry.text).toContain('封顶验收已完成');
  });

  it('keeps the note through later edits of the item, and drops it when the step is reopened', async () => {
    const item = await lateItem();
    const done = (
      await markDone('supervisor', item, { doneDate: '2026-11-09', note: '提前完成' })
    ).json() as ItemOut;
    const sup = await w.api('supervisor');
    const edited = await sup.patch(`/api/items/${item.id}`, { version: done.version, title: '改过的标题' });
    expect(edited.json().milestones[0]).toMatchObject({ doneDate: '2026-11-09', doneNote: '提前完成' });
    const reopened = await sup.patch(`/api/items/${item.id}`, {
      version: edited.json().version,
      milestones: [{ ...done.milestones[0], doneDate: null }],
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().milestones[0]).toMatchObject({ doneDate: null, doneNote: null });
  });

  it.each([
    ['2026-11-28', '实际完成日期不能晚于今天'],
    ['2026-02-28', '实际完成日期不能早于事项的开始日期'],
  ])('refuses %s, saying why at the field', async (doneDate, words) => {
    const item = await lateItem();
    const res = await markDone('unitLead', item, { doneDate });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0]).toMatchObject({ field: 'doneDate' });
    expect(res.json().error.details[0].message).toContain(words);
  });

  it('is the lead unit’s (and the supervisors’), not a cooperating unit’s', async () => {
    const item = await lateItem();
    expect((await markDone('unitCoop', item, { doneDate: '2026-11-20' })).statusCode).toBe(403);
  });

  it('refuses a stale version and a draft', async () => {
    const item = await lateItem();
    const stale = await markDone(
      'unitLead',
      { ...item, version: item.version - 1 },
      { doneDate: '2026-11-20' },
    );
    expect(stale.statusCode).toBe(409);
    const draft = await w.seedItem({ milestones: [{ title: '开工', plannedDate: '2026-06-30' }] });
    expect((await markDone('supervisor', draft, { doneDate: '2026-11-20' })).statusCode).toBe(409);
  });

  it('writes one audit row with the date and the note before and after', async () => {
    const item = await lateItem();
    await markDone('unitLead', item, { doneDate: '2026-11-12', note: '已完成' });
    const rows = await t.db.handle.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'item.milestone_done')
      .where('entity_id', '=', item.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].after as string)).toMatchObject({ doneDate: '2026-11-12', lateDays: 2 });
  });
});
