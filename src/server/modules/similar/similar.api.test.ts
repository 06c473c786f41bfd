import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
});
afterAll(() => t?.close());

const similar = async (client: Client, ledgerId: string, title: string, excludeId?: string) => {
  const q = new URLSearchParams({ ledgerId, title, ...(excludeId ? { excludeId } : {}) });
  const res = await client.get(`/api/items/similar?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { id: string; code: string; title: string; similarity: number }[] }>().items;
};

describe('GET /api/items/similar', () => {
  it("finds an open item of the same ledger whose title equals or nearly equals the new one's", async () => {
    const open = await w.seedItem({ title: '贾鲁河综合整治工程' }, 'assign');
    await w.seedItem({ title: '冬季清洁取暖' });
    const same = await similar(sup, w.ledgerId, ' 贾鲁河综合整治工程。');
    expect(same.map((i) => i.id)).toEqual([open.id]);
    expect(same[0]).toMatchObject({ code: open.code, similarity: 1 });
    const near = await similar(sup, w.ledgerId, '贾鲁河综合整治 工程（一期）');
    expect(near.map((i) => i.id)).toEqual([open.id]);
    expect(near[0]?.similarity).toBeLessThan(1);
  });

  it('leaves out other ledgers, closed items, the item itself and different work', async () => {
    const other = await w.seedItem({ ledgerId: w.otherLedgerId, title: '城市道路白改黑工程' });
    expect(await similar(sup, w.ledgerId, '城市道路白改黑工程')).toEqual([]);
    expect((await similar(sup, w.otherLedgerId, '城市道路白改黑工程')).map((i) => i.id)).toEqual([other.id]);
    expect(await similar(sup, w.otherLedgerId, '城市道路白改黑工程', other.id)).toEqual([]);
    const draft = await w.seedItem({ title: '农贸市场改造提升' });
    const del = await sup.post(`/api/items/${draft.id}/transitions`, {
      action: 'cancel',
      version: draft.version,
    });
    expect(del.statusCode, del.body).toBe(200);
    expect(await similar(sup, w.ledgerId, '农贸市场改造提升')).toEqual([]);
    expect(await similar(sup, w.ledgerId, '老旧小区加装电梯')).toEqual([]);
  });

  it("tells a supervisor limited to another ledger nothing of this ledger's items", async () => {
    await w.seedItem({ title: '学校扩建工程' });
    expect(await similar(await w.api('supervisorOtherLedger'), w.ledgerId, '学校扩建工程')).toEqual([]);
    expect((await similar(sup, w.ledgerId, '学校扩建工程')).length).toBe(1);
  });

  it('asks for the ledger and the title, in words', async () => {
    const res = await sup.get('/api/items/similar?title=x');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('提交的数据有误：所属台账：必填');
  });
});
