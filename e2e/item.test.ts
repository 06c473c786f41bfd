import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ItemOut, LedgerOut, List } from '../src/core/schemas/index.js';
import {
  apiGet,
  expectListTotal,
  expectRowCodes,
  fillDate,
  itemsQuery,
  pickOption,
  sessionPerTest,
  showcaseItem,
  USERS,
} from './support.js';

const session = sessionPerTest(USERS.supervisor);

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const stamp = () => String(Date.now()).slice(-6);

/** The unit a new item is given as its lead: the demo's 区城市管理局 (searched by its alias 城管). */
const LEAD_UNIT = '区城市管理局';
const LEAD_SEARCH = '城管';

/** Fills the parts of the new-item form every test needs: title, lead unit; the ledger if not prefilled. */
async function fillBasics(page: Page, title: string, ledger?: LedgerOut): Promise<string> {
  await page.getByTestId('item-form').waitFor();
  await page.getByTestId('item-form-title').fill(title);
  if (ledger)
    await pickOption(page, page.getByTestId('item-form-ledger'), ledger.name, ledger.name.slice(0, 2));
  const row = page.getByTestId('responsibility-row').first();
  await pickOption(page, row.getByTestId('responsibility-unit'), LEAD_UNIT, LEAD_SEARCH);
  // The form starts an item today.
  const start = await page.getByTestId('item-form-start').inputValue();
  expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return start;
}

async function addMilestone(page: Page, title: string, planned: string): Promise<void> {
  await page.getByTestId('add-milestone').click();
  const row = page.getByTestId('milestone-row').last();
  await row.getByTestId('milestone-title').fill(title);
  await fillDate(page, row.getByTestId('milestone-planned'), planned);
}

describe('the item page', () => {
  it('shows the title, task book with targets, responsibility chain and roadmap of an item', async () => {
    const { page } = session.w;
    const item = await showcaseItem(session.context);
    await page.goto(`/items/${item.id}`);
    await page.getByTestId('item-page').waitFor();
    expect(await page.getByTestId('item-title').textContent()).toContain(item.title);
    expect(await page.getByTestId('item-code').textContent()).toBe(item.code);

    // 任务书: the goal and each target.
    expect(await page.getByTestId('item-goal').textContent()).toContain(item.goal.slice(0, 20));
    const targets = (await page.getByTestId('item-targets').textContent()) ?? '';
    for (const t of item.targets) expect(targets).toContain(t.name);

    // 责任分工: one row per unit, the lead unit first with its 主管领导 / 分管副职 / 具体责任人.
    const chain = page.getByTestId('item-responsibilities');
    await expect
      .poll(() => chain.getByTestId('responsibility-row').count())
      .toBe(item.responsibilities.length);
    const lead = item.responsibilities.find((r) => r.role === 'lead')!;
    const first = (await chain.getByTestId('responsibility-row').first().textContent()) ?? '';
    expect(first).toContain('牵头单位');
    expect(first).toContain(lead.unitName);
    expect(first).toContain(lead.leader!.displayName);
    expect(first).toContain(lead.deputy!.displayName);
    expect(first).toContain(lead.responsible!.displayName);
    const chainText = (await chain.textContent()) ?? '';
    for (const title of ['主管领导', '分管副职', '具体责任人']) expect(chainText).toContain(title);
    if (item.responsibilities.some((r) => r.role === 'cooperating')) expect(chainText).toContain('配合单位');

    // 路线图: every milestone, in order, and the Gantt strip.
    const roadmap = page.getByTestId('item-roadmap');
    await roadmap.getByTestId('gantt').waitFor();
    const shown = await roadmap.getByTestId('milestone').allTextContents();
    const ordered = [...item.milestones].sort((a, b) => a.sortOrder - b.sortOrder);
    expect(shown.length).toBe(ordered.length);
    for (const [i, m] of ordered.entries()) expect(shown[i]).toContain(m.title);

    // The light, explained in words.
    const light = await page.getByTestId('item-light').getAttribute('data-light');
    expect(light).toBe(item.light ?? 'none');
  });

  it('is reached from the ledger table by clicking the item’s title', async () => {
    const { page } = session.w;
    const item = await showcaseItem(session.context);
    await page.goto(`/ledgers/${item.ledgerId}?q=${encodeURIComponent(item.code)}`);
    await page.getByTestId('item-link').filter({ hasText: item.title }).first().click();
    await page.waitForURL(`**/items/${item.id}`);
    expect(await page.getByTestId('item-title').textContent()).toContain(item.title);
  });
});

