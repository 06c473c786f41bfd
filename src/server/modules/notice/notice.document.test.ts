import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeOut } from '../../../core/schemas/notice.js';
import { convertWithLibreOffice } from '../../testing/libreoffice.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
let notice: NoticeOut;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  const item = await w.seedItem({ title: '马寨安置区3#地块主体封顶' }, 'assign');
  notice = (
    await sup.post('/api/notices', {
      kind: 'inspection',
      unitId: w.leadUnitId,
      itemIds: [item.id],
      findings: '主体施工进度滞后路线图约20天。\n现场作业人员不足。',
      requiredActions: '倒排工期，增加作业面，确保12月底前主体封顶。',
      replyDue: '2026-12-10',
    })
  ).json<NoticeOut>();
});
afterAll(() => t?.close());

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EXPECTED = (n: NoticeOut) => [
  '区人民政府督察室',
  n.number,
  '督察通知单',
  '区住建局：',
  '“马寨安置区3#地块主体封顶”',
  '一、发现的问题',
  '主体施工进度滞后路线图约20天。',
  '现场作业人员不足。',
  '二、整改要求',
  '倒排工期，增加作业面，确保12月底前主体封顶。',
  '三、回复时限',
  '请于2026年12月10日前将整改情况书面回复',
  '2026年11月27日',
];

describe('GET /api/notices/:id/document.docx', () => {
  it('is a Word document that mammoth reads back with every part of the notice', async () => {
    expect(notice.number).toBe('督通〔2026〕1号');
    const res = await sup.get(`/api/notices/${notice.id}/document.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('督通〔2026〕1号.docx'));
    const mammoth = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: res.rawPayload });
    for (const words of EXPECTED(notice)) expect(value).toContain(words);
  });

  it('opens in LibreOffice: converted to text and to PDF', async () => {
    const res = await sup.get(`/api/notices/${notice.id}/document.docx`);
    const text = (await convertWithLibreOffice(res.rawPayload, 'notice.docx', 'txt:Text')).toString('utf8');
    for (const words of EXPECTED(notice)) expect(text).toContain(words);
    const pdf = await convertWithLibreOffice(res.rawPayload, 'notice.docx', 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 300_000);

  it('is read like the notice: the addressed unit downloads it, others get 404', async () => {
    expect((await (await w.api('unitLead')).get(`/api/notices/${notice.id}/document.docx`)).statusCode).toBe(
      200,
    );
    expect((await (await w.api('unitCoop')).get(`/api/notices/${notice.id}/document.docx`)).statusCode).toBe(
      404,
    );
  });
});
