import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut, List, UserOut } from '../src/core/schemas/index.js';
import {
  apiAs,
  apiGet,
  launchBrowser,
  loginViaApi,
  newContext,
  pageErrors,
  screenshot,
  USERS,
  unitUsers,
  watchedPage,
} from './support.js';

/**
 * The bell: a unit user's page shows the unread count, which goes up without
 * a reload when a leader's instruction notifies them, and down when they mark
 * the notification read. Also looked at on a phone.
 */
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let user: UserOut;
let item: ItemOut;

beforeAll(async () => {
  browser = await launchBrowser();
  // A unit user who is the responsible person (具体责任人) of an open item.
  const sup = await apiAs(USERS.supervisor);
  const items = (await apiGet<List<ItemOut>>(sup, '/api/items?pageSize=200&status=in_progress')).items;
  await sup.dispose();
  const users = await unitUsers();
  for (const i of items) {
    const r = i.responsibilities.find((x) => x.responsibleId && users.some((u) => u.id === x.responsibleId));
    if (r) {
      item = i;
      user = users.find((u) => u.id === r.responsibleId) as UserOut;
      break;
    }
  }
  expect(user, 'a unit user responsible for an open item').toBeTruthy();
});
afterAll(() => browser?.close());

const bellCount = async (context: BrowserContext) => {
  const pages = context.pages();
  return Number(await pages[pages.length - 1].getByTestId('bell-count').getAttribute('data-count'));
};

describe('the bell', () => {
  it('counts up live when an instruction arrives, and down when it is read', async () => {
    const context = await newContext(browser);
    const w = await watchedPage(context);
    await loginViaApi(context, user.username);
    await w.page.goto('/notifications');
    await w.page.getByTestId('notifications-page').waitFor();
    const unread = (await apiGet<{ unread: number }>(context, '/api/notifications/unread-count')).unread;
    await expect.poll(() => bellCount(context)).toBe(unread);

    const title = `督办测试批示 ${String(Date.now()).slice(-6)}`;
    const leader = await apiAs(USERS.leader);
    const res = await leader.post(`/api/items/${item.id}/instructions`, { data: { content: title } });
    expect(res.status(), await res.text()).toBe(201);
    await leader.dispose();

    // No reload: the stream moves the bell and the list shows the new notification.
    await expect.poll(() => bellCount(context)).toBe(unread + 1);
    const mine = w.page.getByTestId('notification').filter({ hasText: title });
    await mine.waitFor();
    expect(await mine.getAttribute('data-read')).toBe('no');
    await screenshot(w.page, 'notifications-desktop');

    await mine.getByTestId('mark-read').click();
    await expect.poll(() => bellCount(context)).toBe(unread);
    await expect.poll(() => mine.getAttribute('data-read')).toBe('yes');
    expect(pageErrors(w)).toEqual([]);
    await context.close();
  });

  it('shows the notifications and preferences on a phone', async () => {
    const context = await newContext(browser, 'phone');
    const w = await watchedPage(context);
    await loginViaApi(context, user.username);
    await w.page.goto('/notifications');
    await w.page.getByTestId('notification').first().waitFor();
    await screenshot(w.page, 'notifications-phone');
    await w.page.getByTestId('to-preferences').click();
    await w.page.getByTestId('preferences-page').waitFor();
    await w.page.getByTestId('pref-save').waitFor();
    await screenshot(w.page, 'preferences-phone');
    expect(pageErrors(w)).toEqual([]);
    await context.close();
  });
});
