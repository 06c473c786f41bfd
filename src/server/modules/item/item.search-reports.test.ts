import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { NoticeOut } from '../../../core/schemas/notice.js';
import type { ReportOut } from '../../../core/schemas/report.js';
import { searchItemIds } from '../../testing/item-search.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';
import { NOTE_REPORTS } from './item.search-index.js';

/** Items found by what their reports say and their notices' numbers, on both databases: tier, review, bounds, scope. */
let t: TestApp;
let w: World;
let sup: Client;
let lead: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  lead = await w.api('unitLead');
});
afterAll(() => t?.close());

type Page = { items: ItemOut[]; total: number };
const search = (text: string, extra = '', client = sup) => searchItemIds(client, text, extra);
const report = async (itemId: string, content: string, problems?: string, client = lead) => {
  const res = await client.post(`/api/items/${itemId}/reports`, { content, percent: 10, problems });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ReportOut>();
};
const review = async (r: ReportOut, decision: 'accept' | 'return') => {
  const res = await sup.post(`/api/reports/${r.id}/review`, {
    decision,
    version: r.version,
    comment: decision === 'return' ? '内容不实' : undefined,
  });
  expect(res.statusCode, res.body).toBe(200);
};

describe('item search over reports', () => {
  it('finds an item by a word only in its report, ranked after title and task-book matches', async () => {
    const inReport = await w.seedItem({ title: '农贸市场改造', goal: '年底前完成' }, 'assign');
    const inBody = await w.seedItem({ title: '集贸设施提升', goal: '完成雨污分流管网' }, 'assign');
    const inTitle = await w.seedItem({ title: '雨污分流工程', goal: '年底前完成' }, 'assign');
    expect(await search('雨污分流')).toEqual([inTitle.id, inBody.id]);
    await report(inReport.id, '本周推进市场周边雨污分流管网施工');
    expect(await search('雨污分流')).toEqual([inTitle.id, inBody.id, inReport.id]);
    // The problems a report names are found too, and a word of the title with one of the report.
    await report(inReport.id, '按计划推进', '管线迁改协调困难');
    expect(await search('管线迁改')).toEqual([inReport.id]);
    expect(await search('农贸 迁改')).toEqual([inReport.id]);
    // Ranked alike when another filter takes the query past the index alone, and page by page.
    expect(await search('雨污分流', '&status=assigned')).toEqual([inTitle.id, inBody.id, inReport.id]);
    const third = await sup.get(`/api/items?q=${encodeURIComponent('雨污分流')}&pageSize=1&page=3`);
    expect(third.json<Page>()).toMatchObject({ total: 3, items: [{ id: inReport.id }] });
    // An edit of the item keeps the words of its reports.
    const { version } = (await sup.get(`/api/items/${inReport.id}`)).json<ItemOut>();
    const res = await sup.patch(`/api/items/${inReport.id}`, { version, title: '农贸市场提升' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await search('管线迁改')).toEqual([inReport.id]);
  });

  it('drops the words of a returned report and keeps those of an accepted one', async () => {
    const item = await w.seedItem({ title: '背街小巷整治' }, 'assign');
    const kept = await report(item.id, '完成路面黑化');
    const sent = await report(item.id, '完成立面粉刷');
    expect(await search('黑化')).toEqual([item.id]);
    expect(await search('粉刷')).toEqual([item.id]);
    await review(kept, 'accept');
    await review(sent, 'return');
    expect(await search('黑化')).toEqual([item.id]);
    expect(await search('粉刷')).toEqual([]);
  });

  it('holds only the latest reports of an item', async () => {
    const item = await w.seedItem({ title: '公园绿化提升' }, 'assign');
    await report(item.id, '完成苗木招标');
    for (let n = 0; n < NOTE_REPORTS; n++) await report(item.id, `第${n + 1}次推进补植工作`);
    expect(await search('补植')).toEqual([item.id]);
    expect(await search('苗木招标')).toEqual([]);
  });

  it('never shows a unit user an item of other units by its reports', async () => {
    const item = await w.seedItem({ title: '污水处理厂扩建' }, 'assign');
    await report(item.id, '完成沉淀池浇筑');
    expect(await search('沉淀池', '', lead)).toEqual([item.id]);
    expect(await search('沉淀池', '', await w.api('unitCoop'))).toEqual([item.id]);
    expect(await search('沉淀池', '', await w.api('unitOther'))).toEqual([]);
  });

  it('finds the items a notice names by its number, never by what it says, and only in scope', async () => {
    const named = await w.seedItem({ title: '城中村改造' }, 'assign');
    const other = await w.seedItem({ title: '安置房配套建设' }, 'assign');
    const res = await sup.post('/api/notices', {
      kind: 'inspection',
      unitId: w.leadUnitId,
      itemIds: [named.id],
      findings: '征收补偿进度滞后',
      requiredActions: '倒排工期',
      replyDue: '2026-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const { number } = res.json<NoticeOut>();
    expect(await search(number)).toEqual([named.id]);
    // The findings are the addressed unit's and the supervisors' to read: the
    // item's other units would learn them by searching.
    expect(await search('征收补偿')).toEqual([]);
    expect(await search(number, '', await w.api('unitCoop'))).toEqual([named.id]);
    expect(await search(number, '', await w.api('unitOther'))).toEqual([]);
    expect(await search(number)).not.toContain(other.id);
  });
});
