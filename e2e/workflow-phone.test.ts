import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ItemOut, List } from '../src/core/schemas/index.js';
import {
  apiAs,
  apiGet,
  browserPerFile,
  loginViaApi,
  newContext,
  pageErrors,
  screenshot,
  USERS,
  unitUsers,
  type Watched,
  watchedPage,
} from './support.js';

/**
 * Every workflow screen at 375 px: the item page of a unit user and of a
 * supervisor with each of their forms open (acknowledge, report with photo,
 * obstacle, instruction, requests, judgement, split, check-back), the approval
 * inbox and the timeline. Nothing may be wider than the screen, in the page
 * or inside an open form. Forms are opened and cancelled: nothing is written.
 */
const files = browserPerFile();

async function pageAs(username: string): Promise<Watched> {
  const context = await newContext(files.browser, 'phone');
  await loginViaApi(context, username);
  return watchedPage(context);
}

/** The widths that overflow the phone: the page, and every open modal or drawer body. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth)
      out.push(`page ${document.documentElement.scrollWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('.ant-modal-body, .ant-drawer-body')) {
      if (el.offsetParent === null) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.className} ${el.scrollWidth}>${el.clientWidth}`);
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 1 || box.left < -1) out.push(`${el.className} outside the screen`);
    }
    return out;
  });
}

/** Opens each form whose button the page shows, checks and photographs it, and cancels it. */
async function checkForms(w: Watched, who: string, buttons: string[]): Promise<string[]> {
  const opened: string[] = [];
  for (const id of buttons) {
    const button = w.page.getByTestId(id).first();
    if (!(await button.count()) || !(await button.isVisible())) continue;
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const shell = w.page.locator('.ant-modal-wrap:visible, .ant-drawer-content-wrapper:visible').last();
    await shell.waitFor();
    await w.page.waitForTimeout(300); // the opening animation
    expect(await overflow(w.page), `${who}: ${id}`).toEqual([]);
    await screenshot(w.page, `phone-${who}-${id}`);
    await w.page.keyboard.press('Escape');
    await shell.waitFor({ state: 'hidden' });
    opened.push(id);
  }
  return opened;
}

/** A running item led by a demo unit user's unit, and that user. */
async function runningItem(): Promise<{ username: string; item: ItemOut }> {
  for (const u of await unitUsers()) {
    const api = await apiAs(u.username);
    const { items } = await apiGet<List<ItemOut>>(
      api,
      `/api/items?unitId=${u.unitId}&unitRole=lead&status=in_progress&pageSize=50`,
    );
    await api.dispose();
    const item = items.find((i) => i.requestKinds.includes('extension') && i.milestones.length);
    if (item) return { username: u.username, item };
  }
  throw new Error('the demo has no running item for a unit user');
}

describe('the workflow screens on a phone (375 px)', () => {
  it('fit a unit user’s screen: item page, report, obstacle and request forms', async () => {
    const { username, item } = await runningItem();
    const unit = await pageAs(username);
    await unit.page.goto(`/items/${item.id}`);
    await unit.page.getByTestId('section-actions').waitFor();
    await unit.page.getByTestId('timeline-entry').first().waitFor();
    expect(await overflow(unit.page)).toEqual([]);
    await screenshot(unit.page, 'phone-unit-item');
    const opened = await checkForms(unit, 'unit', [
      'report-open',
      'obstacle-open',
      'wf-open-extension',
      'wf-open-completion',
      'wf-open-cancellation',
      'wf-open-adjustment',
    ]);
    expect(opened).toEqual(
      expect.arrayContaining(['report-open', 'wf-open-extension', 'wf-open-adjustment']),
    );
    expect(pageErrors(unit)).toEqual([]);
    await unit.page.context().close();
  });

  it('fit a supervisor’s screen: instruction, judgement, split, check-back, inbox and timeline', async () => {
    const { item } = await runningItem();
    const sup = await pageAs(USERS.supervisor);
    await sup.page.goto(`/items/${item.id}`);
    await sup.page.getByTestId('timeline-entry').first().waitFor();
    const opened = await checkForms(sup, 'supervisor', [
      'instruction-open',
      'obstacle-open',
      'wf-open-judge',
      'wf-open-split',
    ]);
    expect(opened).toEqual(expect.arrayContaining(['wf-open-judge']));
    const closed = await apiGet<List<ItemOut>>(sup.page.context(), '/api/items?status=completed&pageSize=1');
    if (closed.items[0]) {
      await sup.page.goto(`/items/${closed.items[0].id}`);
      await sup.page.getByTestId('timeline-entry').first().waitFor();
      expect(await overflow(sup.page)).toEqual([]);
      await screenshot(sup.page, 'phone-supervisor-closed-item');
      await checkForms(sup, 'supervisor', ['wf-open-checkback']);
    }
    await sup.page.goto('/requests');
    await sup.page.getByTestId('requests-page').waitFor();
    await sup.page.waitForLoadState('networkidle');
    expect(await overflow(sup.page)).toEqual([]);
    await screenshot(sup.page, 'phone-supervisor-requests');
    expect(pageErrors(sup)).toEqual([]);
    await sup.page.context().close();
  });
});
