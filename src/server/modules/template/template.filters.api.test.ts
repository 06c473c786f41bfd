import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { TemplateOut } from '../../../core/schemas/template.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
const ids: Record<string, string> = {};

const TEMPLATE = {
  fields: [
    { key: 'households', label: '套数', type: 'number', unit: '套' },
    { key: 'capped_on', label: '封顶日期', type: 'date' },
    { key: 'district', label: '片区', type: 'text' },
    { key: 'kind', label: '建设性质', type: 'choice', choices: ['新建', '续建'] },
  ],
  milestones: [],
  kpis: [],
};

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  expect((await sup.put(`/api/ledgers/${w.ledgerId}/template`, TEMPLATE)).statusCode).toBe(200);
  const rows: [string, Record<string, string | number>][] = [
    ['甲', { households: 80, capped_on: '2026-05-10', district: '马寨', kind: '新建' }],
    ['乙', { households: 300, capped_on: '2026-08-31', district: '马寨', kind: '续建' }],
    ['丙', { households: 1200, capped_on: '2026-11-30', district: '城南', kind: '新建' }],
    ['丁', {}],
  ];
  for (const [title, values] of rows) {
    const item = await w.seedItem({ title: `安置区${title}地块` });
    ids[title] = item.id;
    expect((await sup.put(`/api/items/${item.id}/fields`, values)).statusCode).toBe(200);
  }
  // An item of another ledger with the same key must not leak into the filtered list.
  const other = await w.seedItem({ ledgerId: w.otherLedgerId, title: '别的台账' });
  ids.other = other.id;
});
afterAll(() => t?.close());

const titles = (items: ItemOut[]) => items.map((i) => i.title.slice(3, 4)).sort();

async function list(query: string) {
  const res = await sup.get(`/api/items?ledgerId=${w.ledgerId}&${query}`);
  return res;
}

describe('GET /api/items filtered by template fields', () => {
  it.each([
    ['field.households.from=100', ['丙', '乙']],
    ['field.households.from=100&field.households.to=500', ['乙']],
    ['field.households=80', ['甲']],
    ['field.households.to=1,200', ['丙', '乙', '甲']],
    ['field.capped_on.from=2026-06-01&field.capped_on.to=2026-09-30', ['乙']],
    ['field.capped_on.to=2026-05-10', ['甲']],
    [`field.district=${encodeURIComponent('马寨')}`, ['乙', '甲']],
    [`field.kind=${encodeURIComponent('新建')}&field.district=${encodeURIComponent('城南')}`, ['丙']],
  ])('%s', async (query, expected) => {
    const res = await list(query);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: ItemOut[]; total: number }>();
    expect(titles(body.items)).toEqual([...expected].sort());
    expect(body.total).toBe(expected.length);
  });

  it('pages a filtered list and carries each item’s values', async () => {
    const page1 = (await list('field.households.from=1&pageSize=2&page=1')).json<{
      items: ItemOut[];
      total: number;
    }>();
    const page2 = (await list('field.households.from=1&pageSize=2&page=2')).json<{
      items: ItemOut[];
      total: number;
    }>();
    expect(page1.total).toBe(3);
    expect(page1.items).toHaveLength(2);
    expect(page2.items).toHaveLength(1);
    const all = [...page1.items, ...page2.items];
    expect(new Set(all.map((i) => i.id)).size).toBe(3);
    const c = all.find((i) => i.id === ids.丙);
    expect(c?.fields).toEqual({ households: 1200, capped_on: '2026-11-30', district: '城南', kind: '新建' });
  });

  it.each([
    ['field.colour=red', 'field.colour', '没有字段“colour”'],
    ['field.households.from=many', 'field.households', '应为数字'],
    ['field.capped_on.from=9月底', 'field.capped_on', 'YYYY-MM-DD'],
    ['field.households.from=500&field.households.to=100', 'field.households', '下限大于上限'],
    ['field.district.from=a', 'field.district', '等于'],
    [`field.kind=${encodeURIComponent('拆除')}`, 'field.kind', '不是可选值'],
  ])('refuses %s naming the field', async (query, field, words) => {
    const res = await list(query);
    expect(res.statusCode).toBe(400);
    const details = res.json<{ error: { details: { field: string; message: string }[] } }>().error.details;
    expect(details.map((d) => d.field)).toEqual([field]);
    expect(details[0].message).toContain(words);
  });

  it('needs a ledger to filter by its fields', async () => {
    const res = await sup.get('/api/items?field.households.from=1');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('ledgerId');
  });

  it('exports the filtered view only', async () => {
    const res = await sup.get(`/api/items/export.xlsx?ledgerId=${w.ledgerId}&field.households.from=100`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-ducha-items']).toBe('2');
    const bad = await sup.get(`/api/items/export.xlsx?ledgerId=${w.ledgerId}&field.nope=1`);
    expect(bad.statusCode).toBe(400);
  });
});

