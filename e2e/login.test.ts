import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, aUnitUser, loginViaForm, sessionPerTest, USERS } from './support.js';

const session = sessionPerTest(null);

describe('logging in', () => {
  it('sends a visitor without a session to the login page, in Chinese', async () => {
    const { page } = session.w;
    await page.goto('/');
    await page.waitForURL('**/login**');
    await expect.poll(() => page.getByTestId('login-card').textContent()).toContain('登录');
    expect(await page.getByTestId('login-submit').textContent()).toContain('登录');
    expect(await page.title()).toBe('督察台账');
  });

  it('takes a supervisor from the login form to the cockpit', async () => {
    const { page } = session.w;
    await page.goto('/login');
    await loginViaForm(page, USERS.supervisor);
    await page.waitForURL('**/cockpit');
    await page.getByTestId('cockpit-total').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toContain('领导驾驶舱');
    expect(await page.getByTestId('user-menu').textContent()).toContain('周明远');
  });

  it('takes a leader from the login form to the cockpit', async () => {
    const { page } = session.w;
    await page.goto('/login');
    await loginViaForm(page, USERS.leader);
    await page.waitForURL('**/cockpit');
    await page.getByTestId('cockpit-total').waitFor();
    expect(await page.getByTestId('user-menu').textContent()).toContain('郑国栋');
    // A leader reads; the supervisor's "new item" entry is not in the menu.
    expect(await page.getByTestId('nav-items-new').count()).toBe(0);
  });

  it('takes a unit user from the login form to the unit home 我的事项', async () => {
    const { page } = session.w;
    const user = await aUnitUser();
    await page.goto('/login');
    await loginViaForm(page, user.username);
    await page.waitForURL('**/home');
    await page.getByTestId('unit-home').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toContain('我的事项');
    // The unit user's menu has no cockpit and no ledgers.
    await page.getByTestId('nav-home').waitFor();
    expect(await page.getByTestId('nav-cockpit').count()).toBe(0);
    expect(await page.getByTestId('nav-ledgers').count()).toBe(0);
  });

  it('takes the system admin to user management', async () => {
    const { page } = session.w;
    await page.goto('/login');
    await loginViaForm(page, USERS.admin, ADMIN_PASSWORD);
    await page.waitForURL('**/admin/users');
    await page.getByTestId('users-table').waitFor();
  });

  it('shows 用户名或密码错误 for a wrong password and stays on the login page', async () => {
    const { page } = session.w;
    await page.goto('/login');
    await page.getByTestId('login-username').fill(USERS.supervisor2);
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('用户名或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
    const me = await session.context.request.get('/api/auth/me');
    expect(me.status()).toBe(401);
  });

  it('asks for the username and password in Chinese when they are left empty', async () => {
    const { page } = session.w;
    await page.goto('/login');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-form').textContent()).toContain('请输入用户名');
    expect(await page.getByTestId('login-form').textContent()).toContain('请输入密码');
  });

  it('opens the page asked for before logging in once the user has logged in', async () => {
    const { page } = session.w;
    await page.goto('/items?light=red');
    await page.waitForURL('**/login?next=**');
    await loginViaForm(page, USERS.supervisor);
    await page.waitForURL((url) => url.pathname === '/items' && url.searchParams.get('light') === 'red');
    await page.getByTestId('items-total').waitFor();
  });

  it('logs out from the user menu back to the login page and ends the session', async () => {
    const { page } = session.w;
    await page.goto('/login');
    await loginViaForm(page, USERS.supervisor);
    await page.getByTestId('cockpit-total').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await page.getByTestId('login-form').waitFor();
    expect((await session.context.request.get('/api/auth/me')).status()).toBe(401);
    // The cockpit is no longer reachable.
    await page.goto('/cockpit');
    await page.waitForURL('**/login?next=**');
  });
});
