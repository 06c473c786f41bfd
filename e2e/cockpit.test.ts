import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ItemOut, List, OverviewStats } from '../src/core/schemas/index.js';
import {
  apiGet,
  chartsDrawn,
  expectListTotal,
  expectRowCodes,
  itemsQuery,
  loginViaApi,
  loginViaForm,
  sessionPerTest,
  USERS,
} from './support.js';

const session = sessionPerTest(null);

/** The value a cockpit tile shows, read from its visible text (digits only, e.g. "1,234" → 1234). */
async function tile(page: Page, testId: string): Promise<number> {
  const el = page.getByTestId(testId);
  const shown = (await el.locator('.ant-statistic-content-value').textContent()) ?? '';
  const value = Number(shown.replace(/[^\d]/g, ''));
  expect(await el.getAttribute('data-value'), `${testId} data-value`).toBe(String(value));
  return value;
}

async function expectCockpitMatches(page: Page, o: OverviewStats): Promise<void> {
  expect(await tile(page, 'cockpit-total')).toBe(o.total);
  expect(await tile(page, 'cockpit-open')).toBe(o.open);
  expect(await tile(page, 'cockpit-light-red')).toBe(o.byLight.red);
  expect(await tile(page, 'cockpit-light-yellow')).toBe(o.byLight.yellow);
  expect(await tile(page, 'cockpit-light-green')).toBe(o.byLight.green);
  expect(await tile(page, 'cockpit-overdue')).toBe(o.overdue);
  expect(await tile(page, 'cockpit-completed')).toBe(o.completed);
  expect(await tile(page, 'cockpit-days-to-year-end')).toBe(o.daysToYearEnd);
  const completed = (await page.getByTestId('cockpit-totals').textContent()) ?? '';
  expect(completed).toContain(`按期办结 ${o.completedOnTime}`);
  expect(completed).toContain(`超期办结 ${o.completedLate}`);
}

/** The per-ledger chart says (for screen readers) each ledger's total: compare it with byLedger. */
async function expectLedgerChartMatches(page: Page, o: OverviewStats): Promise<void> {
  const summary = await page.getByTestId('chart-ledgers').getAttribute('aria-label');
  expect(summary).toBe(o.byLedger.map((s) => `${s.ledgerName}：${s.total}`).join('；'));
  const lights = await page.getByTestId('chart-lights').getAttribute('aria-label');
  expect(lights).toBe(`红灯 ${o.byLight.red}，黄灯 ${o.byLight.yellow}，绿灯 ${o.byLight.green}`);
}

