import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { buildUnit } from '../../testing/factories.js';
import { searchItemIds } from '../../testing/item-search.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

/** Search through the index (FTS5 / tsvector), on both databases: words, ranking, sync, scope, archive. */
let t: TestApp;
let w: World;
let sup: Client;
let bodyOnly: ItemOut;
let inTitle: ItemOut;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  // Created first, so that code order would put it first: relevance must not.
  bodyOnly = await w.seedItem({ title: '道路改造工程', goal: '配合拆迁安置完成道路改造' });
  inTitle = await w.seedItem({ title: '老旧小区拆迁补偿', goal: '年底前完成' });
});
afterAll(() => t?.close());

type Page = { items: ItemOut[]; total: number };
const search = (text: string, extra = '', client = sup) => searchItemIds(client, text, extra);

describe('item search from the index', () => {
  it('ranks a title match above a match in the task book alone, unless a sort is asked for', async () => {
    expect(await search('拆迁')).toEqual([inTitle.id, bodyOnly.id]);
    expect(await search('拆迁', '&sort=code')).toEqual([bodyOnly.id, inTitle.id]);
    // Pages continue from the title matches into the rest.
    const second = await sup.get(`/api/items?q=${encodeURIComponent('拆迁')}&pageSize=1&page=2`);
    expect(second.json<Page>()).toMatchObject({ total: 2, items: [{ id: bodyOnly.id }] });
    // Ranked alike when other filters or a narrower scope take the query past the index alone.
    expect(await search('拆迁', '&status=draft')).toEqual([inTitle.id, bodyOnly.id]);
    expect(await search('拆迁', '', await w.api('supervisorThisLedger'))).toEqual([inTitle.id, bodyOnly.id]);
  });

  it('finds two-character words, longer words as written, and several words together', async () => {
    expect(await search('补偿')).toEqual([inTitle.id]);
    expect(await search('小区拆迁补偿')).toEqual([inTitle.id]);
    expect(await search('老旧小区 补偿')).toEqual([inTitle.id]);
    expect(await search('老旧小区 道路')).toEqual([]);
    expect(await search('道路改造，安置')).toEqual([bodyOnly.id]);
  });

  it('confirms a long word whose trigrams all occur apart', async () => {
    const item = await w.seedItem({ title: '安置房建设 建设安置房' });
    expect(await search('建设安置房')).toContain(item.id);
    expect(await search('安置房建设安置房')).toEqual([]);
  });

  it('finds an item by a prefix of its code', async () => {
    const prefix = inTitle.code.slice(0, inTitle.code.length - 1).toLowerCase();
    expect(await search(prefix)).toContain(inTitle.id);
  });

  it('takes LIKE wildcards in a query as nothing to find, never as a pattern', async () => {
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
    expect(await search('拆迁%')).toEqual(await search('拆迁'));
  });

  it('follows an edit of the title in the same request', async () => {
    const item = await w.seedItem({ title: '河道清淤整治' });
    expect(await search('清淤')).toEqual([item.id]);
    const res = await sup.patch(`/api/items/${item.id}`, { version: item.version, title: '河道疏浚整治' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await search('清淤')).toEqual([]);
    expect(await search('疏浚')).toEqual([item.id]);
  });

  it('follows a unit renamed, and its aliases changed', async () => {
    const unit = await buildUnit(t.sys, { name: '区城管局' });
    const item = await w.seedItem({
      title: '违建拆除',
      responsibilities: [{ unitId: unit.id, role: 'lead' }],
    });
    expect(await search('城管')).toEqual([item.id]);
    const res = await sup.patch(`/api/units/${unit.id}`, {
      version: unit.version,
      name: '区综合执法局',
      aliases: ['执法大队'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await search('城管')).toEqual([]);
    expect(await search('综合执法')).toEqual([item.id]);
    expect(await search('执法大队')).toEqual([item.id]);
  });

  it('never shows a unit user the items of other units', async () => {
    const own = await w.seedItem(
      { title: '环保督导整改', responsibilities: [{ unitId: w.otherUnitId, role: 'lead' }] },
      'assign',
    );
    const foreign = await w.seedItem({ title: '环保设施建设' }, 'assign');
    expect(await search('环保')).toEqual(expect.arrayContaining([own.id, foreign.id]));
    expect(await search('环保', '', await w.api('unitOther'))).toEqual([own.id]);
    expect(await search('设施', '', await w.api('unitOther'))).toEqual([]);
  });

  it('leaves an archived item out, lists it with archived=true, and finds it again once restored', async () => {
    const item = await w.seedItem({ title: '公厕提升改造' });
    expect((await sup.delete(`/api/items/${item.id}`)).statusCode).toBe(200);
    expect(await search('公厕')).toEqual([]);
    expect(await search('公厕', '&archived=true')).toEqual([item.id]);
    expect((await sup.post(`/api/items/${item.id}/restore`)).statusCode).toBe(200);
    expect(await search('公厕')).toEqual([item.id]);
  });
});
