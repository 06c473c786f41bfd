import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ItemQuery } from '../../../core/schemas/item.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type World } from '../../testing/world.js';
import type { ItemSeek } from './item.repo.js';
import { listItems, listItemsFrom } from './item.service.js';

/**
 * An export reads a list page after page, each page starting after the last
 * row of the one before (listItemsFrom): in every order, for one unit's list
 * and for a search, the pages together must be the list as one page, each
 * item once, with equal sort keys (due dates, progress) broken by id.
 */
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  // Repeated due dates and priorities, so that pages end between rows of equal keys.
  const dues = [
    '2027-03-31',
    '2027-01-31',
    '2027-03-31',
    '2027-06-30',
    '2027-01-31',
    '2027-03-31',
    '2027-06-30',
  ];
  for (const [k, dueDate] of dues.entries())
    await w.seedItem({
      title: `${k % 2 ? '河道清淤' : '道路养护'}工程${k}`,
      dueDate,
      priority: k % 3 === 0 ? 'high' : 'normal',
      milestones: [{ title: '完成', plannedDate: dueDate }],
    });
});
afterAll(() => t?.close());

async function pagedIds(query: Record<string, unknown>, pageSize: number) {
  const q = ItemQuery.parse({ ...query, pageSize });
  const ctx = w.as('supervisor');
  const first = await listItemsFrom(ctx, q, { offset: 0 }, { exactTotal: true });
  const ids = first.items.map((i) => i.id);
  let next: ItemSeek = first.next;
  let pages = 1;
  for (let page = first; page.items.length === pageSize; pages++) {
    page = await listItemsFrom(ctx, q, next);
    // Only the first page is counted.
    expect(page.total).toBe(0);
    ids.push(...page.items.map((i) => i.id));
    next = page.next;
  }
  return { ids, total: first.total, pages };
}

describe('lists read page after page', () => {
  const sorts = ['code', '-code', 'dueDate', '-dueDate', 'title', 'priority', 'progress', 'updatedAt'];
  for (const [name, extra] of [
    ['all items', {}],
    ['one unit', { unitId: 'lead' }],
    ['a search, best first', { q: '清淤' }],
  ] as const)
    it(`gives the whole list once in every order: ${name}`, async () => {
      const base = 'unitId' in extra ? { unitId: w.leadUnitId } : extra;
      for (const sort of 'q' in base ? [undefined, 'code'] : sorts) {
        const query = { ...base, ...(sort ? { sort } : {}) };
        const whole = await listItems(w.as('supervisor'), ItemQuery.parse({ ...query, pageSize: 100 }));
        expect(whole.items.length).toBeGreaterThan(2);
        for (const size of [1, 2, 3]) {
          const { ids, total, pages } = await pagedIds(query, size);
          expect(ids, `${sort} by ${size}`).toEqual(whole.items.map((i) => i.id));
          expect(total).toBe(whole.total);
          expect(pages).toBe(Math.floor(whole.items.length / size) + 1);
        }
      }
    });
});
