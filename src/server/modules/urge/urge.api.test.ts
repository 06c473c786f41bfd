import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { NoticeOut, UrgeOut } from '../../../core/schemas/notice.js';
import type { TimelineEntry } from '../../../core/schemas/timeline.js';
import { buildUser } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
let item: ItemOut;
let responsibleId: string;
let strangerId: string;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  responsibleId = (await buildUser(t.sys, { roles: ['unit'], unitId: w.leadUnitId, displayName: '王建军' }))
    .id;
  strangerId = (await buildUser(t.sys, { roles: ['unit'], unitId: w.leadUnitId, displayName: '李四' })).id;
  item = await w.seedItem(
    {
      responsibilities: [
        { unitId: w.leadUnitId, role: 'lead', responsibleId },
        { unitId: w.coopUnitId, role: 'cooperating' },
      ],
    },
    'assign',
  );
});
afterAll(() => t?.close());

const urge = (o: Record<string, unknown> = {}) =>
  sup.post(`/api/items/${item.id}/urges`, {
    method: 'phone',
    unitId: w.leadUnitId,
    toPersonId: responsibleId,
    urgedAt: '2026-11-27T01:30:00Z',
    answer: '本周五前报送进展',
    ...o,
  });

describe('催办 by hand', () => {
  it('records how, whom, when and the answer, lists it on the item and writes it on the timeline', async () => {
    const res = await urge();
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json<UrgeOut>();
    expect(out).toMatchObject({
      method: 'phone',
      unitName: '区住建局',
      toPersonName: '王建军',
      urgedAt: '2026-11-27T01:30:00.000Z',
      answer: '本周五前报送进展',
      source: 'manual',
    });
    const list = (await sup.get(`/api/items/${item.id}/urges`)).json<{ items: UrgeOut[] }>().items;
    expect(list.map((u) => u.id)).toContain(out.id);
    const events = (await sup.get(`/api/items/${item.id}/timeline`)).json<{ items: TimelineEntry[] }>().items;
    const event = events.find((e) => e.kind === 'urged' && e.payload.urgeId === out.id);
    expect(event?.title).toBe('催办');
    expect(event?.text).toBe('电话；对象：王建军；答复：本周五前报送进展');
  });

  it('accepts someone named in words, and a notice sent to the unit about the item', async () => {
    const notice = (
      await sup.post('/api/notices', {
        kind: 'urging',
        unitId: w.leadUnitId,
        itemIds: [item.id],
        findings: '进展反馈逾期',
        requiredActions: '立即报送',
        replyDue: '2026-12-01',
      })
    ).json<NoticeOut>();
    const res = await urge({ method: 'notice', toPersonId: null, toText: '局办公室', noticeId: notice.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<UrgeOut>()).toMatchObject({ toText: '局办公室', noticeNumber: notice.number });
  });

  it('refuses a person outside the chain, a unit without a role, no one at all, and the future', async () => {
    const field = async (o: Record<string, unknown>) => {
      const res = await urge(o);
      expect(res.statusCode).toBe(422);
      return res.json().error.details[0].field;
    };
    expect(await field({ toPersonId: strangerId })).toBe('toPersonId');
    expect(await field({ unitId: w.otherUnitId })).toBe('unitId');
    expect(await field({ toPersonId: null })).toBe('toText');
    expect(await field({ urgedAt: '2026-11-28T02:00:00Z' })).toBe('urgedAt');
    expect((await urge({ method: 'fax' })).statusCode).toBe(400);
  });

  it('shows a unit user only the urges about their own unit', async () => {
    const toCoop = (
      await urge({ unitId: w.coopUnitId, toPersonId: null, toText: '马寨镇党政办' })
    ).json<UrgeOut>();
    const coop = (await (await w.api('unitCoop')).get(`/api/items/${item.id}/urges`)).json<{
      items: UrgeOut[];
    }>();
    expect(coop.items.map((u) => u.id)).toEqual([toCoop.id]);
    const lead = (await (await w.api('unitLead')).get(`/api/items/${item.id}/urges`)).json<{
      items: UrgeOut[];
    }>();
    expect(lead.items.every((u) => u.unitId === w.leadUnitId)).toBe(true);
    expect(lead.items.length).toBeGreaterThan(0);
  });
});
