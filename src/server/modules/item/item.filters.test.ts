import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { buildUnit } from '../../testing/factories.js';
import { type LightScenario, seedLightScenario } from '../../testing/scenarios.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
let s: LightScenario;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  s = await seedLightScenario(w);
});
afterAll(() => t?.close());

type Page = { items: ItemOut[]; total: number };
const list = async (query: string, client = sup): Promise<Page> => {
  const res = await client.get(`/api/items?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Page>();
};
/** The scenario's names of the items a query returns, sorted. */
const names = async (query: string) => {
  const byId = new Map(Object.entries(s).map(([name, item]) => [item.id, name]));
  const page = await list(query);
  expect(page.total).toBe(page.items.length);
  return page.items.map((i) => byId.get(i.id)).sort();
};
const q = encodeURIComponent;

describe('GET /api/items', () => {
  it('answers {items, total}; every item carries status, light and responsibilities', async () => {
    const page = await list('');
    expect(page.total).toBe(7);
    for (const item of page.items) {
      expect(item).toHaveProperty('status');
      expect(item).toHaveProperty('light');
      expect(item.responsibilities.length).toBeGreaterThan(0);
      for (const r of item.responsibilities)
        expect(r).toMatchObject({ unitId: expect.any(String), role: expect.any(String) });
    }
    const byId = new Map(page.items.map((i) => [i.id, i]));
    expect(byId.get(s.green.id)).toMatchObject({ status: 'assigned', light: 'green' });
    expect(byId.get(s.overdue.id)).toMatchObject({
      status: 'in_progress',
      light: 'red',
      lightReasons: ['已超期 7 天'],
    });
    expect(byId.get(s.milestoneRed.id)).toMatchObject({ light: 'red' });
    expect(byId.get(s.dueSoon.id)).toMatchObject({
      light: 'yellow',
      lightReasons: ['距截止还有 4 个工作日'],
    });
    expect(byId.get(s.milestoneYellow.id)).toMatchObject({ light: 'yellow' });
    expect(byId.get(s.draft.id)).toMatchObject({ status: 'draft', light: null });
    expect(byId.get(s.closedLate.id)).toMatchObject({
      status: 'completed',
      light: null,
      closedOnTime: false,
    });
  });

  it('words the light reasons in English for Accept-Language: en', async () => {
    const res = await sup.get(`/api/items/${s.overdue.id}`, { 'accept-language': 'en' });
    expect(res.json<ItemOut>().lightReasons).toEqual(['7 days past due']);
  });
});

describe('GET /api/items filters', () => {
  it.each([
    ['light=red', ['milestoneRed', 'overdue']],
    ['light=yellow', ['dueSoon', 'milestoneYellow']],
    ['light=green', ['green']],
    ['light=red,yellow', ['dueSoon', 'milestoneRed', 'milestoneYellow', 'overdue']],
    ['status=draft', ['draft']],
    ['status=completed,draft', ['closedLate', 'draft']],
    ['status=in_progress', ['overdue']],
    ['overdue=true', ['overdue']],
    [
      'overdue=false',
      ['closedLate', 'draft', 'dueSoon', 'green', 'milestoneRed', 'milestoneYellow', 'overdue'],
    ],
    ['dueFrom=2026-12-01&dueTo=2026-12-10', ['dueSoon']],
    ['dueTo=2026-11-30', ['closedLate', 'draft', 'overdue']],
    ['dueFrom=2026-12-31', ['green', 'milestoneRed', 'milestoneYellow']],
    ['status=assigned&light=red', ['milestoneRed']],
  ])('%s', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('filters by ledger', async () => {
    expect(await names(`ledgerId=${w.otherLedgerId}`)).toEqual(['milestoneYellow']);
  });

  it('filters by unit, and by the role the unit plays', async () => {
    const all = ['closedLate', 'draft', 'green', 'milestoneRed', 'milestoneYellow', 'overdue'];
    expect(await names(`unitId=${w.leadUnitId}`)).toEqual(all);
    expect(await names(`unitId=${w.leadUnitId}&unitRole=lead`)).toEqual(
      all.filter((n) => n !== 'milestoneRed'),
    );
    expect(await names(`unitId=${w.leadUnitId}&unitRole=cooperating`)).toEqual(['milestoneRed']);
    expect(await names(`unitId=${w.coopUnitId}&unitRole=lead`)).toEqual(['milestoneRed']);
    expect(await names(`unitId=${w.otherUnitId}&light=yellow`)).toEqual(['dueSoon']);
  });

  it('refuses unknown codes in a list filter with 400 naming the field', async () => {
    for (const [query, field] of [
      ['light=blue', 'light.0'],
      ['status=assigned,lost', 'status.1'],
      ['dueFrom=2026-13-01', 'dueFrom'],
      ['overdue=yes', 'overdue'],
      ['sort=colour', 'sort'],
      ['pageSize=0', 'pageSize'],
    ]) {
      const res = await sup.get(`/api/items?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.details[0].field, query).toBe(field);
    }
  });
});

