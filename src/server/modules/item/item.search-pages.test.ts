import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { ItemQuery } from '../../../core/schemas/item.js';
import { searchItemIds } from '../../testing/item-search.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';
import { itemScope } from '../access/scope.js';
import { queryItems } from './item.repo.js';

/**
 * A ranked search is paged tier by tier (title, own text, reports), each tier
 * on its own; every page size must give the same order as one whole page, on
 * the index alone and through filters. A search's total is counted up to a cap.
 */
let t: TestApp;
let w: World;
let sup: Client;
const made: ItemOut[] = [];

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  // Two in the title, three in the task book alone, interleaved in creation order.
  for (const [title, goal] of [
    ['清淤工程一', '年底完成'],
    ['道路工程一', '配合清淤'],
    ['清淤工程二', '年底完成'],
    ['道路工程二', '河道清淤'],
    ['道路工程三', '清淤验收'],
  ])
    made.push(await w.seedItem({ title, goal }));
});
afterAll(() => t?.close());

const pageIds = async (extra: string, page: number, pageSize: number) => {
  const res = await sup.get(
    `/api/items?q=${encodeURIComponent('清淤')}${extra}&page=${page}&pageSize=${pageSize}`,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: ItemOut[] }>().items.map((i) => i.id);
};

describe('ranked search pages', () => {
  it('gives every page size the order of one whole page, title matches first, newest first', async () => {
    const whole = await searchItemIds(sup, '清淤');
    const [a, b, c, d, e] = made.map((i) => i.id);
    expect(whole).toEqual([c, a, e, d, b]);
    for (const extra of ['', '&status=draft'])
      for (const size of [1, 2, 3]) {
        const pages: string[] = [];
        for (let p = 1; p <= Math.ceil(whole.length / size); p++)
          pages.push(...(await pageIds(extra, p, size)));
        expect(pages, `pageSize ${size}${extra}`).toEqual(whole);
        // Past the last match a page is empty.
        expect(await pageIds(extra, Math.ceil(whole.length / size) + 1, size)).toEqual([]);
      }
  });

  it('counts up to a cap, says so, and counts every match when asked (an export)', async () => {
    const query = ItemQuery.parse({ q: '清淤' });
    const scope = itemScope(t.sys);
    const capped = await queryItems(t.sys, scope, query, '2026-01-01', [], 3);
    expect(capped).toMatchObject({ total: 3, totalCapped: true });
    expect(capped.rows).toHaveLength(5);
    const exact = await queryItems(t.sys, scope, query, '2026-01-01', [], null);
    expect(exact.total).toBe(5);
    expect(exact.totalCapped).toBeUndefined();
    // Through a filter too.
    const filtered = await queryItems(
      t.sys,
      scope,
      ItemQuery.parse({ q: '清淤', status: 'draft' }),
      '2026-01-01',
      [],
      4,
    );
    expect(filtered).toMatchObject({ total: 4, totalCapped: true });
    // Below the cap the total is exact and not flagged.
    const res = await sup.get(`/api/items?q=${encodeURIComponent('清淤')}`);
    expect(res.json()).toMatchObject({ total: 5 });
    expect(res.json()).not.toHaveProperty('totalCapped');
  });
});
