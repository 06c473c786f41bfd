import { createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../../core/schemas/import.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { buildUser } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  await buildUser(t.sys, { roles: ['unit'], unitId: w.leadUnitId, displayName: '王建国' });
});
afterAll(() => t?.close());

/** A workbook the way an office keeps it: a cover sheet first, a title, a two-row merged header, no codes. */
async function officeWorkbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('填表说明').addRow(['请按要求填写，不要修改表头']);
  const ws = wb.addWorksheet('2026年重点工作');
  ws.addRow(['2026年安置房建设重点工作推进台账']);
  ws.mergeCells('A1:H1');
  ws.addRow(['序号', '工作任务', '责任分工', null, null, '完成时限', '路线图', null]);
  ws.addRow([null, null, '牵头单位', '配合单位', '责任人', null, '主体封顶', '交付使用']);
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  ws.mergeCells('C2:E2');
  ws.mergeCells('F2:F3');
  ws.mergeCells('G2:H2');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const preview = (file: Buffer, type = XLSX) =>
  sup.post(`/api/imports/preview?ledgerId=${w.ledgerId}`, file, { 'content-type': type });

async function itemCount(): Promise<number> {
  return (await sup.get(`/api/items?ledgerId=${w.ledgerId}`)).json<{ total: number }>().total;
}

describe('POST /api/imports/preview with the files offices have', () => {
  it('reads a merged two-row header on a second sheet, skips blank and heading rows, reads dates as text and serials', async () => {
    const file = await officeWorkbook([
      ['一、安置房建设', null, null, null, null, null, null, null],
      [1, '马寨安置区3#地块', '住建局', '马寨镇', '王建国', '11月底', '2026.9.30', 46338],
      [],
      [2, '十里铺安置区配套道路', '区住建局', null, null, 46387, '2026年10月15日', null],
      ['合计', null, null, null, null, null, null, null],
    ]);
    const res = await preview(file);
    expect(res.statusCode).toBe(200);
    const p = res.json<ImportPreview>();
    expect(p.sheetName).toBe('2026年重点工作');
    expect(p.otherSheets).toEqual(['填表说明']);
    expect(p.columns.map((c) => c.kind)).toEqual([
      'seq',
      'title',
      'lead',
      'coop',
      'responsible',
      'due',
      'milestone',
      'milestone',
    ]);
    expect(p.counts).toMatchObject({ create: 2, error: 0, skipped: 2 });
    const confirm = await sup.post('/api/imports/confirm', { ledgerId: w.ledgerId, fileHash: p.fileHash });
    expect(confirm.statusCode).toBe(200);
    const items = (await sup.get(`/api/items?ledgerId=${w.ledgerId}&sort=title`)).json<{ items: ItemOut[] }>()
      .items;
    const mz = items.find((i) => i.title === '马寨安置区3#地块') as ItemOut;
    expect(mz).toMatchObject({ status: 'draft', dueDate: '2026-11-30', startDate: '2026-01-01' });
    expect(mz.milestones.map((m) => [m.title, m.plannedDate])).toEqual([
      ['主体封顶', '2026-09-30'],
      ['交付使用', '2026-11-12'],
    ]);
    expect(mz.responsibilities.map((r) => [r.unitName, r.role, r.responsible?.displayName ?? null])).toEqual([
      ['区住建局', 'lead', '王建国'],
      ['马寨镇', 'cooperating', null],
    ]);
    const road = items.find((i) => i.title === '十里铺安置区配套道路') as ItemOut;
    expect(road.dueDate).toBe('2026-12-31');
  });

  it('shows every error with its cell: unknown unit with "did you mean", bad dates, missing lead unit, duplicate code', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['编号', '事项名称', '牵头单位', '配合单位', '开始时间', '完成时限']);
    ws.addRow(['2026-AZ-901', '甲', '区住建', null, '2026-01-01', '2026-12-31']);
    ws.addRow(['2026-AZ-902', '乙', '区环保局', '马寨', '2026-01-01', '下周五左右']);
    ws.addRow(['2026-AZ-903', '丙', null, null, '2026-02-30', '2026-12-31']);
    ws.addRow(['2026-AZ-901', '丁', '区住建局', null, '2026-01-01', '2026-12-31']);
    const before = await itemCount();
    const p = (await preview(Buffer.from(await wb.xlsx.writeBuffer()))).json<ImportPreview>();
    const errorsOf = (row: number) => p.rows.find((r) => r.row === row)?.errors ?? [];
    expect(errorsOf(2)).toEqual([
      expect.objectContaining({
        cell: 'C2',
        column: '牵头单位',
        suggestions: expect.arrayContaining(['区住建局']),
      }),
    ]);
    expect(errorsOf(2)[0].message).toContain('是否为：区住建局');
    expect(errorsOf(3).map((e) => e.cell)).toEqual(['F3', 'D3']);
    expect(errorsOf(3).find((e) => e.cell === 'D3')?.suggestions).toContain('马寨镇');
    expect(
      errorsOf(4)
        .map((e) => e.cell)
        .sort(),
    ).toEqual(['C4', 'E4']);
    expect(errorsOf(4).find((e) => e.cell === 'C4')?.message).toBe('缺少牵头单位');
    expect(errorsOf(5)).toEqual([
      expect.objectContaining({ cell: 'A5', message: '编号2026-AZ-901与第2行重复' }),
    ]);
    expect(p.counts.error).toBe(4);
    // Confirming a file with errors writes nothing.
    const confirm = await sup.post('/api/imports/confirm', { ledgerId: w.ledgerId, fileHash: p.fileHash });
    expect(confirm.statusCode).toBe(422);
    expect(await itemCount()).toBe(before);
  });

  it('words the problems in English for an English request', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['事项名称', '牵头单位', '完成时限']);
    ws.addRow(['甲', '区住建局', 'someday']);
    const res = await sup.post(
      `/api/imports/preview?ledgerId=${w.ledgerId}`,
      Buffer.from(await wb.xlsx.writeBuffer()),
      {
        'content-type': XLSX,
        'accept-language': 'en',
      },
    );
    expect(res.json<ImportPreview>().rows[0].errors[0].message).toBe('bad date: someday');
  });

  it('applies all rows in one transaction or none', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['事项名称', '牵头单位', '完成时限']);
    for (let i = 0; i < 5; i++) ws.addRow([`批量事项${i}`, '区住建局', '2026-12-31']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const p = (await preview(file)).json<ImportPreview>();
    const before = await itemCount();
    // The unit is renamed between preview and confirm: the re-check at confirmation refuses the whole file.
    await t.db.handle.db.updateTable('units').set({ archived: 1 }).where('id', '=', w.leadUnitId).execute();
    const refused = await sup.post('/api/imports/confirm', { ledgerId: w.ledgerId, fileHash: p.fileHash });
    await t.db.handle.db.updateTable('units').set({ archived: 0 }).where('id', '=', w.leadUnitId).execute();
    expect(refused.statusCode).toBe(422);
    expect(await itemCount()).toBe(before);
    const done = await sup.post('/api/imports/confirm', { ledgerId: w.ledgerId, fileHash: p.fileHash });
    expect(done.json<ImportResult>().created).toBe(5);
    expect(await itemCount()).toBe(before + 5);
  });

  it('lets only a supervisor of the ledger import', async () => {
    const file = await officeWorkbook([[1, '甲', '区住建局', null, null, '2026-12-31']]);
    for (const persona of ['unitLead', 'leader'] as const) {
      const res = await (await w.api(persona)).post(`/api/imports/preview?ledgerId=${w.ledgerId}`, file, {
        'content-type': XLSX,
      });
      expect(res.statusCode).toBe(403);
    }
    const other = await (await w.api('supervisorOtherLedger')).post(
      `/api/imports/preview?ledgerId=${w.ledgerId}`,
      file,
      {
        'content-type': XLSX,
      },
    );
    expect(other.statusCode).toBe(404);
  });
});