describe('the cockpit', () => {
  it('shows the supervisor the same totals, lights, overdue and per-ledger figures as the API', async () => {
    const { page } = session.w;
    await page.goto('/login');
    await loginViaForm(page, USERS.supervisor);
    await page.getByTestId('cockpit-total').waitFor();
    const o = await apiGet<OverviewStats>(session.context, '/api/stats/overview');
    expect(o.total).toBeGreaterThan(0);
    await expectCockpitMatches(page, o);
    await chartsDrawn(page, ['chart-lights', 'chart-ledgers']);
    await expectLedgerChartMatches(page, o);
    // The per-ledger figures add up to the district's.
    expect(o.byLedger.reduce((n, s) => n + s.total, 0)).toBe(o.total);
    // The at-risk panel opens on the overdue items, as many as the API counts.
    const overdue = await apiGet<List<ItemOut>>(session.context, itemsQuery({ overdue: 'true' }, 1));
    await expect
      .poll(() => page.getByTestId('at-risk-table').getAttribute('data-total'))
      .toBe(String(overdue.total));
    expect(await page.getByTestId('cockpit-as-of').textContent()).toContain(
      `${Number(o.asOf.slice(0, 4))}年${Number(o.asOf.slice(5, 7))}月${Number(o.asOf.slice(8, 10))}日`,
    );
  });

  it("shows the leader the same figures as the leader's API", async () => {
    await loginViaApi(session.context, USERS.leader);
    const { page } = session.w;
    await page.goto('/');
    await page.waitForURL('**/cockpit');
    await page.getByTestId('cockpit-total').waitFor();
    const o = await apiGet<OverviewStats>(session.context, '/api/stats/overview');
    await expectCockpitMatches(page, o);
    await chartsDrawn(page, ['chart-lights', 'chart-ledgers', 'chart-units']);
    await expectLedgerChartMatches(page, o);
  });

  it('narrows to one ledger when a ledger is chosen, with that ledger’s API figures', async () => {
    await loginViaApi(session.context, USERS.supervisor);
    const { page } = session.w;
    await page.goto('/cockpit');
    await page.getByTestId('cockpit-total').waitFor();
    const all = await apiGet<OverviewStats>(session.context, '/api/stats/overview');
    const ledger = all.byLedger[2]!;
    await page.getByTestId('cockpit-ledger').click();
    await page.getByRole('menuitem', { name: ledger.ledgerName, exact: true }).click();
    await page.waitForURL(`**/cockpit?ledgerId=${ledger.ledgerId}`);
    await expect
      .poll(() => page.getByTestId('cockpit-total').getAttribute('data-value'))
      .toBe(String(ledger.total));
    const o = await apiGet<OverviewStats>(session.context, `/api/stats/overview?ledgerId=${ledger.ledgerId}`);
    await expectCockpitMatches(page, o);
    expect(o.byLight).toEqual({ red: ledger.red, yellow: ledger.yellow, green: ledger.green });
    expect(await page.getByTestId('cockpit-ledger').textContent()).toContain(ledger.ledgerName);
  });

  it('opens the overdue items when the overdue number is clicked, as many as the API counts', async () => {
    await loginViaApi(session.context, USERS.supervisor);
    const { page } = session.w;
    await page.goto('/cockpit');
    await page.getByTestId('cockpit-overdue').click();
    await page.waitForURL((url) => url.pathname === '/items' && url.searchParams.get('overdue') === 'true');
    const o = await apiGet<OverviewStats>(session.context, '/api/stats/overview');
    const api = await apiGet<List<ItemOut>>(session.context, itemsQuery({ overdue: 'true' }));
    expect(api.total).toBe(o.overdue);
    await expectListTotal(page, api.total);
    expect(await page.getByTestId('items-total').textContent()).toBe(`共 ${api.total} 条`);
    await expectRowCodes(
      page,
      api.items.map((i) => i.code),
    );
  });

  it('opens the red items when the red slice of the light chart is clicked', async () => {
    await loginViaApi(session.context, USERS.supervisor);
    const { page } = session.w;
    await page.goto('/cockpit');
    await page.getByTestId('cockpit-total').waitFor();
    const o = await apiGet<OverviewStats>(session.context, '/api/stats/overview');
    expect(o.byLight.red).toBeGreaterThan(0);
    await chartsDrawn(page, ['chart-lights']);
    // The overdue list leads the cockpit: the charts sit below it, scrolled to before clicking.
    await page.getByTestId('chart-lights').scrollIntoViewIfNeeded();
    // The ring starts at 12 o'clock and runs clockwise, red first: click the middle of the red arc.
    const box = (await page.getByTestId('chart-lights').boundingBox())!;
    const open = o.byLight.red + o.byLight.yellow + o.byLight.green;
    const angle = Math.PI * (o.byLight.red / open);
    const r = (Math.min(box.width, box.height) / 2) * 0.575;
    const cx = box.x + box.width * 0.5;
    const cy = box.y + box.height * 0.45;
    await page.mouse.click(cx + r * Math.sin(angle), cy - r * Math.cos(angle));
    await page.waitForURL((url) => url.pathname === '/items' && url.searchParams.get('light') === 'red');
    const api = await apiGet<List<ItemOut>>(session.context, itemsQuery({ light: 'red' }));
    expect(api.total).toBe(o.byLight.red);
    await expectListTotal(page, api.total);
    await expectRowCodes(
      page,
      api.items.map((i) => i.code),
    );
    const lights = await page.getByTestId('item-row').getByTestId('light-tag').allTextContents();
    expect(lights.length).toBe(api.items.length);
    expect(new Set(lights)).toEqual(new Set(['红灯']));
  });

  it("opens a ledger's table when its name on the ledger chart is clicked", async () => {
    await loginViaApi(session.context, USERS.supervisor);
    const { page } = session.w;
    await page.goto('/cockpit');
    await page.getByTestId('cockpit-total').waitFor();
    const o = await apiGet<OverviewStats>(session.context, '/api/stats/overview');
    await chartsDrawn(page, ['chart-ledgers']);
    await page.getByTestId('chart-ledgers').scrollIntoViewIfNeeded();
    // The bars run top-down in the API's order; the first ledger's name sits left of the top bar.
    const box = (await page.getByTestId('chart-ledgers').boundingBox())!;
    const rows = o.byLedger.length;
    // The plot: 32 px of legend above, the value axis' labels (~20 px) and 8 px below.
    const plotTop = box.y + 32;
    const plotHeight = box.height - 32 - 8 - 20;
    const y = plotTop + plotHeight / rows / 2;
    // The names are right-aligned against the axis (labels at most 120 px wide, from 8 px in).
    await page.mouse.click(box.x + 8 + 100, y);
    const first = o.byLedger[0]!;
    await page.waitForURL(`**/ledgers/${first.ledgerId}`);
    await expect.poll(() => page.getByTestId('page-title').textContent()).toContain(first.ledgerName);
    await expectListTotal(page, first.total);
  });
});
