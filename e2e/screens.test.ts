import { existsSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  aUnitUser,
  browserPerFile,
  chartsDrawn,
  loginViaForm,
  newContext,
  pageErrors,
  screenshot,
  showcaseItem,
  USERS,
  watchedPage,
} from './support.js';

const files = browserPerFile();

/** How far the page reaches beyond the window's width (0 when nothing sticks out sideways). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function shoot(page: Page, name: string, wide: Record<string, number>): Promise<void> {
  // Fonts and images settled, the menu's and tables' transitions over.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const path = await screenshot(page, name);
  expect(existsSync(path) && statSync(path).size > 5_000, `${path} written`).toBe(true);
  wide[name] = await overflow(page);
}

for (const size of ['desktop', 'phone'] as const) {
  describe(`the main screens at ${size === 'desktop' ? 'desktop 1440×900' : 'phone 375×812'}`, () => {
    it('render the login page, cockpit, ledgers, ledger table, item list, item page, item form and unit home', async () => {
      const wide: Record<string, number> = {};
      const context = await newContext(files.browser, size);
      const w = await watchedPage(context);
      const { page } = w;

      await page.goto('/login');
      await page.getByTestId('login-form').waitFor();
      await shoot(page, `${size}-01-login`, wide);

      await loginViaForm(page, USERS.supervisor);
      await page.getByTestId('cockpit-total').waitFor();
      await chartsDrawn(page, ['chart-lights', 'chart-ledgers', 'chart-units', 'chart-trend']);
      await page.getByTestId('at-risk-row').first().waitFor();
      await shoot(page, `${size}-02-cockpit`, wide);

      await page.goto('/ledgers');
      await page.getByTestId('ledger-card').first().waitFor();
      await shoot(page, `${size}-03-ledgers`, wide);

      const item = await showcaseItem(context);
      await page.goto(`/ledgers/${item.ledgerId}`);
      await page.locator('[data-testid="item-row"], [data-testid="item-card"]').first().waitFor();
      await shoot(page, `${size}-04-ledger-table`, wide);

      await page.goto('/items?light=red');
      await page.locator('[data-testid="item-row"], [data-testid="item-card"]').first().waitFor();
      await shoot(page, `${size}-05-items-red`, wide);

      await page.goto(`/items/${item.id}`);
      await page.getByTestId('item-roadmap').waitFor();
      await shoot(page, `${size}-06-item`, wide);

      await page.goto('/items/new');
      await page.getByTestId('item-form').waitFor();
      await shoot(page, `${size}-07-item-form`, wide);

      const unit = await newContext(files.browser, size);
      const uw = await watchedPage(unit);
      await uw.page.goto('/login');
      await loginViaForm(uw.page, (await aUnitUser()).username);
      await uw.page.getByTestId('home-row').first().waitFor();
      await shoot(uw.page, `${size}-08-unit-home`, wide);

      if (size === 'phone') {
        await uw.page.getByTestId('menu-button').click();
        await uw.page.getByTestId('menu-drawer').waitFor();
        await uw.page.waitForTimeout(400);
        await screenshot(uw.page, `${size}-09-menu`);
      }

      console.log(`[screens] ${size}: page wider than the window by (px)`, JSON.stringify(wide));
      // Nothing sticks out sideways: every screen fits the window (tables scroll inside themselves).
      expect(Object.entries(wide).filter(([, px]) => px > 0)).toEqual([]);
      expect([...pageErrors(w), ...pageErrors(uw)]).toEqual([]);
      await unit.close();
      await context.close();
    });
  });
}
