import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ItemOut, LedgerOut, List } from '../src/core/schemas/index.js';
import type { TemplateOut } from '../src/core/schemas/template.js';
import { apiGet, expectListTotal, pickOption, screenshot, sessionPerTest, USERS } from './support.js';

const session = sessionPerTest(USERS.supervisor);

async function ledgerNamed(name: string): Promise<LedgerOut> {
  const ledgers = await apiGet<List<LedgerOut>>(session.context, '/api/ledgers?pageSize=200');
  const ledger = ledgers.items.find((l) => l.name === name);
  if (!ledger) throw new Error(`no ledger ${name}`);
  return ledger;
}

/** The input of an antd control, whether the test id is on the input itself or on a wrapper. */
const inputOf = (l: Locator) => l.locator('xpath=self::input | .//input').first();

async function put(path: string, data: unknown) {
  const res = await session.context.request.put(path, { data });
  expect(res.status(), `PUT ${path}: ${await res.text()}`).toBe(200);
  return res.json();
}

describe('ledger templates in the web app', () => {
  it('edits the template: a choice field, the 倒排工期 chain with its preview, and a stale save said plainly', async () => {
    const { page } = session.w;
    const ledger = await ledgerNamed('安置房建设');
    await page.goto(`/ledgers/${ledger.id}`);
    await page.getByTestId('edit-template').click();
    await page.waitForURL(`**/ledgers/${ledger.id}/template`);
    const form = page.getByTestId('template-form');
    await form.waitFor();
    const before = await apiGet<TemplateOut>(session.context, `/api/ledgers/${ledger.id}/template`);
    expect(await page.getByTestId('template-field-row').count()).toBe(before.fields.length);
    await expect.poll(() => page.getByTestId('remove-explained').textContent()).toContain('已停用字段');

    // The preview lays the chain back from the sample due date: 主体封顶 = 时限 − 90天.
    const preview = page.getByTestId('milestone-preview');
    await expect.poll(() => preview.textContent()).toContain('主体封顶 = 时限 − 90天');
    expect(await preview.textContent()).toContain('2026年10月2日');
    const days = inputOf(page.getByTestId('milestone-days').nth(1));
    await days.fill('60');
    await expect.poll(() => preview.textContent()).toContain('主体封顶 = 时限 − 60天');
    expect(await preview.textContent()).toContain('2026年11月1日');

    // A new choice field.
    await page.getByTestId('add-field').click();
    const row = page.getByTestId('template-field-row').last();
    await row.getByTestId('field-label').fill('建设性质');
    await pickOption(page, row.getByTestId('field-type'), '单选');
    const choices = row.getByTestId('field-choices');
    await choices.click();
    await page.keyboard.type('新建');
    await page.keyboard.press('Enter');
    await page.keyboard.type('续建');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await screenshot(page, 'template-edit');
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'template-edit-phone');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('template-save').click();
    await expect
      .poll(() => page.getByTestId('template-version').textContent())
      .toContain(`第${before.version + 1}版`);
    const saved = await apiGet<TemplateOut>(session.context, `/api/ledgers/${ledger.id}/template`);
    expect(saved.fields.at(-1)).toMatchObject({
      label: '建设性质',
      type: 'choice',
      choices: ['新建', '续建'],
    });
    expect(saved.milestones.find((m) => m.title === '主体封顶')?.daysBeforeDue).toBe(60);

    // Someone else saves meanwhile: this page's save is refused and says so.
    await put(`/api/ledgers/${ledger.id}/template`, { ...saved, version: saved.version });
    await days.fill('90');
    await page.getByTestId('template-save').click();
    await page.getByTestId('template-stale').waitFor();
    await page.getByTestId('template-reload').click();
    await expect
      .poll(() => page.getByTestId('template-version').textContent())
      .toContain(`第${saved.version + 1}版`);
    await inputOf(page.getByTestId('milestone-days').nth(1)).fill('90');
    await page.getByTestId('template-save').click();
    await expect
      .poll(() => page.getByTestId('template-version').textContent())
      .toContain(`第${saved.version + 2}版`);
  });

  it('shows template fields as columns and filters the list by them, kept in the URL', async () => {
    const { page } = session.w;
    const ledger = await ledgerNamed('安置房建设');
    const items = await apiGet<List<ItemOut>>(session.context, `/api/items?ledgerId=${ledger.id}&pageSize=3`);
    const [a, b] = items.items;
    await put(`/api/items/${a.id}/fields`, { households: 99999, capped_on: '2026-09-30' });
    await put(`/api/items/${b.id}/fields`, { households: 300 });
    await page.goto(`/ledgers/${ledger.id}`);
    await page.getByTestId('items-table').waitFor();
    // The template's filter button shows once the template has loaded: only then does the
    // column chooser hold the template's fields, so it does not grow and move while open.
    await page.getByTestId('field-filters-button').waitFor();
    await page.getByTestId('columns-button').click();
    await page.getByTestId('field-column-chooser').getByText('套数（套）').click();
    await expect.poll(() => page.url()).toContain('cols=households');
    await page.getByTestId('col-field-households').waitFor();
    await page.keyboard.press('Escape');
    expect(page.url()).toContain('cols=households');

    await page.getByTestId('field-filters-button').click();
    const from = inputOf(page.getByTestId('field-filter-households-from'));
    await from.fill('50000');
    await from.press('Enter');
    await expectListTotal(page, 1);
    expect(decodeURIComponent(page.url())).toContain('field.households.from=50000');
    await expect.poll(() => page.getByTestId('item-row').first().textContent()).toContain('99,999');
    // The button again closes the filter popover before the picture.
    await page.getByTestId('field-filters-button').click();
    await screenshot(page, 'ledger-field-filter');

    // The same URL opened afresh shows the same list; the phone shows it as cards.
    await page.goto(page.url());
    await expectListTotal(page, 1);
    await page.setViewportSize({ width: 375, height: 812 });
    await expectListTotal(page, 1);
    await screenshot(page, 'ledger-field-filter-phone');
  });
});
