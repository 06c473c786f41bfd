/**
 * Shared helpers of the browser tests: the server scripts/e2e.js started, a
 * Chromium per test file, a fresh context per test, logins through the form or
 * the API (with the same cookie jar as the page), and screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
  request,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { ItemOut, List, UserOut } from '../src/core/schemas/index.js';

export const BASE_URL = process.env.DUCHA_E2E_BASE_URL ?? '';
if (!BASE_URL)
  throw new Error('DUCHA_E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`');
export const DEMO_PASSWORD = process.env.DUCHA_E2E_DEMO_PASSWORD ?? 'demo12345';
export const ADMIN_PASSWORD = process.env.DUCHA_E2E_ADMIN_PASSWORD ?? 'admin12345';
export const SCREENSHOTS = process.env.DUCHA_E2E_SCREENSHOTS ?? join(process.cwd(), 'e2e-screenshots');

/** The demo district's logins (src/server/tools/demo). */
export const USERS = {
  supervisor: 'duchashi',
  supervisor2: 'duchayuan',
  leader: 'lingdao',
  admin: 'admin',
  auditor: 'auditor',
} as const;

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 375, height: 812 };

// The API's shapes are core's (src/core/schemas), the same types the server and the web app use.

// ---- browser ----

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh context (no cookies, no storage, cold cache) in Chinese, on China time. */
export function newContext(browser: Browser, size: 'desktop' | 'phone' = 'desktop'): Promise<BrowserContext> {
  const phone = size === 'phone';
  return browser.newContext({
    baseURL: BASE_URL,
    viewport: phone ? PHONE : DESKTOP,
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

export interface Watched {
  page: Page;
  /** console.error messages and uncaught exceptions, in order. */
  errors: string[];
}

/** A new page whose console errors and uncaught exceptions are collected. */
export async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

/** Uncaught exceptions only (a failed request the test provoked may log a console error). */
export function pageErrors(w: Watched): string[] {
  return w.errors.filter((e) => e.startsWith('pageerror:'));
}

// ---- logging in ----

/** Logs in through the login form; the app then shows the role's home screen. */
export async function loginViaForm(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Logs in through the API with the context's own cookie jar, and leaves the
 * app's "this browser has a session" hint, as the login form would.
 */
export async function loginViaApi(context: BrowserContext, username: string, password = DEMO_PASSWORD) {
  const res = await context.request.post('/api/auth/login', { data: { username, password } });
  expect(res.status(), `login of ${username}`).toBe(200);
  await context.addInitScript(() => localStorage.setItem('ducha.session', '1'));
}

/** GET from the API as the context's user (the page's cookie). */
export async function apiGet<T>(ctx: BrowserContext | APIRequestContext, path: string): Promise<T> {
  const req = 'request' in ctx ? ctx.request : ctx;
  const res = await req.get(path);
  expect(res.status(), `GET ${path}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

/** An API client of its own (not tied to a page), logged in as `username`. */
export async function apiAs(username: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: BASE_URL });
  const res = await api.post('/api/auth/login', { data: { username, password } });
  expect(res.status(), `login of ${username}`).toBe(200);
  return api;
}

let unitUsersCache: UserOut[] | null = null;

/** The demo's unit users (from GET /api/users as the system admin), those with a unit first. */
export async function unitUsers(): Promise<UserOut[]> {
  if (unitUsersCache) return unitUsersCache;
  const admin = await apiAs(USERS.admin, ADMIN_PASSWORD);
  const list = await apiGet<List<UserOut> | UserOut[]>(admin, '/api/users?pageSize=200');
  await admin.dispose();
  const users = Array.isArray(list) ? list : list.items;
  unitUsersCache = users.filter((u) => u.roles.includes('unit') && u.unitId);
  return unitUsersCache;
}

/** A unit user with items: the demo's 区城市管理局 contact when present, else the first unit user. */
export async function aUnitUser(): Promise<UserOut> {
  const users = await unitUsers();
  const user = users.find((u) => u.username === 'cgj-r1') ?? users[0];
  if (!user) throw new Error('the demo has no unit user');
  return user;
}

/** An open item with targets, a full chain of responsibility, cooperating units and a roadmap. */
export async function showcaseItem(ctx: BrowserContext | APIRequestContext): Promise<ItemOut> {
  const list = await apiGet<List<ItemOut>>(ctx, '/api/items?status=in_progress&pageSize=200&sort=code');
  const item = list.items.find(
    (i) =>
      i.targets.length > 0 &&
      i.goal &&
      i.milestones.length >= 2 &&
      i.responsibilities.length >= 2 &&
      i.responsibilities.some((r) => r.role === 'lead' && r.leader && r.deputy && r.responsible),
  );
  if (!item) throw new Error('the demo has no fully described open item');
  return item;
}

// ---- the UI ----

/** `/items?…` as the API's query string for the same filters (page 1, sorted by code like the table). */
export function itemsQuery(params: Record<string, string | undefined>, pageSize = 20): string {
  const q = new URLSearchParams({ page: '1', pageSize: String(pageSize), sort: 'code' });
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, v);
  // A search without a sort is ranked (best matches first), as the web list asks for it.
  if (params.q && !params.sort) q.delete('sort');
  return `/api/items?${q}`;
}

/** Waits until the item table (or the phone's card list) says it holds `total` items. */
export async function expectListTotal(page: Page, total: number): Promise<void> {
  await expect
    .poll(async () => page.getByTestId('items-table').first().getAttribute('data-total'), { timeout: 15_000 })
    .toBe(String(total));
}

/** The codes shown in the table's rows, top to bottom, once they equal `expected` (or the timeout). */
export async function expectRowCodes(page: Page, expected: string[]): Promise<void> {
  await expect
    .poll(
      async () =>
        page
          .getByTestId('item-row')
          .evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent?.trim() ?? '')),
      { timeout: 15_000 },
    )
    .toEqual(expected);
}

/** Picks an option in an antd Select: opens it, types `search` if given, clicks the option named `label`. */
export async function pickOption(page: Page, select: Locator, label: string, search?: string): Promise<void> {
  await select.click();
  if (search) await page.keyboard.type(search);
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: label })
    .first();
  await option.click();
}

/** Types a date (YYYY-MM-DD) into an antd DatePicker input and confirms it. */
export async function fillDate(page: Page, input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(date);
  await page.keyboard.press('Escape');
}

/**
 * Waits until every ECharts chart on the page has drawn its canvas and, unless
 * `settle` is false, finished its entry animation (for clicks and screenshots).
 */
export async function chartsDrawn(page: Page, testIds: string[], settle = true): Promise<void> {
  for (const id of testIds) await page.locator(`[data-testid="${id}"] canvas`).first().waitFor();
  if (settle) await page.waitForTimeout(1200);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** One Chromium for the test file; read `files.browser` inside tests and hooks. */
export function browserPerFile(): { browser: Browser } {
  const files = {} as { browser: Browser };
  beforeAll(async () => {
    files.browser = await launchBrowser();
  });
  afterAll(async () => {
    await files.browser?.close();
  });
  return files;
}

/**
 * How each test's page logs in: as a username through the API, by a function
 * of its own (e.g. through the form), or not at all (null: the test logs in).
 */
export type SessionLogin =
  | string
  | ((session: { context: BrowserContext; w: Watched }) => Promise<void>)
  | null;

/**
 * The usual set-up of a test file: one browser for the file, and per test a
 * fresh context and watched page, logged in as `login` says; a test fails on
 * an uncaught page error. Read `session.context` and `session.w` inside tests.
 */
export function sessionPerTest(login: SessionLogin) {
  const session = browserPerFile() as { browser: Browser; context: BrowserContext; w: Watched };
  beforeEach(async () => {
    session.context = await newContext(session.browser);
    session.w = await watchedPage(session.context);
    if (typeof login === 'string') await loginViaApi(session.context, login);
    else if (login) await login(session);
  });
  afterEach(async () => {
    expect(pageErrors(session.w)).toEqual([]);
    await session.context.close();
  });
  return session;
}
