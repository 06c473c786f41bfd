import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../../core/schemas/import.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { buildLedger } from '../../testing/factories.js';
import { convertWithLibreOffice } from '../../testing/libreoffice.js';
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
    { key: 'kind', label: '建设性质', type: 'choice' as const, choices: ['新建', '续建'] },
  ],
  milestones: [{ title: '主体封顶', daysBeforeDue: 90 }],
  kpis: [{ name: '建设面积', unit: '万平方米', ledgerTarget: 50 }],
};

let parent: ItemOut;
let child: ItemOut;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  await saveTemplate(t.sys, w.ledgerId, TEMPLATE);
  parent = await w.seedItem({
    title: '马寨安置区建设',
    targets: [{ name: '建设面积', unit: '万平方米', targetValue: 30 }],
    milestones: [
      { title: '主体封顶', plannedDate: '2026-10-02', doneDate: '2026-09-28' },
      { title: '完成桩基施工', plannedDate: '2026-06-30' },
    ],
  });
  await setFieldValues(t.sys, parent.id, { households: 1200, capped_on: '2026-09-30', kind: '新建' });
  child = await w.seedItem({ title: '马寨安置区3#地块', parentId: parent.id, dueDate: '2026-11-30' });
  await setFieldValues(t.sys, child.id, { households: 300, kind: '续建' });
  await w.seedItem({ title: "=cmd|' /C calc'!A0 十里铺安置区配套学校", goal: '+年底前完成' });
});
afterAll(() => t?.close());