describe('creating and editing an item', () => {
  it('creates an item with a lead unit and a milestone, lists it, and renames it', async () => {
    const { page } = session.w;
    const ledgers = await apiGet<List<LedgerOut>>(session.context, '/api/ledgers?pageSize=200');
    const ledger = ledgers.items.find((l) => !l.archived)!;
    const title = `端到端测试督办事项${stamp()}`;

    // From the ledger's table: the form comes with the ledger chosen.
    await page.goto(`/ledgers/${ledger.id}`);
    await page.getByTestId('new-item').click();
    await page.waitForURL(`**/items/new?ledgerId=${ledger.id}`);
    const start = await fillBasics(page, title);
    expect(await page.getByTestId('item-form-ledger').textContent()).toContain(ledger.name);
    const due = addDays(start, 45);
    await fillDate(page, page.getByTestId('item-form-due'), due);
    await page.getByTestId('item-form-goal').fill('完成端到端测试的全部检查，形成报告。');
    await addMilestone(page, '制定工作方案', addDays(start, 10));
    await page.getByTestId('item-form-submit').click();

    await page.waitForURL((url) => /^\/items\/[0-9a-f-]{36}$/.test(url.pathname));
    const id = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(() => page.getByTestId('item-title').textContent()).toContain(title);
    expect(await page.getByTestId('item-page').getAttribute('data-status')).toBe('draft');
    const chain = (await page.getByTestId('item-responsibilities').textContent()) ?? '';
    expect(chain).toContain('牵头单位');
    expect(chain).toContain(LEAD_UNIT);
    expect(await page.getByTestId('milestone').allTextContents()).toEqual([
      expect.stringContaining('制定工作方案'),
    ]);

    // The server stored what the form said.
    const saved = await apiGet<ItemOut>(session.context, `/api/items/${id}`);
    expect(saved.title).toBe(title);
    expect(saved.ledgerId).toBe(ledger.id);
    expect(saved.startDate).toBe(start);
    expect(saved.dueDate).toBe(due);
    expect(saved.responsibilities.map((r) => [r.role, r.unitName])).toEqual([['lead', LEAD_UNIT]]);
    expect(saved.milestones.map((m) => [m.title, m.plannedDate])).toEqual([
      ['制定工作方案', addDays(start, 10)],
    ]);

    // It is in the ledger's table and found by search in the all-items table.
    await page.goto(`/ledgers/${ledger.id}`);
    const inLedger = await apiGet<List<ItemOut>>(session.context, itemsQuery({ ledgerId: ledger.id }, 200));
    expect(inLedger.items.some((i) => i.id === id)).toBe(true);
    await expectListTotal(page, inLedger.total);
    await page.goto(`/items?q=${encodeURIComponent(title)}`);
    await expectListTotal(page, 1);
    await expectRowCodes(page, [saved.code]);

    // Rename it through the edit form.
    await page.getByTestId('item-link').filter({ hasText: title }).click();
    await page.waitForURL(`**/items/${id}`);
    await page.getByTestId('edit-item').click();
    await page.waitForURL(`**/items/${id}/edit`);
    const titleInput = page.getByTestId('item-form-title');
    await expect.poll(() => titleInput.inputValue()).toBe(title);
    const renamed = `${title}（已改名）`;
    await titleInput.fill(renamed);
    await page.getByTestId('item-form-submit').click();
    await page.waitForURL(`**/items/${id}`);
    await expect.poll(() => page.getByTestId('item-title').textContent()).toContain(renamed);
    const after = await apiGet<ItemOut>(session.context, `/api/items/${id}`);
    expect(after.title).toBe(renamed);
    expect(after.version).toBeGreaterThan(saved.version);
    expect(after.milestones.length).toBe(1);
    await page.goto(`/items?q=${encodeURIComponent(renamed)}`);
    await expectListTotal(page, 1);
  });

  it('shows the validation messages in Chinese, from the form and from the server, and saves nothing', async () => {
    const { page } = session.w;
    const ledgers = await apiGet<List<LedgerOut>>(session.context, '/api/ledgers?pageSize=200');
    const ledger = ledgers.items.find((l) => !l.archived)!;
    const title = `端到端校验事项${stamp()}`;
    await page.goto('/items/new');
    const start = await fillBasics(page, title, ledger);
    const form = page.getByTestId('item-form');
    const errors = form.locator('.ant-form-item-explain-error');

    // A due date before the start date.
    await fillDate(page, page.getByTestId('item-form-due'), addDays(start, -3));
    await page.getByTestId('item-form-submit').click();
    await expect.poll(() => errors.allTextContents()).toContain('截止日期不能早于开始日期');
    expect(new URL(page.url()).pathname).toBe('/items/new');

    // A milestone planned after the due date: only the server checks this one.
    const due = addDays(start, 30);
    await fillDate(page, page.getByTestId('item-form-due'), due);
    await addMilestone(page, '验收', addDays(due, 10));
    await page.getByTestId('item-form-submit').click();
    await page.getByTestId('form-error').waitFor();
    expect(await page.getByTestId('form-error').textContent()).toContain('不符合业务规则');
    await expect.poll(() => errors.allTextContents()).toContain('节点计划日期应在开始日期与截止日期之间');
    expect(new URL(page.url()).pathname).toBe('/items/new');

    // Nothing was saved.
    const found = await apiGet<List<ItemOut>>(session.context, itemsQuery({ q: title }, 1));
    expect(found.total).toBe(0);
  });
});

