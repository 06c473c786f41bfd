import { describe, expect, it } from 'vitest';
import type { ItemOut, LedgerOut, List } from '../src/core/schemas/index.js';
import { ADMIN_PASSWORD, apiAs, apiGet, loginViaApi, screenshot, sessionPerTest, USERS } from './support.js';

/** The first-week polish of the ledger and cockpit (issue 12), seen at 1440×900 as a user sees it. */
const session = sessionPerTest(null);

describe('the cockpit', () => {
  it('leads with the overdue list — lead unit, leader and reason — above the fold', async () => {
    const { page } = session.w;
    await loginViaApi(session.context, USERS.leader);
    await page.goto('/cockpit');
    const rows = page.getByTestId('at-risk-row');
    await rows.first().waitFor();
    const first = rows.first();
    const box = await first.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(900);
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('牵头单位');
    expect(text).toMatch(/已超期 \d+ 天|滞后/);
    await screenshot(page, 'polish-cockpit-1440');
  });
});

describe('a 台账 table at 1440 px', () => {
  it('shows 主管领导 / 分管副职 / 具体责任人 without scrolling sideways, and prints every column without the chrome', async () => {
    const { page } = session.w;
    await loginViaApi(session.context, USERS.supervisor);
    const ledgers = await apiGet<List<LedgerOut>>(session.context, '/api/ledgers?pageSize=200');
    const ledger = ledgers.items.find((l) => l.code === 'JLH') ?? ledgers.items[0]!;
    await page.goto(`/ledgers/${ledger.id}`);
    await page.getByTestId('item-row').first().waitFor();
    const table = await page.locator('.ant-table-container').boundingBox();
    for (const key of ['leader', 'deputy', 'responsible']) {
      const header = page.locator(`.ant-table-thead [data-testid="col-${key}"]`).first();
      const box = await header.boundingBox();
      expect(box, key).not.toBeNull();
      // Inside the visible part of the table, not under the pinned right-hand columns.
      expect(box!.x + box!.width, key).toBeLessThanOrEqual(table!.x + table!.width - 330);
    }
    await screenshot(page, 'polish-ledger-1440');

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.locator('.ant-layout-header').isVisible()).toBe(false);
    expect(await page.locator('.no-print').first().isVisible()).toBe(false);
    // Every column, the task book and the cooperating units included, in the one table's own header row.
    const headers = await page.locator('table thead th').allTextContents();
    for (const title of ['主管领导', '分管副职', '具体责任人', '配合单位', '任务书'])
      expect(headers.join('|')).toContain(title);
    expect(await page.locator('.ant-table-header').count()).toBe(0);
    await page.pdf({ path: 'e2e-screenshots/polish-ledger-print.pdf', landscape: true, format: 'A3' });
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('a unit home and an item', () => {
  it('says per item whether the unit leads or cooperates', async () => {
    const admin = await apiAs(USERS.admin, ADMIN_PASSWORD);
    const sup = await apiAs(USERS.supervisor);
    const open = await apiGet<List<ItemOut>>(sup, '/api/items?pageSize=200&status=in_progress');
    // A unit that leads one open item and cooperates on another.
    const unitId = open.items
      .flatMap((i) => i.responsibilities.filter((r) => r.role === 'cooperating'))
      .find((r) =>
        open.items.some((i) => i.responsibilities.some((x) => x.unitId === r.unitId && x.role === 'lead')),
      )?.unitId;
    expect(unitId, 'a demo unit that both leads and cooperates').toBeTruthy();
    const users = await apiGet<List<{ username: string; unitId: string | null; roles: string[] }>>(
      admin,
      '/api/users?pageSize=200',
    );
    const user = users.items.find((u) => u.unitId === unitId && u.roles.includes('unit'))!;
    const { page } = session.w;
    await loginViaApi(session.context, user.username);
    await page.goto('/home');
    await page.getByTestId('home-role').first().waitFor();
    const roles = await page
      .getByTestId('home-role')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-role')));
    for (const r of roles) expect(['lead', 'cooperating', 'undertaking']).toContain(r);
    expect(roles.length).toBeGreaterThan(0);
    await screenshot(page, 'polish-unit-home-1440');
  });

  it('keeps 撤销 apart from 交办 and says what it does before it is done', async () => {
    const { page } = session.w;
    await loginViaApi(session.context, USERS.supervisor);
    const drafts = await apiGet<List<ItemOut>>(session.context, '/api/items?pageSize=50&status=draft');
    const draft = drafts.items.find((i) => i.actions.includes('assign') && i.actions.includes('cancel'));
    expect(draft, 'a demo draft with a lead unit').toBeTruthy();
    await page.goto(`/items/${draft!.id}`);
    const assign = page.getByTestId('action-assign');
    const cancel = page.getByTestId('item-actions-danger').getByTestId('action-cancel');
    await assign.waitFor();
    const a = (await assign.boundingBox())!;
    const c = (await cancel.boundingBox())!;
    expect(c.x - (a.x + a.width)).toBeGreaterThan(100);
    await cancel.click();
    await page.getByTestId('action-danger-warning').waitFor();
    expect(await page.getByTestId('action-danger-warning').textContent()).toContain('撤销后');
    await screenshot(page, 'polish-cancel-confirm');
    // Not confirmed: the draft stays a draft.
    await page.keyboard.press('Escape');
    expect((await apiGet<ItemOut>(session.context, `/api/items/${draft!.id}`)).status).toBe('draft');
  });
});
