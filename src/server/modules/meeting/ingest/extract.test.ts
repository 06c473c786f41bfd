import { describe, expect, it } from 'vitest';
import { analyzeReport } from '../../../../core/ingest/propose.js';
import { AppError } from '../../../errors.js';
import { minimalDocx } from '../../../testing/minimal-docx.js';
import { minimalPdf } from '../../../testing/minimal-pdf.js';
import { extractText } from './extract.js';

const units = [
  {
    id: 'zjj',
    name: '区住房和城乡建设局',
    shortName: '区住建局',
    aliases: ['住建局'],
    kind: 'department' as const,
  },
];

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).details[0]?.zh ?? '';
}

describe('extractText', () => {
  it('reads the paragraphs of a .docx', async () => {
    const docx = await minimalDocx([
      '区政府召开常务会议',
      '会议要求：一是由区住建局牵头，年底前完成安置房建设。二是抓好扬尘治理。',
    ]);
    const { text, format } = await extractText('纪要.docx', docx);
    expect(format).toBe('docx');
    expect(text).toContain('一是由区住建局牵头');
    expect(text.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('reads the text lines of a .pdf page, which the cleaner joins back into sentences', async () => {
    const pdf = minimalPdf([
      '会议要求：一是由区住建',
      '局牵头，年底前完成安置',
      '房建设1260套。二是抓',
      '好扬尘治理。',
    ]);
    const { text, format } = await extractText('report.pdf', pdf);
    expect(format).toBe('pdf');
    expect(text.split('\n').filter(Boolean)).toEqual([
      '会议要求：一是由区住建',
      '局牵头，年底前完成安置',
      '房建设1260套。二是抓',
      '好扬尘治理。',
    ]);
    const { proposals } = analyzeReport(text, { meetingDate: '2026-11-20', units });
    expect(proposals.map((p) => [p.lead?.unitId ?? null, p.dueDate, p.targets.map((t) => t.value)])).toEqual([
      ['zjj', '2026-12-31', [1260]],
      [null, null, []],
    ]);
  });

  it('refuses an empty file, a binary file, a broken PDF or .docx, and other formats, in words', async () => {
    expect(await refusal(extractText('a.txt', new Uint8Array()))).toBe('文件为空');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await refusal(extractText('a.txt', png))).toContain('不是文本文件');
    expect(await refusal(extractText('a.pdf', Buffer.from('%PDF-1.4 nothing else')))).toContain(
      '无法读取该 PDF',
    );
    expect(await refusal(extractText('a.docx', Buffer.from('not a zip')))).toContain('无法读取该 Word');
    expect(await refusal(extractText('a.xls', Buffer.from('x')))).toContain('不支持 .xls');
  });
});