async function exportXlsx(query: string): Promise<Buffer> {
  const res = await sup.get(`/api/items/export.xlsx?${query}`);
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

async function preview(ledgerId: string, file: Buffer) {
  const res = await sup.post(`/api/imports/preview?ledgerId=${ledgerId}`, file, { 'content-type': XLSX });
  expect(res.statusCode).toBe(200);
  return res.json<ImportPreview>();
}

async function confirm(ledgerId: string, p: ImportPreview) {
  const res = await sup.post('/api/imports/confirm', { ledgerId, fileHash: p.fileHash });
  expect(res.statusCode).toBe(200);
  return res.json<ImportResult>();
}

/** A ledger as comparable content: what each item says, its values, and its parent by title. */
async function snapshot(ledgerId: string) {
  const items = (await sup.get(`/api/items?ledgerId=${ledgerId}&pageSize=200`)).json<{ items: ItemOut[] }>()
    .items;
  const titleOf = new Map(items.map((i) => [i.id, i.title]));
  return items
    .map((i) => ({
      title: i.title,
      goal: i.goal,
      source: i.source,
      startDate: i.startDate,
      dueDate: i.dueDate,
      targets: i.targets.map((x) => [x.name, x.unit, x.targetValue]),
      units: i.responsibilities.map((r) => [r.unitName, r.role]),
      milestones: i.milestones
        .map((m) => [m.title, m.plannedDate, m.doneDate])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
      fields: i.fields,
      parent: i.parentId ? titleOf.get(i.parentId) : null,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

async function copyLedger(code: string) {
  const copy = await buildLedger(t.sys, { name: `安置房建设（${code}）`, code });
  await saveTemplate(t.sys, copy.id, TEMPLATE);
  return copy.id;
}

describe('一事一表 import', () => {
  it('recognises a workbook of one sheet per item and imports it as the same ledger (round trip)', async () => {
    const file = await exportXlsx(`ledgerId=${w.ledgerId}&layout=perItem`);
    const copy = await copyLedger('PI');
    const p = await preview(copy, file);
    expect(p.layout).toBe('perItem');
    expect(p.counts).toMatchObject({ create: 3, error: 0 });
    expect(p.rows.every((r) => r.sheet)).toBe(true);
    expect(await confirm(copy, p)).toMatchObject({ created: 3 });
    expect(await snapshot(copy)).toEqual(await snapshot(w.ledgerId));
  });

  it('finds nothing to change when the 一事一表 export comes back to its own ledger', async () => {
    const p = await preview(w.ledgerId, await exportXlsx(`ledgerId=${w.ledgerId}&layout=perItem`));
    expect(p.counts).toMatchObject({ create: 0, update: 0, unchanged: 3, error: 0 });
  });

  it('reads a hand-made form (two pairs a row, 牵头单位：) and names problems by sheet and cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('马寨');
    ws.addRow(['马寨安置区项目督办表']);
    ws.addRow(['工作任务', '马寨安置区二期', '完成时限', '2026.12.31']);
    ws.addRow(['牵头单位：', '区住建', '配合单位', '']);
    ws.addRow(['套数（套）', 'many', '建设性质', '新建']);
    wb.addWorksheet('说明').addRow(['填表说明：每个工作表填一项']);
    const p = await preview(w.ledgerId, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(p.layout).toBe('perItem');
    expect(p.otherSheets).toEqual(['说明']);
    expect(p.rows).toHaveLength(1);
    const cells = p.rows[0].errors.map((e) => e.cell);
    expect(cells).toEqual(expect.arrayContaining(["'马寨'!B3", "'马寨'!B4"]));
  });
});

describe('parents in export and import', () => {
  it('writes the parent code column and reads it back into an empty ledger, children first in the file', async () => {
    const file = await exportXlsx(`ledgerId=${w.ledgerId}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = ws.getRow(3).values as unknown[];
    const parentCol = header.indexOf('上级事项编号');
    expect(parentCol).toBeGreaterThan(0);
    const byTitle = new Map<string, ExcelJS.Row>();
    for (let r = 5; r <= ws.rowCount; r++) byTitle.set(String(ws.getRow(r).getCell(4).value), ws.getRow(r));
    expect(byTitle.get('马寨安置区3#地块')?.getCell(parentCol).value).toBe(parent.code);
    expect(byTitle.get('马寨安置区建设')?.getCell(parentCol).value).toBeNull();
    // Reverse the rows: the sub-item comes before its parent.
    const rows = [...Array(ws.rowCount - 4).keys()].map(
      (i) => ws.getRow(5 + i).values as ExcelJS.CellValue[],
    );
    rows.reverse().forEach((values, i) => {
      ws.getRow(5 + i).values = values;
    });
    const reversed = Buffer.from(await wb.xlsx.writeBuffer());
    const copy = await copyLedger('PR');
    const p = await preview(copy, reversed);
    expect(p.counts).toMatchObject({ create: 3, error: 0 });
    await confirm(copy, p);
    expect(await snapshot(copy)).toEqual(await snapshot(w.ledgerId));
    // And back into its own ledger: nothing to change.
    expect((await preview(w.ledgerId, file)).counts).toMatchObject({ unchanged: 3, error: 0 });
  });

  async function ledgerFile(rows: (string | null)[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['事项编号', '上级事项编号', '工作任务', '牵头单位', '完成时限']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('takes a parent already in the ledger, and refuses unknown parents and a second level at their cells', async () => {
    const ok = await preview(
      w.ledgerId,
      await ledgerFile([['N-1', parent.code, '马寨安置区5#地块', '区住建局', '2026.11.30']]),
    );
    expect(ok.counts).toMatchObject({ create: 1, error: 0 });
    const bad = await preview(
      w.ledgerId,
      await ledgerFile([
        ['N-2', 'NOPE-9', '无上级', '区住建局', '2026.11.30'],
        ['N-3', child.code, '孙事项', '区住建局', '2026.11.30'],
        ['N-4', null, '文件中的上级', '区住建局', '2026.11.30'],
        ['N-5', 'N-4', '文件中的子事项', '区住建局', '2026.11.30'],
        ['N-6', 'N-5', '文件中的孙事项', '区住建局', '2026.11.30'],
        ['N-7', 'N-7', '自己', '区住建局', '2026.11.30'],
      ]),
    );
    const byCode = new Map(bad.rows.map((r) => [r.code, r]));
    expect(byCode.get('N-2')?.errors[0]).toMatchObject({ cell: 'B2', column: '上级事项编号' });
    expect(byCode.get('N-2')?.errors[0].message).toContain('NOPE-9');
    expect(byCode.get('N-3')?.errors[0]).toMatchObject({ cell: 'B3' });
    expect(byCode.get('N-3')?.errors[0].message).toContain('只能分解一级');
    expect(byCode.get('N-4')?.action).toBe('create');
    expect(byCode.get('N-5')?.action).toBe('create');
    expect(byCode.get('N-6')?.errors[0]).toMatchObject({ cell: 'B6' });
    expect(byCode.get('N-7')?.errors[0]).toMatchObject({ cell: 'B7' });
    const refused = await sup.post('/api/imports/confirm', { ledgerId: w.ledgerId, fileHash: bad.fileHash });
    expect(refused.statusCode).toBe(422);
    expect((await snapshot(w.ledgerId)).map((i) => i.title)).not.toContain('文件中的上级');
  });

  it('imports a sub-item under a parent of the same file in one go', async () => {
    const p = await preview(
      w.ledgerId,
      await ledgerFile([
        ['S-2', 'S-1', '十里铺安置区A地块', '区住建局', '2026.11.30'],
        ['S-1', null, '十里铺安置区', '区住建局', '2026.12.31'],
      ]),
    );
    expect(p.counts).toMatchObject({ create: 2, error: 0 });
    await confirm(w.ledgerId, p);
    const snap = await snapshot(w.ledgerId);
    expect(snap.find((i) => i.title === '十里铺安置区A地块')?.parent).toBe('十里铺安置区');
  });
});

describe('in LibreOffice', () => {
  it('opens the 一事一表 export with its parent line, and what it saves imports as the same items', async () => {
    const file = await exportXlsx(`ledgerId=${w.ledgerId}&layout=perItem`);
    const resaved = await convertWithLibreOffice(file, 'per-item.xlsx', 'xlsx:Calc MS Excel 2007 XML');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(resaved as unknown as ArrayBuffer);
    const n = (await snapshot(w.ledgerId)).length;
    expect(wb.worksheets).toHaveLength(n);
    const sheetOf = wb.worksheets.find((s) => {
      let found = false;
      s.eachRow((r) => {
        if (r.getCell(2).text === '马寨安置区3#地块') found = true;
      });
      return found;
    }) as ExcelJS.Worksheet;
    const lines = new Map<string, string>();
    sheetOf.eachRow((r) => lines.set(r.getCell(1).text, r.getCell(2).text));
    expect(lines.get('上级事项编号')).toBe(parent.code);
    const copy = await copyLedger('LO');
    const p = await preview(copy, resaved);
    expect(p.layout).toBe('perItem');
    expect(p.counts).toMatchObject({ create: n, error: 0 });
    await confirm(copy, p);
    expect(await snapshot(copy)).toEqual(await snapshot(w.ledgerId));
  }, 300_000);
});