describe('GET /api/items?q= (text search in Chinese)', () => {
  it.each([
    ['马寨安置', ['green']],
    ['3#地块', ['green']],
    ['电梯', ['milestoneRed']],
    ['加装电梯120部', ['milestoneRed']],
    ['清洁取暖', ['dueSoon']],
    ['不存在的事项', []],
  ])('finds %s', async (text, expected) => {
    expect(await names(`q=${q(text)}`)).toEqual(expected);
  });

  it('finds an item by its code, in any case', async () => {
    expect(await names(`q=${q(s.dueSoon.code)}`)).toEqual(['dueSoon']);
    expect(await names(`q=${q(s.dueSoon.code.toLowerCase())}`)).toEqual(['dueSoon']);
  });

  it('finds items by the name of a unit with a role on them', async () => {
    expect(await names(`q=${q('区环保局')}`)).toEqual(['dueSoon']);
  });

  it('ignores punctuation and spaces between the words of a query', async () => {
    expect(await names(`q=${q('马寨，安置 地块')}`)).toEqual(['green']);
  });

  it('finds an item by a unit alias that is not part of its name, and words apart', async () => {
    const unit = await buildUnit(t.sys, { name: '区征收办', aliases: ['区征迁办'] });
    const item = await w.seedItem({
      title: '马寨安置区二期主体封顶',
      responsibilities: [{ unitId: unit.id, role: 'lead' }],
    });
    const found = async (text: string) => (await list(`q=${q(text)}`)).items.map((i) => i.id);
    try {
      expect(await found('征迁')).toEqual([item.id]);
      // Two words, each anywhere in the item: found, unless one of them is not there.
      expect(await found('马寨 封顶')).toContain(item.id);
      expect(await found('马寨 拆除')).not.toContain(item.id);
      expect(await found('🚧')).toEqual([]);
    } finally {
      // The other tests count the scenario's seven items.
      expect((await sup.delete(`/api/items/${item.id}`)).statusCode).toBe(200);
    }
  });

  it('combines with the other filters', async () => {
    expect(await names(`q=${q('改造')}`)).toEqual(['closedLate', 'overdue']);
    expect(await names(`q=${q('改造')}&status=completed`)).toEqual(['closedLate']);
  });
});

describe('GET /api/items sorting and paging', () => {
  const dues = (p: Page) => p.items.map((i) => i.currentDueDate);

  it('sorts by due date, either way', async () => {
    const up = dues(await list('sort=dueDate'));
    expect(up).toEqual([...up].sort());
    expect(up[0]).toBe('2026-11-10');
    const down = dues(await list('sort=-dueDate'));
    expect(down).toEqual([...up].reverse().sort().reverse());
    expect(down[0]).toBe('2026-12-31');
  });

  it('sorts by code by default', async () => {
    const codes = (await list('')).items.map((i) => i.code);
    expect(codes).toEqual([...codes].sort());
    expect((await list('sort=code')).items.map((i) => i.code)).toEqual(codes);
    expect((await list('sort=-code')).items.map((i) => i.code)).toEqual([...codes].reverse());
  });

  it('pages through everything exactly once, with the full total on every page', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const p = await list(`sort=dueDate&pageSize=2&page=${page}`);
      expect(p.total).toBe(7);
      expect(p.items.length).toBe(page < 4 ? 2 : 1);
      seen.push(...p.items.map((i) => i.id));
    }
    expect(new Set(seen).size).toBe(7);
    expect((await list('pageSize=2&page=5')).items).toEqual([]);
  });

  it('counts the total over the filter, not the page', async () => {
    const p = await list('light=red,yellow&pageSize=1');
    expect(p.items).toHaveLength(1);
    expect(p.total).toBe(4);
  });
});

describe('GET /api/items?asOf=', () => {
  it('computes lights and the overdue filter as of another day', async () => {
    expect(await names('light=red&asOf=2026-11-01')).toEqual([]);
    expect(await names('light=green&asOf=2026-11-01')).toEqual([
      'dueSoon',
      'green',
      'milestoneRed',
      'milestoneYellow',
      'overdue',
    ]);
    expect(await names('overdue=true&asOf=2026-11-01')).toEqual([]);
    expect(await names('light=red&asOf=2027-01-05')).toEqual([
      'dueSoon',
      'green',
      'milestoneRed',
      'milestoneYellow',
      'overdue',
    ]);
    const item = (await list('asOf=2026-12-04')).items.find((i) => i.id === s.dueSoon.id);
    expect(item).toMatchObject({ light: 'red', asOf: '2026-12-04', lightReasons: ['已超期 1 天'] });
  });
});
