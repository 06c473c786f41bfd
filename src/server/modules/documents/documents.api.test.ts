import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { renderOfficialDocument } from '../../documents/official-doc.js';
import { convertWithLibreOffice } from '../../testing/libreoffice.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
let item: ItemOut;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  item = await w.seedItem({ targets: [{ name: '安置房', unit: '套', targetValue: 1200 }] }, 'assign');
});
afterAll(() => t?.close());

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('GET /api/items/:id/summary.docx', () => {
  it("gives the item's 督办单 as a Word document that LibreOffice opens and reads back", async () => {
    const res = await sup.get(`/api/items/${item.id}/summary.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`督办单-${item.code}.docx`));
    const text = (await convertWithLibreOffice(res.rawPayload, 'summary.docx', 'txt:Text')).toString('utf8');
    for (const words of [
      '重点工作督办单',
      `督办编号：${item.code}`,
      '区住建局：',
      item.title,
      '安置房：1200套',
      '完成桩基施工：2026年6月30日（已完成 2026年6月20日）',
      '2026年11月27日',
    ])
      expect(text).toContain(words);
  }, 300_000);

  it('is read like the item: missing for a unit outside it', async () => {
    const other = await w.api('unitOther');
    expect((await other.get(`/api/items/${item.id}/summary.docx`)).statusCode).toBe(404);
    const lead = await w.api('unitLead');
    expect((await lead.get(`/api/items/${item.id}/summary.docx`)).statusCode).toBe(200);
  });
});

describe('renderOfficialDocument', () => {
  it('lays out title, number, addressee, headings, a table, attachments and the signature', async () => {
    const docx = await renderOfficialDocument({
      issuer: '区人民政府督察室',
      number: '督通〔2026〕12号',
      title: '关于安置房建设进度滞后的督察通知',
      addressee: '区住建局',
      body: [
        '经督察，马寨安置区进度滞后。',
        { kind: 'heading', text: '一、存在问题', level: 1 },
        {
          kind: 'table',
          rows: [
            ['事项', '进度'],
            ['马寨安置区', '45%'],
          ],
          header: true,
        },
      ],
      date: '2026-11-27',
      attachments: ['督察情况表'],
      cc: '区委办公室',
    });
    const text = (await convertWithLibreOffice(docx, 'notice.docx', 'txt:Text')).toString('utf8');
    for (const words of [
      '区人民政府督察室',
      '督通〔2026〕12号',
      '关于安置房建设进度滞后的督察通知',
      '区住建局：',
      '一、存在问题',
      '马寨安置区',
      '附件：督察情况表',
      '2026年11月27日',
      '抄送：区委办公室。',
    ])
      expect(text).toContain(words);
  }, 300_000);
});

describe('exported .xlsx in LibreOffice', () => {
  it('opens the exported ledger, and what LibreOffice saves reads back the same', async () => {
    const res = await sup.get(`/api/items/export.xlsx?ledgerId=${w.ledgerId}`);
    expect(res.statusCode).toBe(200);
    const resaved = await convertWithLibreOffice(
      res.rawPayload,
      'ledger.xlsx',
      'xlsx:Calc MS Excel 2007 XML',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(resaved as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').text).toBe('2026年安置房建设工作台账');
    expect(ws.getCell('D5').text).toBe(item.title);
    expect(ws.getCell('H3').text).toBe('责任分工');
    const pdf = await convertWithLibreOffice(res.rawPayload, 'ledger.xlsx', 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 300_000);
});
