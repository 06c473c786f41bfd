import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ItemOut } from '../src/core/schemas/index.js';
import { aUnitUser, chartsDrawn, loginViaForm, sessionPerTest, showcaseItem, USERS } from './support.js';

const session = sessionPerTest(null);

describe('the interface language', () => {
  it('switches the whole interface to English and back, and remembers the choice', async () => {
    const { page } = session.w;
    await page.goto('/login');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toContain('Log in');
    await loginViaForm(page, USERS.supervisor);
    await page.getByTestId('cockpit-total').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toContain('Cockpit');
    expect(await page.getByTestId('nav-ledgers').textContent()).toBe('Ledgers');
    expect(await page.getByTestId('cockpit-totals').textContent()).not.toMatch(/[\u4e00-\u9fff]{2}/);

    // The item list: column titles, lights and the total in English too.
    await page.getByTestId('nav-items').click();
    await page.waitForURL('**/items');
    await expect.poll(() => page.getByTestId('items-total').textContent()).toMatch(/^\d+ in total$/);
    const header = (await page.locator('thead').first().textContent()) ?? '';
    expect(header).toContain('Due date');
    expect(header).not.toContain('截止日期');

    // Still English after a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('nav-items').textContent()).toBe('All items');

    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('nav-items').textContent()).toBe('全部事项');
    await expect.poll(() => page.getByTestId('items-total').textContent()).toMatch(/^共 \d+ 条$/);
  });
});

describe('the browser console', () => {
  async function visit(page: Page, path: string, ready: string, charts: string[] = []) {
    await page.goto(path);
    await page.getByTestId(ready).first().waitFor();
    if (charts.length) await chartsDrawn(page, charts, false);
    // Let late requests and effects finish.
    await page.waitForTimeout(300);
  }

  // One test per role: together they visit fourteen pages, more than a busy machine does in one test's time.
  it('has no errors on the main pages of the supervisor', async () => {
    const { page, errors } = session.w;
    await page.goto('/login');
    await page.getByTestId('login-form').waitFor();
    await loginViaForm(page, USERS.supervisor);
    const item: ItemOut = await showcaseItem(session.context);
    await visit(page, '/cockpit', 'cockpit-total', ['chart-lights', 'chart-ledgers', 'chart-units']);
    await visit(page, '/ledgers', 'ledger-card');
    await visit(page, `/ledgers/${item.ledgerId}`, 'item-row');
    await visit(page, '/items?light=red', 'item-row');
    await visit(page, `/items/${item.id}`, 'item-roadmap');
    await visit(page, `/items/${item.id}/edit`, 'item-form');
    await visit(page, '/items/new', 'item-form');
    await visit(page, '/admin/units', 'units-table');
    expect(errors).toEqual([]);
  });

  it('has no errors on the main pages of the leader', async () => {
    const { page, errors } = session.w;
    await page.goto('/login');
    await loginViaForm(page, USERS.leader);
    await visit(page, '/cockpit', 'cockpit-total', ['chart-lights', 'chart-ledgers', 'chart-units']);
    await visit(page, '/items?overdue=true', 'item-row');
    expect(errors).toEqual([]);
  });

  it('has no errors on the main pages of a unit user', async () => {
    const { page, errors } = session.w;
    await page.goto('/login');
    await loginViaForm(page, (await aUnitUser()).username);
    await visit(page, '/home', 'unit-home');
    await visit(page, '/items', 'item-row');
    await page.getByTestId('item-link').first().click();
    await page.getByTestId('item-page').waitFor();
    expect(errors).toEqual([]);
  });
});
