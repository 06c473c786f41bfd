import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut, List, UserOut } from '../src/core/schemas/index.js';
import {
  apiAs,
  apiGet,
  aUnitUser,
  expectListTotal,
  itemsQuery,
  loginViaForm,
  sessionPerTest,
  USERS,
} from './support.js';

/** Each test starts logged in as the unit user, through the form, on the unit's home page. */
const session = sessionPerTest(async ({ w }) => {
  await w.page.goto('/login');
  await loginViaForm(w.page, unitUser.username);
  await w.page.waitForURL('**/home');
});

let unitUser: UserOut;
let supervisor: APIRequestContext;
/** An item in which the unit user's unit has no role. */
let foreign: ItemOut;
/** An item of the unit user's own unit. */
let own: ItemOut;

beforeAll(async () => {
  unitUser = await aUnitUser();
  supervisor = await apiAs(USERS.supervisor);
  const all = await apiGet<List<ItemOut>>(supervisor, '/api/items?pageSize=200&sort=code');
  const involves = (i: ItemOut) => i.responsibilities.some((r) => r.unitId === unitUser.unitId);
  foreign = all.items.find((i) => !involves(i) && i.status === 'in_progress')!;
  own = all.items.find((i) => involves(i) && i.status === 'in_progress')!;
  expect(foreign).toBeDefined();
  expect(own).toBeDefined();
});
afterAll(async () => {
  await supervisor?.dispose();
});

describe("a unit user and another unit's items", () => {
  it("sees the not-found page, not the item, when typing the URL of another unit's item", async () => {
    const { page } = session.w;
    // The API refuses it as if it did not exist.
    const res = await session.context.request.get(`/api/items/${foreign.id}`);
    expect(res.status()).toBe(404);

    await page.goto(`/items/${foreign.id}`);
    await page.getByTestId('not-found').waitFor();
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('页面不存在');
    expect(text).not.toContain(foreign.title);
    expect(text).not.toContain(foreign.code);
    expect(await page.getByTestId('item-page').count()).toBe(0);

    // Nor through its edit form.
    await page.goto(`/items/${foreign.id}/edit`);
    await page.getByTestId('forbidden').or(page.getByTestId('not-found')).first().waitFor();
    expect((await page.locator('body').textContent()) ?? '').not.toContain(foreign.title);
  });

  it('opens an item of its own unit by URL', async () => {
    const { page } = session.w;
    await page.goto(`/items/${own.id}`);
    await page.getByTestId('item-page').waitFor();
    expect(await page.getByTestId('item-title').textContent()).toContain(own.title);
    // A unit user does not edit items.
    expect(await page.getByTestId('edit-item').count()).toBe(0);
  });

  it("never lists another unit's item, not even when searching for its title", async () => {
    const { page } = session.w;
    const mine = await apiGet<List<ItemOut>>(session.context, '/api/items?pageSize=200&sort=code');
    expect(mine.total).toBeGreaterThan(0);
    for (const item of mine.items)
      expect(item.responsibilities.some((r) => r.unitId === unitUser.unitId)).toBe(true);
    expect(mine.items.some((i) => i.id === foreign.id)).toBe(false);

    await page.getByTestId('nav-items').click();
    await page.waitForURL('**/items');
    await expectListTotal(page, mine.total);
    expect((await page.getByTestId('items-view').textContent()) ?? '').not.toContain(foreign.title);

    await page.goto(`/items?q=${encodeURIComponent(foreign.title)}`);
    const found = await apiGet<List<ItemOut>>(session.context, itemsQuery({ q: foreign.title }));
    expect(found.items.some((i) => i.id === foreign.id)).toBe(false);
    await expectListTotal(page, found.total);
    expect((await page.getByTestId('items-view').textContent()) ?? '').not.toContain(foreign.title);
  });

  it("shows on the unit home the unit's open items by light, as the API counts them", async () => {
    const { page } = session.w;
    await page.getByTestId('unit-home').waitFor();
    const open = 'assigned,in_progress,pending_review';
    for (const light of ['red', 'yellow', 'green'] as const) {
      const api = await apiGet<List<ItemOut>>(
        session.context,
        itemsQuery({ unitId: unitUser.unitId!, light, status: open }, 1),
      );
      await expect
        .poll(() =>
          page.getByTestId(`home-light-${light}`).locator('.ant-statistic-content-value').textContent(),
        )
        .toBe(String(api.total));
    }
    const overdue = await apiGet<List<ItemOut>>(
      session.context,
      itemsQuery({ unitId: unitUser.unitId!, overdue: 'true' }, 1),
    );
    await expect
      .poll(() => page.getByTestId('home-overdue').locator('.ant-statistic-content-value').textContent())
      .toBe(String(overdue.total));
    // Every item it lists belongs to the unit.
    const links = await page.getByTestId('home-item').allTextContents();
    const mine = await apiGet<List<ItemOut>>(session.context, '/api/items?pageSize=200');
    for (const title of links) expect(mine.items.some((i) => i.title === title)).toBe(true);
  });

  it('is refused the cockpit and the new-item form', async () => {
    const { page } = session.w;
    await page.goto('/cockpit');
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByTestId('cockpit-total').count()).toBe(0);
    await page.goto('/items/new');
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByTestId('item-form').count()).toBe(0);
  });
});
