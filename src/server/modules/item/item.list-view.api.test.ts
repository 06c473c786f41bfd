import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ItemListOut, type ItemOut } from '../../../core/schemas/item.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

/**
 * Issue 14: `GET /api/items?view=list` carries what a list shows of each item
 * (ItemListOut); without `view` the list still gives whole items, and the
 * item page reads the whole item by id.
 */
let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  await w.seedItem({ title: '列表视图：老旧小区改造' }, 'assign');
  await w.seedItem({ title: '列表视图：雨污分流', dueDate: '2026-12-03' }, 'assign');
  await w.seedItem({ title: '列表视图：草稿' });
});
afterAll(() => t?.close());

const ROW_KEYS = Object.keys(ItemListOut.shape).sort();

describe('GET /api/items?view=list', () => {
  it('gives list rows: the same items, order and total as whole items, without the rest', async () => {
    const full = await sup.get('/api/items?pageSize=50');
    const rows = await sup.get('/api/items?pageSize=50&view=list');
    expect(rows.statusCode).toBe(200);
    const fullBody = full.json<{ items: ItemOut[]; total: number }>();
    const rowBody = rows.json<{ items: Record<string, unknown>[]; total: number }>();
    expect(rowBody.total).toBe(fullBody.total);
    expect(rowBody.items.map((r) => r.id)).toEqual(fullBody.items.map((i) => i.id));
    expect(rowBody.items.length).toBeGreaterThanOrEqual(3);
    for (const [n, row] of rowBody.items.entries()) {
      const item = fullBody.items[n];
      // Only list fields (fields: only in one ledger's list).
      expect(Object.keys(row).sort()).toEqual(ROW_KEYS.filter((k) => k !== 'fields'));
      expect(row).not.toHaveProperty('milestones');
      expect(row).not.toHaveProperty('actions');
      // Each one as the whole item has it.
      for (const key of ROW_KEYS.filter((k) => k !== 'targets' && k !== 'responsibilities' && k !== 'fields'))
        expect(row[key], key).toEqual(item[key as keyof ItemOut]);
      expect(row.responsibilities).toEqual(
        item.responsibilities.map((r) => ({
          unitId: r.unitId,
          unitName: r.unitName,
          role: r.role,
          leader: r.leader,
          deputy: r.deputy,
          responsible: r.responsible,
          acknowledgedAt: r.acknowledgedAt,
        })),
      );
      expect(row.targets).toEqual(
        item.targets.map((x) => ({
          name: x.name,
          unit: x.unit,
          targetValue: x.targetValue,
          currentValue: x.currentValue,
        })),
      );
    }
    expect(rows.rawPayload.length).toBeLessThan(full.rawPayload.length * 0.7);
  });

  it('keeps filters, paging and the light as of a date', async () => {
    const q = 'status=assigned&asOf=2026-11-30&pageSize=1&page=2';
    const full = (await sup.get(`/api/items?${q}`)).json<{ items: ItemOut[]; total: number }>();
    const rows = (await sup.get(`/api/items?${q}&view=list`)).json<{ items: ItemListOut[]; total: number }>();
    expect(rows.total).toBe(full.total);
    expect(rows.items.map((r) => [r.id, r.light, r.asOf, r.lightReasons])).toEqual(
      full.items.map((i) => [i.id, i.light, i.asOf, i.lightReasons]),
    );
  });

  it('refuses an unknown view, and leaves the default list whole', async () => {
    expect((await sup.get('/api/items?view=compact')).statusCode).toBe(400);
    const first = (await sup.get('/api/items')).json<{ items: ItemOut[] }>().items[0];
    expect(first.milestones).toBeDefined();
    expect(first.actions).toBeDefined();
  });
});
