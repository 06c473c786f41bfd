import { Secret, TOTP } from 'otpauth';
import { type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { List } from '../src/web/backend/client.js';
import type { ItemOut, LedgerOut, Me, UnitOut } from '../src/web/backend/types.js';
import {
  ADMIN_PASSWORD,
  apiAs,
  apiGet,
  BASE_URL,
  fillDate,
  launchBrowser,
  loginViaApi,
  loginViaForm,
  newContext,
  pageErrors,
  screenshot,
  USERS,
  watchedPage,
} from './support.js';

/**
 * The security administrator's screen (unlock, end a session, a policy
 * value), the TOTP second factor (set up, log in with a code, recovery) and a
 * milestone marked done on its actual date — as their users meet them.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const SECADMIN = 'secadmin';
const suffix = String(Date.now()).slice(-6);
const USERNAME = `e2esec${suffix}`;
const FIRST_PASSWORD = 'Ducha-e2e-2026!x';
const PASSWORD = 'Ducha-e2e-2027!y';
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
const codeAt = (secret: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: at,
  });

/** A unit user of its own, made by the system admin, its temporary password already changed. */
async function ownUser(): Promise<void> {
  const admin = await apiAs(USERS.admin, ADMIN_PASSWORD);
  const unit = (await apiGet<List<UnitOut>>(admin, '/api/units?pageSize=1')).items[0];
  const created = await admin.post('/api/users', {
    data: {
      username: USERNAME,
      displayName: '安全测试员',
      roles: ['unit'],
      unitId: unit.id,
      password: FIRST_PASSWORD,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  await admin.dispose();
  const user = await apiAs(USERNAME, FIRST_PASSWORD);
  const changed = await user.post('/api/auth/password', {
    data: { currentPassword: FIRST_PASSWORD, newPassword: PASSWORD },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  await user.dispose();
}

async function securityPage(size: 'desktop' | 'phone' = 'desktop') {
  const context = await newContext(browser, size);
  const w = await watchedPage(context);
  await loginViaForm(w.page, SECADMIN);
  // The security administrator lands on its own screen, not on "暂无专属工作台".
  await w.page.waitForURL((url) => url.pathname === '/security');
  await w.page.getByTestId('security-sessions').locator('tbody tr.ant-table-row').first().waitFor();
  return { context, ...w };
}

describe("the security administrator's screen", () => {
  it('unlocks a locked account, ends a session and changes a policy value; every step audited', async () => {
    await ownUser();
    // Five wrong passwords lock the account (the default threshold).
    const anon = await request.newContext({ baseURL: BASE_URL });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (
          await anon.post('/api/auth/login', { data: { username: USERNAME, password: 'wrong-1A!' } })
        ).status(),
      );
    expect(statuses.at(-1)).toBe(423);

    const { page, context, errors } = await securityPage();
    const row = page.getByTestId(`lockout-${USERNAME}`);
    await expect.poll(() => row.textContent()).toContain('已锁定');
    await screenshot(page, 'security-desktop');
    await page.getByTestId(`unlock-${USERNAME}`).click();
    await expect.poll(() => row.textContent()).toContain('未锁定');
    expect(
      (await anon.post('/api/auth/login', { data: { username: USERNAME, password: PASSWORD } })).status(),
    ).toBe(200);

    // The user's session shows with address and times, and ends from here.
    const victim = await apiAs(USERNAME, PASSWORD);
    expect((await victim.get('/api/auth/me')).status()).toBe(200);
    await page.reload();
    const session = page.getByTestId(`session-${USERNAME}`).first();
    await session.waitFor();
    expect(await session.textContent()).toContain('127.0.0.1');
    const sessionsBefore = await page.getByTestId(`session-${USERNAME}`).count();
    await session.getByTestId(`end-session-${USERNAME}`).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => page.getByTestId(`session-${USERNAME}`).count()).toBe(sessionsBefore - 1);
    // Whichever of the user's sessions ended, the rest end too, so the check below is certain. Each round
    // reads the list afresh (the secadmin's own session marks it loaded), so no click lands on a row that
    // is already gone.
    for (;;) {
      await page.reload();
      await page.locator('[data-testid^="session-"]').first().waitFor();
      const left = await page.getByTestId(`session-${USERNAME}`).count();
      if (left === 0) break;
      await page.getByTestId(`end-session-${USERNAME}`).first().click();
      await page
        .locator('.ant-popconfirm:visible')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expect.poll(() => page.getByTestId(`session-${USERNAME}`).count()).toBeLessThan(left);
    }
    expect((await victim.get('/api/auth/me')).status()).toBe(401);

    // A policy value, within the assessment's bounds.
    const idle = page.getByTestId('policy-session.idleMinutes');
    await idle.fill('25');
    await page.getByTestId('policy-save').click();
    const sec = await apiAs(SECADMIN);
    await expect
      .poll(async () => (await apiGet<Record<string, number>>(sec, '/api/settings'))['session.idleMinutes'])
      .toBe(25);
    await sec.patch('/api/settings', { data: { 'session.idleMinutes': 30 } });

    // The auditor finds each of the three actions in the log.
    const auditor = await apiAs(USERS.auditor);
    const log = await apiGet<{ items: { action: string }[] }>(auditor, '/api/audit?pageSize=100');
    const actions = log.items.map((r) => r.action);
    for (const a of ['user.unlock', 'session.end', 'settings.update']) expect(actions).toContain(a);
    expect(pageErrors({ page, errors })).toEqual([]);
    await Promise.all([victim.dispose(), sec.dispose(), auditor.dispose(), anon.dispose(), context.close()]);
  });

  it('is usable on a phone', async () => {
    const { page, context } = await securityPage('phone');
    await page.getByTestId('security-policy').scrollIntoViewIfNeeded();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375 + 1);
    await screenshot(page, 'security-phone');
    await context.close();
  });
});

describe('the second factor', () => {
  it('sets up an authenticator, logs in with its code, and is reset by the security administrator', async () => {
    const context = await newContext(browser);
    const { page } = await watchedPage(context);
    await loginViaForm(page, USERNAME, PASSWORD);
    await page.goto('/account/second-factor');
    await page.getByTestId('mfa-start').click();
    await page.getByTestId('mfa-qr').waitFor();
    const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'second-factor-enrol');
    await page.getByTestId('mfa-code').fill(codeAt(secret, Date.now()));
    await page.getByTestId('mfa-confirm').click();
    await page.waitForURL((url) => url.pathname === '/home');
    await context.close();

    // The next login asks for a code after the password.
    const again = await newContext(browser, 'phone');
    const p2 = (await watchedPage(again)).page;
    await p2.goto('/login');
    await p2.getByTestId('login-username').fill(USERNAME);
    await p2.getByTestId('login-password').fill(PASSWORD);
    await p2.getByTestId('login-submit').click();
    await p2.getByTestId('login-code').waitFor();
    await p2.getByTestId('login-code').fill('000000');
    await p2.getByTestId('login-code-submit').click();
    await p2.getByTestId('login-code-error').waitFor();
    // The step after the one used to confirm: never a code twice.
    await p2.getByTestId('login-code').fill(codeAt(secret, Date.now() + 30_000));
    await p2.getByTestId('login-code-submit').click();
    await p2.waitForURL((url) => url.pathname === '/home');
    const me = await apiGet<Me>(again, '/api/auth/me');
    expect(me.secondFactor).toBe('enrolled');

    // Recovery: the security administrator resets it; the user's session ends.
    const { page: sp, context: sc } = await securityPage();
    await sp.getByTestId(`factor-${USERNAME}`).waitFor();
    await sp.getByTestId(`reset-factor-${USERNAME}`).click();
    await sp
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await expect.poll(() => sp.getByTestId(`factor-${USERNAME}`).count()).toBe(0);
    expect((await again.request.get('/api/auth/me')).status()).toBe(401);
    const plain = await apiAs(USERNAME, PASSWORD);
    expect(((await (await plain.get('/api/auth/me')).json()) as Me).secondFactor).toBe('optional');
    await Promise.all([plain.dispose(), again.close(), sc.close()]);
  });
});

describe('a milestone done on its actual date', () => {
  it('records the date and a note; the roadmap shows planned against actual, the timeline says it', async () => {
    const sup = await apiAs(USERS.supervisor);
    const ledger = (await apiGet<List<LedgerOut>>(sup, '/api/ledgers?pageSize=1')).items[0];
    const unit = (await apiGet<List<UnitOut>>(sup, '/api/units?pageSize=1')).items[0];
    const created = await sup.post('/api/items', {
      data: {
        ledgerId: ledger.id,
        title: `雨污分流改造（浏览器测试 ${suffix}）`,
        source: 'meeting',
        goal: '完成雨污分流改造',
        startDate: inDays(-60),
        dueDate: inDays(200),
        cadence: 'monthly',
        responsibilities: [{ unitId: unit.id, role: 'lead' }],
        milestones: [{ title: '管网铺设完成', plannedDate: inDays(-30) }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const item = (await created.json()) as ItemOut;
    const assigned = await sup.post(`/api/items/${item.id}/transitions`, {
      data: { action: 'assign', version: item.version },
    });
    expect(assigned.status()).toBe(200);

    const context = await newContext(browser);
    await loginViaApi(context, USERS.supervisor);
    const w = await watchedPage(context);
    await w.page.goto(`/items/${item.id}`);
    const roadmap = w.page.getByTestId('item-roadmap');
    await roadmap.getByTestId('milestone-done').click();
    const dialog = w.page.getByTestId('milestone-done-dialog');
    await dialog.waitFor();
    const actual = inDays(-20);
    await fillDate(w.page, dialog.getByTestId('milestone-done-date'), actual);
    await expect
      .poll(() => dialog.getByTestId('milestone-done-lateness').textContent())
      .toContain('晚 10 天');
    await dialog.getByTestId('milestone-done-note').fill('管网已通水试验合格');
    await w.page.getByTestId('milestone-done-ok').click();
    await expect
      .poll(() => roadmap.getByTestId('milestone-note').textContent())
      .toContain('管网已通水试验合格');
    const text = await roadmap.getByTestId('milestone').first().textContent();
    expect(text).toContain('晚于计划 10 天完成');
    await screenshot(w.page, 'milestone-actual-date');

    const saved = await apiGet<ItemOut>(sup, `/api/items/${item.id}`);
    expect(saved.milestones[0]).toMatchObject({ doneDate: actual, doneNote: '管网已通水试验合格' });
    const timeline = await apiGet<{ items: { kind: string; text: string }[] }>(
      sup,
      `/api/items/${item.id}/timeline`,
    );
    expect(timeline.items.find((e) => e.kind === 'milestone_done')?.text).toContain('逾期 10 天');
    expect(today() > actual).toBe(true);
    expect(pageErrors(w)).toEqual([]);
    await Promise.all([sup.dispose(), context.close()]);
  });
});
