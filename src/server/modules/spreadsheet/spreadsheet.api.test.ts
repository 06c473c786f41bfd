import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../../core/schemas/import.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { buildLedger, buildUser } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';
import { saveTemplate, setFieldValues } from '../template/template.service.js';

let t: TestApp;
let w: World;
let sup: Client;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const TEMPLATE = {
  fields: [
    { key: 'households', label: '套数', type: 'number' as const, unit: '套' },
    { key: 'capped_on', label: '封顶日期', type: 'date' as const, unit: '' },
  ],
  milestones: [
    { title: '开工建设', daysBeforeDue: 240 },
    { title: '主体封顶', daysBeforeDue: 90 },
  ],
  kpis: [{ name: '建设面积', unit: '万平方米', ledgerTarget: 50 }],
};

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  await saveTemplate(t.sys, w.ledgerId, TEMPLATE);
  const deputy = await buildUser(t.sys, { roles: ['unit'], unitId: w.leadUnitId, displayName: '李分管' });
  await w.seedItem({
    title: '马寨安置区3#地块主体封顶',
    sourceRef: '区政府常务会议纪要〔2026〕5号',
    targets: [{ name: '建设面积', unit: '万平方米', targetValue: 12.5 }],
    milestones: [
      { title: '开工建设', plannedDate: '2026-05-05', doneDate: '2026-05-01' },
      { title: '主体封顶', plannedDate: '2026-10-02' },
      { title: '完成桩基施工', plannedDate: '2026-06-30', doneDate: '2026-06-20' },
    ],
    responsibilities: [
      { unitId: w.leadUnitId, role: 'lead', deputyId: deputy.id },
      { unitId: w.coopUnitId, role: 'cooperating' },
    ],
  });
  const second = await w.seedItem({ title: "=cmd|' /C calc'!A0 安置房分配方案", goal: '+年底前完成分配' });
  await setFieldValues(t.sys, second.id, { households: 1200, capped_on: '2026-09-30' });
  await w.seedItem({ title: '十里铺安置区配套学校', dueDate: '2026-11-30' }, 'assign');
});
afterAll(() => t?.close());

