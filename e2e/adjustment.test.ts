import { describe, expect, it } from 'vitest';
import type { ItemOut, List, RequestOut, UserOut } from '../src/core/schemas/index.js';
import {
  ADMIN_PASSWORD,
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

/** A running item with targets led by a demo unit user's unit, no request pending, and who decides the leader step. */
async function itemToAdjust(): Promise<{ unit: string; leader: string; item: ItemOut }> {
  const admin = await apiAs(USERS.admin, ADMIN_PASSWORD);
  const all = await apiGet<List<UserOut>>(admin, '/api/users?pageSize=200');
  await admin.dispose();
  const leaderLogin = all.items.find((u) => u.username === USERS.leader);
  for (const u of await unitUsers()) {
    const api = await apiAs(u.username);
    const { items } = await apiGet<List<ItemOut>>(
      api,
      `/api/items?unitId=${u.unitId}&unitRole=lead&status=in_progress&pageSize=50`,
    );
    for (const item of items) {
      if (!item.targets.length || !item.requestKinds.includes('adjustment')) continue;
      const lead = item.responsibilities.find((r) => r.role === 'lead');
      const leader = lead?.leaderId ? all.items.find((x) => x.id === lead.leaderId) : leaderLogin;
      if (!leader?.roles.includes('leader')) continue;
      const reqs = await apiGet<List<RequestOut>>(api, `/api/items/${item.id}/requests`);
      if (!reqs.items.some((r) => r.status === 'pending')) {
        await api.dispose();
        return { unit: u.username, leader: leader.username, item };
      }
    }
    await api.dispose();
  }
  throw new Error('the demo has no running item with targets for a unit user');
}

describe('an adjustment request (调整申请) with a target change', () => {
  it('is proposed on a form, shown before/after to each approver, and applied on the last approval', {
    timeout: 180_000,
  }, async () => {
    const { unit: unitName, leader: leaderName, item } = await itemToAdjust();
    const target = item.targets[0];
    const newValue = target.targetValue + 7;
    const sup = await pageAs(USERS.supervisor);
    const chainUrl = `/api/ledgers/${item.ledgerId}/approval-chain`;
    const chainBefore = await apiGet<{ steps: string[]; isDefault: boolean }>(sup.page.context(), chainUrl);
    const put = await sup.page.context().request.put(chainUrl, { data: { steps: ['supervisor', 'leader'] } });
    expect(put.status()).toBe(200);
    try {
      // The unit proposes the new target value (on a phone: the drawer is the whole screen).
      const unit = await pageAs(unitName, 'phone');
      await unit.page.goto(`/items/${item.id}`);
      await unit.page.getByTestId('wf-open-adjustment').click();
      const form = unit.page.getByTestId('adjustment-form');
      await form.waitFor();
      await noSidewaysScroll(unit);
      await screenshot(unit.page, 'adjustment-form-phone');
      const value = form.getByTestId('target-row').first().locator('.ant-input-number-input').first();
      await value.fill(String(newValue));
      await unit.page.getByTestId('adj-reason').fill('安置户数核减，指标相应调整');
      await unit.page.getByTestId('adj-submit').click();
      await unit.page
        .locator('[data-testid="request"][data-kind="adjustment"][data-status="pending"]')
        .waitFor();
      expect(pageErrors(unit)).toEqual([]);
      await unit.page.context().close();

      // The supervisor sees the before/after and approves the first step; nothing moves yet.
      await sup.page.goto(`/items/${item.id}`);
      const diff = sup.page.getByTestId('diff-row').filter({ hasText: target.name }).first();
      await expect.poll(() => diff.getByTestId('diff-after').textContent()).toContain(String(newValue));
      expect(await diff.getByTestId('diff-before').textContent()).toContain(String(target.targetValue));
      await screenshot(sup.page, 'adjustment-diff');
      await sup.page.getByTestId('decide-comment').fill('同意调整');
      await sup.page.getByTestId('decide-approve').click();
      await sup.page
        .locator('[data-testid="request"][data-kind="adjustment"]')
        .getByText('同意调整')
        .waitFor();
      const mid = await apiGet<ItemOut>(sup.page.context(), `/api/items/${item.id}`);
      expect(mid.targets[0].targetValue).toBe(target.targetValue);

      // The leader in charge approves the last step on a phone; the item now has the new target.
      const leader = await pageAs(leaderName, 'phone');
      await leader.page.goto(`/items/${item.id}`);
      await leader.page.getByTestId('request-diff').waitFor();
      await noSidewaysScroll(leader);
      await screenshot(leader.page, 'adjustment-leader-phone');
      await leader.page.getByTestId('decide-comment').fill('同意');
      await leader.page.getByTestId('decide-approve').click();
      await leader.page
        .locator('[data-testid="request"][data-kind="adjustment"][data-status="approved"]')
        .waitFor();
      expect(pageErrors(leader)).toEqual([]);
      await leader.page.context().close();
      const after = await apiGet<ItemOut>(sup.page.context(), `/api/items/${item.id}`);
      expect(after.targets[0]).toMatchObject({ id: target.id, targetValue: newValue });
      const timeline = await apiGet<{ items: { kind: string }[] }>(
        sup.page.context(),
        `/api/items/${item.id}/timeline`,
      );
      expect(timeline.items.slice(0, 3).map((e) => e.kind)).toEqual([
        'adjusted',
        'request_step_approved',
        'request_submitted',
      ]);
    } finally {
      if (!chainBefore.isDefault)
        await sup.page.context().request.put(chainUrl, { data: { steps: chainBefore.steps } });
      else await sup.page.context().request.put(chainUrl, { data: { steps: ['supervisor'] } });
      expect(pageErrors(sup)).toEqual([]);
      await sup.page.context().close();
    }
  });
});
