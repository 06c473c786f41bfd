import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut, LedgerOut, List } from '../src/core/schemas/index.js';
import {
  apiAs,
  apiGet,
  aUnitUser,
  launchBrowser,
  loginViaApi,
  newContext,
  pageErrors,
  screenshot,
  USERS,
  type Watched,
  watchedPage,
} from './support.js';

/**
 * The units answer in writing: a unit user acknowledges an assignment and
 * reports with a photo, a supervisor returns the report, and the item's
 * timeline shows each step.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

/** A fresh item led by the unit user's unit, registered and assigned by the supervisor through the API. */
async function assignedItem(unitId: string): Promise<ItemOut> {
  const sup = await apiAs(USERS.supervisor);
  const ledger = (await apiGet<List<LedgerOut>>(sup, '/api/ledgers?pageSize=1')).items[0];
  const created = await sup.post('/api/items', {
    data: {
      ledgerId: ledger.id,
      title: `背街小巷整治提升（浏览器测试 ${String(Date.now()).slice(-6)}）`,
      source: 'meeting',
      goal: '完成背街小巷整治',
      startDate: today(),
      dueDate: inDays(240),
      cadence: 'monthly',
      responsibilities: [{ unitId, role: 'lead' }],
      milestones: [],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const item = (await created.json()) as ItemOut;
  const assigned = await sup.post(`/api/items/${item.id}/transitions`, {
    data: { action: 'assign', version: item.version },
  });
  expect(assigned.status()).toBe(200);
  const out = (await assigned.json()) as ItemOut;
  await sup.dispose();
  return out;
}

async function pageAs(username: string, size: 'desktop' | 'phone' = 'desktop'): Promise<Watched> {
  const context = await newContext(browser, size);
  await loginViaApi(context, username);
  return watchedPage(context);
}

describe('the units answer in writing', () => {
  it('a unit acknowledges and reports with a photo; a supervisor returns the report; the timeline shows each step', {
    timeout: 180_000,
  }, async () => {
    const user = await aUnitUser();
    const item = await assignedItem(user.unitId as string);

    // The unit user: 签收, then 报送进展 with a photo.
    const unit = await pageAs(user.username);
    await unit.page.goto(`/items/${item.id}`);
    await unit.page.getByTestId('acknowledge').click();
    await unit.page.getByTestId('acknowledge').waitFor({ state: 'detached' });
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#4a7' } })
      .jpeg()
      .toBuffer();
    await unit.page.getByTestId('report-open').click();
    await unit.page.getByTestId('report-content').fill('已完成 12 条背街小巷路面整治');
    await unit.page.getByTestId('report-percent').fill('35');
    await unit.page
      .locator('.ant-modal input[type=file]')
      .setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: photo });
    await unit.page
      .locator('.ant-upload-list-item-done, .ant-upload-list-item:not(.ant-upload-list-item-uploading)')
      .first()
      .waitFor();
    await unit.page.getByTestId('report-submit').click();
    const report = unit.page.getByTestId('report').first();
    await expect.poll(() => report.getAttribute('data-status')).toBe('submitted');
    await report.getByTestId('file-thumbnail').first().waitFor();
    await screenshot(unit.page, 'workflow-unit-reported');
    expect(pageErrors(unit)).toEqual([]);
    await unit.page.context().close();

    // The supervisor: 退回 with a reason.
    const sup = await pageAs(USERS.supervisor);
    await sup.page.goto(`/items/${item.id}`);
    await sup.page.getByTestId('report-return').click();
    await sup.page.getByTestId('review-comment').fill('请补充整治前后对比照片');
    await sup.page.getByTestId('review-confirm').click();
    const returned = sup.page.getByTestId('report').first();
    await expect.poll(() => returned.getAttribute('data-status')).toBe('returned');
    expect(await returned.getByTestId('report-review').textContent()).toContain('请补充整治前后对比照片');

    // The timeline, newest first.
    const timeline = sup.page.getByTestId('item-timeline');
    await expect
      .poll(async () =>
        timeline
          .getByTestId('timeline-entry')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))),
      )
      .toEqual(['report_returned', 'report_submitted', 'file_uploaded', 'acknowledged', 'assign', 'created']);
    await screenshot(sup.page, 'workflow-supervisor-returned');
    expect(pageErrors(sup)).toEqual([]);
    await sup.page.context().close();

    // On a phone the unit user sees the returned report and the review.
    const phone = await pageAs(user.username, 'phone');
    await phone.page.goto(`/items/${item.id}`);
    await expect
      .poll(() => phone.page.getByTestId('report').first().getAttribute('data-status'))
      .toBe('returned');
    await screenshot(phone.page, 'workflow-unit-phone');
    expect(pageErrors(phone)).toEqual([]);
    await phone.page.context().close();
  });

  it('shows the bottlenecks and what waits on the cockpit', async () => {
    const sup = await pageAs(USERS.supervisor);
    await sup.page.goto('/cockpit');
    await sup.page.getByTestId('bottleneck-panel').waitFor();
    // The panel shows before its counts arrive: wait for the seventh cause, not a fixed time.
    await sup.page.getByTestId('bottleneck-cause').nth(6).waitFor();
    await sup.page.getByTestId('workflow-unacknowledged').waitFor();
    expect(await sup.page.getByTestId('bottleneck-cause').count()).toBe(7);
    expect(
      Number(await sup.page.getByTestId('workflow-unacknowledged').getAttribute('data-value')),
    ).toBeGreaterThan(0);
    await screenshot(sup.page, 'workflow-cockpit');
    expect(pageErrors(sup)).toEqual([]);
    await sup.page.context().close();
  });
});
