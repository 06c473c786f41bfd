import { describe, expect, it } from 'vitest';
import type { UserOut } from '../src/core/schemas/index.js';
import {
  ADMIN_PASSWORD,
  apiAs,
  aUnitUser,
  loginViaForm,
  screenshot,
  sessionPerTest,
  USERS,
} from './support.js';

const session = sessionPerTest(null);

describe('a temporary password', () => {
  it('leads a new user to 修改密码 first, says what is wrong at the field, then lets them in', async () => {
    const { page } = session.w;
    const unit = await aUnitUser();
    const admin = await apiAs(USERS.admin, ADMIN_PASSWORD);
    const username = `e2e-pw-${Date.now().toString(36)}`;
    const res = await admin.post('/api/users', {
      data: {
        username,
        password: 'Temporary-Pass-1',
        displayName: '新联络员',
        roles: ['unit'],
        unitId: unit.unitId,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    const created = (await res.json()) as UserOut;
    await admin.dispose();

    await page.goto('/login');
    await loginViaForm(page, username, 'Temporary-Pass-1');
    await page.waitForURL('**/account/password');
    expect(await page.getByTestId('password-change-reason').textContent()).toContain('临时密码');
    // Another screen by URL leads back here.
    await page.goto('/home');
    await page.waitForURL('**/account/password');

    await page.getByTestId('current-password').fill('Temporary-Pass-1');
    await page.getByTestId('new-password').fill('alllowercase');
    await page.getByTestId('confirm-password').fill('alllowercase');
    await page.getByTestId('password-submit').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').allTextContents())
      .toContain('密码须包含大写字母、小写字母、数字、符号中的至少三类');
    await screenshot(page, 'password-change');

    await page.getByTestId('new-password').fill('My-Own-Choice-2027');
    await page.getByTestId('confirm-password').fill('My-Own-Choice-2027');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('unit-home').waitFor();
    expect(created.username).toBe(username);
  });
});
