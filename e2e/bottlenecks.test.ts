import { describe, expect, it } from 'vitest';
import type { ObstacleSummary } from '../src/core/schemas/index.js';
import {
  apiGet,
  browserPerFile,
  loginViaApi,
  newContext,
  pageErrors,
  screenshot,
  USERS,
  type Watched,
  watchedPage,
} from './support.js';

const files = browserPerFile();

async function pageAs(username: string, size: 'desktop' | 'phone' = 'desktop'): Promise<Watched> {
  const context = await newContext(files.browser, size);
  await loginViaApi(context, username);
  return watchedPage(context);
}

/** Nothing on the page is wider than the phone's screen. */
async function noSidewaysScroll(w: Watched) {
  const wide = await w.page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(375);
}

describe('the bottleneck screen (堵点分析)', () => {
  it('opens from the cockpit; its cells and blocks open the obstacles behind them', {
    timeout: 120_000,
  }, async () => {
    const sup = await pageAs(USERS.supervisor);
    const summary = await apiGet<ObstacleSummary>(sup.page.context(), '/api/obstacles/summary');
    expect(summary.total).toBeGreaterThan(0);
    await sup.page.goto('/cockpit');
    await sup.page.getByTestId('bottleneck-open').click();
    await sup.page.waitForURL(/\/bottlenecks/);
    await expect
      .poll(() => sup.page.getByTestId('bottlenecks-page').getAttribute('data-total'))
      .toBe(String(summary.total));
    expect(await sup.page.getByTestId('bn-row').count()).toBe(
      new Set(summary.cells.map((c) => c.unitId)).size,
    );

    // A cell: the busiest unit's land / funds / … count opens exactly that many obstacles.
    const cell = sup.page.locator('[data-testid^="bn-cell-"]:not([data-testid="bn-cell-total"])').first();
    const n = Number(await cell.textContent());
    await cell.click();
    await expect.poll(() => sup.page.getByTestId('bn-list').getAttribute('data-total')).toBe(String(n));
    expect(await sup.page.getByTestId('bn-obstacle').count()).toBe(n);
    await screenshot(sup.page, 'bottlenecks-cell');

    // A block: the unit that must solve → the lead unit waiting, with its count.
    const block = summary.blocks[0];
    await sup.page.getByTestId('bn-block').first().click();
    await expect
      .poll(() => sup.page.getByTestId('bn-list').getAttribute('data-total'))
      .toBe(String(block.count));
    await sup.page.getByTestId('bn-obstacle').first().getByRole('link').click();
    await sup.page.waitForURL(/\/items\//);

    // By ledger, and one ledger only.
    const ledger = summary.cells[0];
    await sup.page.goto(`/bottlenecks?ledgerId=${ledger.ledgerId}&by=ledger`);
    const one = summary.cells.filter((c) => c.ledgerId === ledger.ledgerId).reduce((s, c) => s + c.count, 0);
    await expect
      .poll(() => sup.page.getByTestId('bottlenecks-page').getAttribute('data-total'))
      .toBe(String(one));
    expect(await sup.page.getByTestId('bn-row').count()).toBe(1);
    expect(pageErrors(sup)).toEqual([]);
    await sup.page.context().close();

    // On a phone: one card per row, nothing scrolls sideways, a tag opens its list.
    const phone = await pageAs(USERS.leader, 'phone');
    await phone.page.goto('/bottlenecks');
    await phone.page.getByTestId('bn-row').first().waitFor();
    await noSidewaysScroll(phone);
    await phone.page.locator('[data-testid="bn-cell"][data-cause]').first().click();
    await phone.page.getByTestId('bn-obstacle').first().waitFor();
    await noSidewaysScroll(phone);
    await screenshot(phone.page, 'bottlenecks-phone');
    expect(pageErrors(phone)).toEqual([]);
    await phone.page.context().close();
  });
});
