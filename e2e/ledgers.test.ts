import { describe, expect, it } from 'vitest';
import type { ItemOut, LedgerOut, List } from '../src/core/schemas/index.js';
import {
  apiGet,
  expectListTotal,
  expectRowCodes,
  itemsQuery,
  pickOption,
  screenshot,
  sessionPerTest,
  USERS,
} from './support.js';

const session = sessionPerTest(USERS.supervisor);

/** A ledger with red items, and its name (the demo's 安置房建设 when present). */
async function ledgerWithRedItems(): Promise<LedgerOut> {
  const ledgers = await apiGet<List<LedgerOut>>(session.context, '/api/ledgers?pageSize=200');
  for (const ledger of [...ledgers.items].sort((a) => (a.name === '安置房建设' ? -1 : 0))) {
    const red = await apiGet<List<ItemOut>>(
      session.context,
      itemsQuery({ ledgerId: ledger.id, light: 'red' }, 1),
    );
    if (red.total > 0) return ledger;
  }
  throw new Error('no ledger has red items');
}

describe('the ledgers', () => {
  it('lists every ledger the API returns, and each opens its own table with the API’s rows', async () => {
    const { page } = session.w;
    await page.goto('/ledgers');
    const ledgers = await apiGet<List<LedgerOut>>(session.context, '/api/ledgers?pageSize=200');
    await page.getByTestId('ledger-card').first().waitFor();
    expect(await page.getByTestId('ledger-card').count()).toBe(ledgers.items.length);
    const shown = await page.getByTestId('ledger-link').allTextContents();
    for (const l of ledgers.items) expect(shown.some((s) => s.includes(l.name))).toBe(true);

    const ledger = ledgers.items[0]!;
    await page.getByTestId('ledger-link').filter({ hasText: ledger.name }).first().click();
    await page.waitForURL(`**/ledgers/${ledger.id}`);
    await expect.poll(() => page.getByTestId('page-title').textContent()).toContain(ledger.name);
    const api = await apiGet<List<ItemOut>>(session.context, itemsQuery({ ledgerId: ledger.id }));
    await expectListTotal(page, api.total);
    await expectRowCodes(
      page,
      api.items.map((i) => i.code),
    );
    // The 台账 columns are there.
    const header = (await page.locator('thead').first().textContent()) ?? '';
    for (const title of [
      '编号',
      '督办事项',
      '任务书',
      '牵头单位',
      '主管领导',
      '分管副职',
      '具体责任人',
      '截止日期',
      '进度',
      '亮灯',
    ])
      expect(header).toContain(title);
  });

  it("filters a ledger's table by light to the rows and total the API returns", async () => {
    const { page } = session.w;
    const ledger = await ledgerWithRedItems();
    await page.goto(`/ledgers/${ledger.id}`);
    await page.getByTestId('items-total').waitFor();
    await pickOption(page, page.getByTestId('filter-light'), '红灯');
    await page.waitForURL((url) => url.searchParams.get('light') === 'red');
    const api = await apiGet<List<ItemOut>>(
      session.context,
      itemsQuery({ ledgerId: ledger.id, light: 'red' }),
    );
    expect(api.total).toBeGreaterThan(0);
    await expectListTotal(page, api.total);
    expect(await page.getByTestId('items-total').textContent()).toBe(`共 ${api.total} 条`);
    await expectRowCodes(
      page,
      api.items.map((i) => i.code),
    );
    const lights = await page.getByTestId('item-row').getByTestId('light-tag').allTextContents();
    expect(new Set(lights)).toEqual(new Set(['红灯']));
  });

  it('finds by Chinese search text what the API finds, in the all-items table', async () => {
    const { page } = session.w;
    await page.goto('/items');
    await page.getByTestId('items-total').waitFor();
    const q = '安置';
    const search = page.getByTestId('filter-q').locator('input');
    await search.fill(q);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === q);
    const api = await apiGet<List<ItemOut>>(session.context, itemsQuery({ q }));
    expect(api.total).toBeGreaterThan(0);
    const all = await apiGet<List<ItemOut>>(session.context, itemsQuery({}, 1));
    expect(api.total).toBeLessThan(all.total);
    await expectListTotal(page, api.total);
    await expectRowCodes(
      page,
      api.items.map((i) => i.code),
    );
    // The searched word is marked where it occurs in the rows (the best matches: in the title).
    const marks = page.getByTestId('item-row').first().locator('mark');
    await expect.poll(() => marks.allTextContents()).toContain(q);
    await screenshot(page, 'items-search-highlight');
  });

  it('combines the ledger select, the light select and Chinese search text, matching the API', async () => {
    const { page } = session.w;
    const ledger = await ledgerWithRedItems();
    const red = await apiGet<List<ItemOut>>(
      session.context,
      itemsQuery({ ledgerId: ledger.id, light: 'red' }),
    );
    // Search for a word of the first red item's title, so the three filters together still find something.
    const word = red.items[0]!.title.slice(0, 2);
    await page.goto('/items');
    await page.getByTestId('items-total').waitFor();

    await pickOption(page, page.getByTestId('filter-ledger'), ledger.name, ledger.name.slice(0, 2));
    await page.waitForURL((url) => url.searchParams.get('ledgerId') === ledger.id);
    const byLedger = await apiGet<List<ItemOut>>(session.context, itemsQuery({ ledgerId: ledger.id }));
    await expectListTotal(page, byLedger.total);

    await pickOption(page, page.getByTestId('filter-light'), '红灯');
    await page.waitForURL((url) => url.searchParams.get('light') === 'red');
    await expectListTotal(page, red.total);

    const search = page.getByTestId('filter-q').locator('input');
    await search.fill(word);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === word);
    const api = await apiGet<List<ItemOut>>(
      session.context,
      itemsQuery({ ledgerId: ledger.id, light: 'red', q: word }),
    );
    expect(api.total).toBeGreaterThan(0);
    await expectListTotal(page, api.total);
    await expectRowCodes(
      page,
      api.items.map((i) => i.code),
    );

    // Clearing the filters brings every item back.
    await page.getByTestId('filter-clear').click();
    const all = await apiGet<List<ItemOut>>(session.context, itemsQuery({}, 1));
    await expectListTotal(page, all.total);
  });

  it('shows an empty table in words when nothing matches the search', async () => {
    const { page } = session.w;
    await page.goto(`/items?q=${encodeURIComponent('不存在的事项名称')}`);
    await expectListTotal(page, 0);
    await expect.poll(() => page.getByTestId('items-view').textContent()).toContain('没有符合条件的事项');
  });
});
