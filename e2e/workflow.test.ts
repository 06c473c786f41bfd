import { describe, expect, it } from 'vitest';
import type { ItemOut, List, RequestOut } from '../src/core/schemas/index.js';
import {
  apiAs,
  apiGet,
  fillDate,
  loginViaApi,
  newContext,
  screenshot,
  sessionPerTest,
  USERS,
  unitUsers,
  watchedPage,
} from './support.js';

const session = sessionPerTest(USERS.supervisor);

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A running item led by a demo unit user's unit, with no request pending, and that user. */
async function runningItemOfAUnit(): Promise<{ username: string; item: ItemOut }> {
  for (const u of await unitUsers()) {
    const api = await apiAs(u.username);
    const { items } = await apiGet<List<ItemOut>>(
      api,
      `/api/items?unitId=${u.unitId}&unitRole=lead&status=in_progress&pageSize=50`,
    );
    for (const item of items) {
      if (!item.requestKinds.includes('extension')) continue;
      const reqs = await apiGet<List<RequestOut>>(api, `/api/items/${item.id}/requests`);
      if (!reqs.items.some((r) => r.status === 'pending')) return { username: u.username, item };
    }
  }
  throw new Error('the demo has no running item for a unit user');
}

describe('the supervision workflow in the browser', () => {
  it('a unit asks for an extension, the supervisor approves it, the unit asks to close, the supervisor closes with a rating', async () => {
    const { username, item } = await runningItemOfAUnit();
    const newDate = addDays(item.currentDueDate, 30);

    // The unit user asks for the extension on the item page.
    const unitContext = await newContext(session.browser);
    const unit = await watchedPage(unitContext);
    await loginViaApi(unitContext, username);
    await unit.page.goto(`/items/${item.id}`);
    await unit.page.getByTestId('wf-open-extension').click();
    await fillDate(unit.page, unit.page.getByTestId('wf-newDate'), newDate);
    await unit.page.getByTestId('wf-reason').fill('冬季施工受限，申请顺延');
    await unit.page.getByTestId('wf-submit').click();
    await unit.page
      .locator('[data-testid="request"][data-kind="extension"][data-status="pending"]')
      .waitFor();

    // The supervisor finds it in the inbox and approves it there.
    const page = session.w.page;
    await page.goto('/requests');
    const card = page.locator('.ant-card', { hasText: item.code });
    await card.getByTestId('decide-comment').fill('同意延期');
    await card.getByTestId('decide-approve').click();
    await expect
      .poll(async () => (await apiGet<ItemOut>(session.context, `/api/items/${item.id}`)).currentDueDate)
      .toBe(newDate);

    // The unit asks to close, explaining every milestone not done.
    await unit.page.reload();
    await unit.page.getByTestId('wf-open-completion').click();
    await unit.page.getByTestId('wf-statement').fill('主体工程完工并通过验收');
    const notes = unit.page.locator('.ant-modal input:not([type=file])');
    for (let i = 0; i < (await notes.count()); i++) await notes.nth(i).fill('已并入整体验收');
    // Without evidence the form refuses; with the final report attached it goes.
    await unit.page.getByTestId('wf-submit').click();
    await unit.page.getByText('办结申请须附上证明材料').waitFor();
    await unit.page.locator('.ant-modal input[type=file]').setInputFiles({
      name: '竣工验收报告.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('竣工验收报告：主体工程完工，验收合格。', 'utf8'),
    });
    await unit.page.locator('.ant-modal .ant-upload-list-item-done').waitFor();
    await unit.page.getByTestId('wf-submit').click();
    await unit.page
      .locator('[data-testid="request"][data-kind="completion"][data-status="pending"]')
      .waitFor();
    await unitContext.close();

    // The supervisor closes it with a rating on the item page.
    await page.goto(`/items/${item.id}`);
    // The evidence is on the request the supervisor closes.
    await page.getByTestId('request-evidence').getByText('竣工验收报告.txt').waitFor();
    const decide = page.getByTestId('decide-request');
    await decide.getByTestId('decide-rating').locator('.ant-rate-star').nth(4).click();
    await decide.getByTestId('decide-comment').fill('按期高质量完成');
    await decide.getByTestId('decide-approve').click();
    await page.locator('[data-testid="item-page"][data-status="completed"]').waitFor();
    await expect.poll(() => page.getByTestId('closing-rating').textContent()).toContain('优秀');

    // Each step is on the timeline, newest first.
    const kinds = await page
      .getByTestId('timeline-entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    // The final report's upload is on the timeline too, just before the request that names it.
    expect(kinds.slice(0, 3)).toEqual(['approve_completion', 'request_completion', 'file_uploaded']);
    expect(kinds.filter((k) => k !== 'file_uploaded').slice(0, 4)).toEqual([
      'approve_completion',
      'request_completion',
      'extension_granted',
      'request_submitted',
    ]);
    await screenshot(page, 'workflow-closed');
  });

  it('shows the settings screen with the calendar and approval chains to the supervisor', async () => {
    const page = session.w.page;
    await page.goto('/settings');
    await page.getByTestId('calendar-settings').waitFor();
    await page.getByTestId('approval-chains').getByText('安置房建设', { exact: false }).first().waitFor();
    await screenshot(page, 'workflow-settings');
  });
});
