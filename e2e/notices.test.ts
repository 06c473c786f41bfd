import mammoth from 'mammoth';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut, LedgerOut, List, NoticeOut } from '../src/core/schemas/index.js';
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
 * Notices: a supervisor issues a notice from an item page and downloads its
 * Word file; the addressed unit replies with a file; the supervisor accepts the
 * reply; the item's timeline shows each step.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);

/** A fresh item led by the unit, registered and assigned by the supervisor through the API. */
async function assignedItem(unitId: string): Promise<ItemOut> {
  const sup = await apiAs(USERS.supervisor);
  const ledger = (await apiGet<List<LedgerOut>>(sup, '/api/ledgers?pageSize=1')).items[0];
  const created = await sup.post('/api/items', {
    data: {
      ledgerId: ledger.id,
      title: `老旧小区加装电梯（通知单测试 ${String(Date.now()).slice(-6)}）`,
      source: 'meeting',
      goal: '年内完成加装电梯20部',
      startDate: today(),
      dueDate: inDays(200),
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

describe('notices', () => {
  it('a supervisor issues a notice from an item and downloads it; the unit replies; the supervisor accepts', {
    timeout: 180_000,
  }, async () => {
    const user = await aUnitUser();
    const item = await assignedItem(user.unitId as string);

    // The supervisor: 下发通知单 from the item page.
    const sup = await pageAs(USERS.supervisor);
    await sup.page.goto(`/items/${item.id}`);
    await sup.page.getByTestId('notice-issue-open').click();
    await sup.page.getByTestId('notice-findings-input').fill('实地督导发现：电梯井道施工未按计划开工。');
    await sup.page.getByTestId('notice-actions-input').fill('倒排工期，一周内开工。');
    await sup.page.getByTestId('notice-issue-save').click();
    await sup.page.waitForURL(/\/notices\/[^/]+$/);
    const noticeId = (await sup.page.getByTestId('notice-page').getAttribute('data-notice-id')) as string;
    const number = (await sup.page.getByTestId('notice-number').textContent())?.trim() ?? '';
    expect(number).toMatch(/^督通〔\d{4}〕\d+号$/);
    expect(await sup.page.getByTestId('notice-status').getAttribute('data-status')).toBe('issued');

    // The Word file, read back.
    const [download] = await Promise.all([
      sup.page.waitForEvent('download'),
      sup.page.getByTestId('notice-docx').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${number}.docx`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.concat(chunks) });
    for (const words of [
      number,
      '督察通知单',
      '电梯井道施工未按计划开工',
      '倒排工期，一周内开工。',
      item.title,
    ])
      expect(text).toContain(words);
    await screenshot(sup.page, 'notice-issued');
    expect(pageErrors(sup)).toEqual([]);
    await sup.page.context().close();

    // The unit user: 整改回复 with a file.
    const unit = await pageAs(user.username);
    await unit.page.goto(`/notices/${noticeId}`);
    await unit.page.getByTestId('notice-reply-content').fill('已召开专题会议，电梯井道已于本周开工。');
    await unit.page
      .getByTestId('notice-reply-form')
      .locator('input[type=file]')
      .setInputFiles({ name: '整改情况.txt', mimeType: 'text/plain', buffer: Buffer.from('井道已开工') });
    await unit.page.locator('.ant-upload-list-item-done').first().waitFor();
    await unit.page.getByTestId('notice-reply-submit').click();
    await expect.poll(() => unit.page.getByTestId('notice-page').getAttribute('data-status')).toBe('replied');
    await unit.page.getByTestId('notice-reply').first().getByTestId('file-link').waitFor();
    await screenshot(unit.page, 'notice-replied');
    expect(pageErrors(unit)).toEqual([]);
    await unit.page.context().close();

    // The supervisor: 认可.
    const back = await pageAs(USERS.supervisor);
    await back.page.goto(`/notices/${noticeId}`);
    await back.page.getByTestId('notice-accept').click();
    await back.page.getByTestId('notice-review-confirm').click();
    await expect
      .poll(() => back.page.getByTestId('notice-page').getAttribute('data-status'))
      .toBe('accepted');

    // The list shows it closed, and the item's timeline shows each step, newest first.
    const api = await apiAs(USERS.supervisor);
    const notice = await apiGet<NoticeOut>(api, `/api/notices/${noticeId}`);
    expect(notice.replies.map((r) => r.status)).toEqual(['accepted']);
    await api.dispose();
    await back.page.goto(`/items/${item.id}`);
    const timeline = back.page.getByTestId('item-timeline');
    await expect
      .poll(async () =>
        timeline
          .getByTestId('timeline-entry')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))),
      )
      .toEqual([
        'notice_reply_accepted',
        'notice_replied',
        'file_uploaded',
        'notice_issued',
        'assign',
        'created',
      ]);
    await screenshot(back.page, 'notice-accepted-timeline');
    expect(pageErrors(back)).toEqual([]);
    await back.page.context().close();
  });
});
