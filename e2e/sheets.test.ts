import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ItemOut, LedgerOut, List } from '../src/core/schemas/index.js';
import { apiGet, itemsQuery, screenshot, sessionPerTest, showcaseItem, USERS } from './support.js';

const session = sessionPerTest(USERS.supervisor);

async function ledgerNamed(name: string): Promise<LedgerOut> {
  const ledgers = await apiGet<List<LedgerOut>>(session.context, '/api/ledgers?pageSize=200');
  const ledger = ledgers.items.find((l) => l.name === name);
  if (!ledger) throw new Error(`no ledger ${name}`);
  return ledger;
}

/** A small office ledger: title row, header words, unit names as people type them. */
async function officeFile(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['2026年安置房建设台账（补录）']);
  ws.addRow(['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '主体封顶']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('ledgers in and out of Excel', () => {
  it('exports the ledger as filtered to the printed .xlsx', async () => {
    const { page } = session.w;
    const ledger = await ledgerNamed('安置房建设');
    await page.goto(`/ledgers/${ledger.id}?light=red`);
    await page.getByTestId('items-table').waitFor();
    await page.getByTestId('export-xlsx').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('台账（一行一项）').click(),
    ]);
    expect(download.suggestedFilename()).toBe('2026年安置房建设工作台账.xlsx');
    const path = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('2026年安置房建设工作台账');
    const red = await apiGet<List<ItemOut>>(
      session.context,
      itemsQuery({ ledgerId: ledger.id, light: 'red' }, 200),
    );
    const codes: unknown[] = [];
    for (let r = 5; r <= ws.rowCount; r++) codes.push(ws.getRow(r).getCell(2).value);
    expect(codes).toEqual(red.items.map((i) => i.code));
  });

  it('imports a file through the preview: errors at their cells first, then the corrected file, confirmed', async () => {
    const { page } = session.w;
    const ledger = await ledgerNamed('安置房建设');
    await page.goto(`/ledgers/${ledger.id}`);
    await page.getByTestId('import-xlsx').click();
    await page.waitForURL(`**/ledgers/${ledger.id}/import`);
    const input = page.locator('input[type=file]');
    const title = `浏览器导入测试事项${Date.now()}`;
    await input.setInputFiles({
      name: '补录.xlsx',
      mimeType: XLSX,
      buffer: await officeFile([[1, title, '区住建', '马寨', '11月底', '2026.10.15']]),
    });
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => preview.textContent()).toContain('C3');
    expect(await preview.textContent()).toContain('是否为：区住房和城乡建设局');
    expect(await page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await screenshot(page, 'import-preview-errors');

    await input.setInputFiles({
      name: '补录-改.xlsx',
      mimeType: XLSX,
      buffer: await officeFile([[1, title, '区住建局', '马寨', '11月底', '2026.10.15']]),
    });
    await expect.poll(() => page.getByTestId('import-counts').textContent()).toContain('新建 1');
    await screenshot(page, 'import-preview');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    const found = await apiGet<List<ItemOut>>(session.context, itemsQuery({ ledgerId: ledger.id, q: title }));
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ title, status: 'draft', dueDate: '2026-11-30' });
    expect(found.items[0].milestones.map((m) => [m.title, m.plannedDate])).toEqual([
      ['主体封顶', '2026-10-15'],
    ]);
  });

  it("offers the item's 督办单 as a Word document", async () => {
    const { page } = session.w;
    const item = await showcaseItem(session.context);
    await page.goto(`/items/${item.id}`);
    const link = page.getByTestId('summary-docx');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`督办单-${item.code}.docx`);
    const bytes = await import('node:fs/promises').then((fs) => download.path().then((p) => fs.readFile(p)));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