/** A zip holding `xl/workbook.xml` and one entry that inflates to `size` bytes of zeros. */
async function zipBomb(size: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => deflate.on('end', r));
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < size / mb.length; i++)
    if (!deflate.write(mb)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const entries = [
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'), method: 0, size: 11 },
    // The header lies about the size, as bombs do; the guard inflates to count.
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(chunks), method: 8, size: 1000 },
  ];
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.data);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(e.data.length, 20);
    cd.writeUInt32LE(e.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + e.data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
}

describe('POST /api/imports/preview refuses broken files cleanly, writing nothing', () => {
  const refused = async (file: Buffer, status: number, type = XLSX) => {
    const before = await itemCount();
    const res = await preview(file, type);
    expect(res.statusCode).toBe(status);
    expect(await itemCount()).toBe(before);
    return res.json<{ error: { code: string; details: { message: string }[] } }>().error;
  };

  it('refuses a file of the wrong type', async () => {
    const e = await refused(Buffer.from('%PDF-1.7 not a spreadsheet'), 422);
    expect(e.code).toBe('bad_file');
    expect(e.details[0].message).toContain('.xlsx');
  });

  it('refuses 10 MB of junk', async () => {
    const junk = Buffer.alloc(10 * 1024 * 1024);
    for (let i = 0; i < junk.length; i += 4) junk.writeUInt32LE((i * 2654435761) >>> 0, i);
    expect((await refused(junk, 422, 'application/octet-stream')).code).toBe('bad_file');
  });

  it('refuses a file above 10 MB before reading it', async () => {
    await refused(Buffer.alloc(10 * 1024 * 1024 + 1), 400);
  });

  it('refuses a zip bomb without unpacking it', async () => {
    const bomb = await zipBomb(200 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const e = await refused(bomb, 422);
    expect(e.details[0].message).toContain('解压后过大');
  });

  it('refuses a workbook without a ledger header', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['姓名', '电话']);
    const e = await refused(Buffer.from(await wb.xlsx.writeBuffer()), 422);
    expect(e.details[0].message).toContain('没有找到台账表头');
  });

  it('refuses a damaged zip', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').addRow(['事项名称', '牵头单位']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    await refused(file.subarray(0, file.length - 200), 422);
  });
});