describe('removing a field from the template', () => {
  it('keeps the items’ values as a retired field (已停用字段) and brings them back when re-added', async () => {
    const current = (await sup.get(`/api/ledgers/${w.ledgerId}/template`)).json<TemplateOut>();
    const without = current.fields.filter((f) => f.key !== 'district');
    const saved = await sup.put(`/api/ledgers/${w.ledgerId}/template`, {
      ...TEMPLATE,
      fields: without,
      version: current.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<TemplateOut>().retired.map((f) => f.key)).toEqual(['district']);
    // Still readable on the item, and untouched by an edit of the other values.
    expect((await sup.get(`/api/items/${ids.乙}/fields`)).json()).toMatchObject({ district: '马寨' });
    const edit = await sup.put(`/api/items/${ids.乙}/fields`, { households: 301, district: '改不了' });
    expect(edit.statusCode).toBe(200);
    expect((await sup.get(`/api/items/${ids.乙}/fields`)).json()).toMatchObject({
      households: 301,
      district: '马寨',
    });
    // A retired field is no longer a filter.
    expect((await list(`field.district=${encodeURIComponent('马寨')}`)).statusCode).toBe(400);
    // A stale version is refused.
    const stale = await sup.put(`/api/ledgers/${w.ledgerId}/template`, {
      ...TEMPLATE,
      version: current.version,
    });
    expect(stale.statusCode).toBe(409);
    const back = await sup.put(`/api/ledgers/${w.ledgerId}/template`, {
      ...TEMPLATE,
      version: current.version + 1,
    });
    expect(back.json<TemplateOut>().retired).toEqual([]);
    expect(
      titles((await list(`field.district=${encodeURIComponent('马寨')}`)).json<{ items: ItemOut[] }>().items),
    ).toEqual(['乙', '甲']);
  });

  it('requires a value of a required field and a listed choice', async () => {
    const current = (await sup.get(`/api/ledgers/${w.ledgerId}/template`)).json<TemplateOut>();
    const fields = current.fields.map((f) => (f.key === 'kind' ? { ...f, required: true } : f));
    expect(
      (
        await sup.put(`/api/ledgers/${w.ledgerId}/template`, {
          ...TEMPLATE,
          fields,
          version: current.version,
        })
      ).statusCode,
    ).toBe(200);
    const missing = await sup.put(`/api/items/${ids.丁}/fields`, { households: 5 });
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toContain('建设性质');
    const wrong = await sup.put(`/api/items/${ids.丁}/fields`, { kind: '拆除' });
    expect(wrong.statusCode).toBe(400);
    expect((await sup.put(`/api/items/${ids.丁}/fields`, { kind: '续建' })).statusCode).toBe(200);
    const badChoice = await sup.put(`/api/ledgers/${w.ledgerId}/template`, {
      fields: [{ key: 'k', label: '性质', type: 'choice', choices: [] }],
    });
    expect(badChoice.statusCode).toBe(400);
  });
});