describe('the item form keeps what the user typed', () => {
  it('after a stale-version refusal, reloads what another person saved and keeps this user’s changes', async () => {
    const { page } = session.w;
    const ledgers = await apiGet<List<LedgerOut>>(session.context, '/api/ledgers?pageSize=200');
    const ledger = ledgers.items.find((l) => !l.archived)!;
    // A fresh draft of our own, so no other test's numbers move.
    const created = await session.context.request.post('/api/items', {
      data: {
        ledgerId: ledger.id,
        title: `端到端并发编辑${stamp()}`,
        source: 'meeting',
        goal: '原目标',
        startDate: '2026-01-05',
        dueDate: '2026-12-20',
        responsibilities: [
          {
            unitId: (await apiGet<List<{ id: string }>>(session.context, '/api/units?pageSize=1')).items[0]!
              .id,
            role: 'lead',
          },
        ],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const item = (await created.json()) as ItemOut;
    await page.goto(`/items/${item.id}/edit`);
    await page.getByTestId('item-form').waitFor();
    await expect.poll(() => page.getByTestId('item-form-title').inputValue()).toBe(item.title);

    // Someone else renames it meanwhile.
    const theirTitle = `${item.title}（他人修改）`;
    const other = await session.context.request.patch(`/api/items/${item.id}`, {
      data: { version: item.version, title: theirTitle },
    });
    expect(other.status()).toBe(200);

    // This user changes the goal and saves: refused, the banner offers to reload keeping the change.
    await page.getByTestId('item-form-goal').fill('我填写的新目标，不能丢');
    await page.getByTestId('item-form-submit').click();
    await page.getByTestId('form-error').waitFor();
    expect(await page.getByTestId('form-error').textContent()).toContain('该记录已被他人修改');
    expect(await page.getByTestId('form-error').textContent()).not.toContain('version');
    await page.getByTestId('form-error-reload').click();

    await page.getByTestId('form-reloaded').waitFor();
    expect(await page.getByTestId('form-error').count()).toBe(0);
    expect(await page.getByTestId('form-reloaded').textContent()).toContain('目标任务');
    await expect.poll(() => page.getByTestId('item-form-title').inputValue()).toBe(theirTitle);
    expect(await page.getByTestId('item-form-goal').inputValue()).toBe('我填写的新目标，不能丢');

    // Saving now keeps both changes.
    await page.getByTestId('item-form-submit').click();
    await page.waitForURL(`**/items/${item.id}`);
    const saved = await apiGet<ItemOut>(session.context, `/api/items/${item.id}`);
    expect(saved).toMatchObject({ title: theirTitle, goal: '我填写的新目标，不能丢' });
  });

  it('says at the field that a pasted title is too long instead of cutting it, and warns of a double', async () => {
    const { page } = session.w;
    const existing = await showcaseItem(session.context);
    const ledger = await apiGet<LedgerOut>(session.context, `/api/ledgers/${existing.ledgerId}`);
    await page.goto(`/items/new?ledgerId=${ledger.id}`);
    await page.getByTestId('item-form').waitFor();
    const long = '关于'.repeat(101); // 202 characters
    await page.getByTestId('item-form-title').fill(long);
    expect(await page.getByTestId('item-form-title').inputValue()).toBe(long);
    await page.getByTestId('title-too-long').waitFor();
    expect(await page.getByTestId('title-too-long').textContent()).toContain('202');

    await page.getByTestId('item-form-title').fill(existing.title);
    await page.getByTestId('similar-items').waitFor();
    const warning = (await page.getByTestId('similar-items').textContent()) ?? '';
    expect(warning).toContain(existing.code);
    expect(warning).toContain('同名');
    expect(await page.getByTestId('title-too-long').count()).toBe(0);
  });
});