async function exportXlsx(query: string): Promise<Buffer> {
  const res = await sup.get(`/api/items/export.xlsx?${query}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX);
  return res.rawPayload;
}

async function preview(ledgerId: string, file: Buffer, client = sup) {
  return client.post(`/api/imports/preview?ledgerId=${ledgerId}`, file, { 'content-type': XLSX });
}

async function readBack(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

const comparable = (i: ItemOut, fields: unknown) => ({
  title: i.title,
  source: i.source,
  sourceRef: i.sourceRef,
  goal: i.goal,
  priority: i.priority,
  cadence: i.cadence,
  startDate: i.startDate,
  dueDate: i.dueDate,
  targets: i.targets.map((x) => [x.name, x.unit, x.targetValue]),
  responsibilities: i.responsibilities.map((r) => [r.unitName, r.role, r.deputy?.displayName ?? null]),
  // Import lays the roadmap in date order.
  milestones: i.milestones
    .map((m) => [m.title, m.plannedDate, m.doneDate])
    .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
  fields,
});

async function ledgerSnapshot(ledgerId: string) {
  const list = (await sup.get(`/api/items?ledgerId=${ledgerId}&pageSize=200`)).json<{ items: ItemOut[] }>()
    .items;
  const out = [];
  for (const i of list) out.push(comparable(i, (await sup.get(`/api/items/${i.id}/fields`)).json()));
  return out.sort((a, b) => a.title.localeCompare(b.title));
}

describe('GET /api/items/export.xlsx', () => {
  it('writes the printed layout: title, merged two-row headers, frozen panes, A3 landscape, lights as colours', async () => {
    const wb = await readBack(await exportXlsx(`ledgerId=${w.ledgerId}`));
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('2026年安置房建设工作台账');
    const top = ws.getRow(3).values as unknown[];
    const bottom = ws.getRow(4).values as unknown[];
    const col = (word: string) => bottom.indexOf(word);
    expect(top[col('牵头单位')]).toBe('责任分工');
    expect(top[col('具体责任人')]).toBe('责任分工');
    expect(top[col('时限')]).toBe('时间表');
    expect(top[col('主体封顶')]).toBe('路线图');
    expect(top[col('建设面积（万平方米）')]).toBe('量化指标');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A3:A4']));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 4 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape' });
    // The header rows repeat on every printed page (the reader moves _xlnm.Print_Titles into pageSetup).
    expect(ws.pageSetup.printTitlesRow).toBe('1:4');
    expect(ws.headerFooter.oddFooter).toContain('&P');
    const rows = [5, 6, 7].map((r) => ws.getRow(r));
    const titles = rows.map((r) => r.getCell(4).value);
    expect(titles).toContain("'=cmd|' /C calc'!A0 安置房分配方案");
    const due = rows[0].getCell(col('时限'));
    expect(due.numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(due.value).toBeInstanceOf(Date);
    const lights = rows.map((r) => r.getCell(col('亮灯')));
    const assigned = lights.find((c) => c.value) as ExcelJS.Cell;
    expect(['红', '黄', '绿']).toContain(assigned.value);
    expect((assigned.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF/);
  });

  it('writes no formula for text that looks like one', async () => {
    const buf = await exportXlsx(`ledgerId=${w.ledgerId}`);
    const wb = await readBack(buf);
    wb.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
    );
  });

  it('applies the filters of the list', async () => {
    const wb = await readBack(await exportXlsx(`ledgerId=${w.ledgerId}&status=assigned`));
    const ws = wb.worksheets[0];
    expect(ws.getRow(5).getCell(4).value).toBe('十里铺安置区配套学校');
    expect(ws.getRow(6).getCell(4).value).toBeNull();
  });

  it('writes one sheet per item (一事一表)', async () => {
    const wb = await readBack(await exportXlsx(`ledgerId=${w.ledgerId}&layout=perItem`));
    expect(wb.worksheets).toHaveLength(3);
    expect(wb.worksheets[0].getCell('A1').value).toContain('一事一表');
  });

  it('exports nothing to a unit user beyond their items, and refuses a ledger outside a limited supervisor', async () => {
    const other = await w.api('supervisorOtherLedger');
    expect((await other.get(`/api/items/export.xlsx?ledgerId=${w.ledgerId}`)).statusCode).toBe(404);
    const unit = await w.api('unitOther');
    const res = await unit.get('/api/items/export.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = await readBack(res.rawPayload);
    expect(wb.worksheets[0].getRow(5).getCell(4).value).toBeNull();
  });
});

describe('export → import round trip', () => {
  it('imports an exported ledger into an empty ledger as the same items, as drafts', async () => {
    const file = await exportXlsx(`ledgerId=${w.ledgerId}`);
    const copy = await buildLedger(t.sys, { name: '安置房建设（副本）', code: 'AZC' });
    await saveTemplate(t.sys, copy.id, TEMPLATE);
    const res = await preview(copy.id, file);
    expect(res.statusCode).toBe(200);
    const p = res.json<ImportPreview>();
    expect(p.counts).toMatchObject({ create: 3, error: 0 });
    const done = await sup.post('/api/imports/confirm', { ledgerId: copy.id, fileHash: p.fileHash });
    expect(done.statusCode).toBe(200);
    expect(done.json<ImportResult>()).toMatchObject({ created: 3, updated: 0 });
    expect(await ledgerSnapshot(copy.id)).toEqual(await ledgerSnapshot(w.ledgerId));
    const statuses = (await sup.get(`/api/items?ledgerId=${copy.id}`)).json<{ items: ItemOut[] }>();
    expect(statuses.items.every((i) => i.status === 'draft')).toBe(true);
  });

  it('finds nothing to change when the export is imported into its own ledger', async () => {
    const p = (await preview(w.ledgerId, await exportXlsx(`ledgerId=${w.ledgerId}`))).json<ImportPreview>();
    expect(p.counts).toMatchObject({ create: 0, update: 0, unchanged: 3, error: 0 });
  });

  it('refuses a confirmation whose hash names no previewed file, writing nothing', async () => {
    const res = await sup.post('/api/imports/confirm', { ledgerId: w.ledgerId, fileHash: 'a'.repeat(64) });
    expect(res.statusCode).toBe(404);
  });
});
