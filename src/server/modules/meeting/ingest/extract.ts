import { MAX_REPORT_FILE_BYTES } from '../../../../core/meeting.js';
import { AppError } from '../../../errors.js';

/**
 * The text of an uploaded report: .txt (UTF-8, or GB18030 as older Chinese
 * systems write it), .docx (mammoth) or .pdf (pdf.js: one line per text line
 * of the page, which the cleaner then joins). Anything else, or bytes that
 * are not text, is refused with words saying why.
 */
export type ReportFormat = 'txt' | 'docx' | 'pdf';

const refuse = (zh: string, en: string) => new AppError('validation', [{ field: 'file', zh, en }]);

export function formatOf(fileName: string, bytes: Uint8Array): ReportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  if (ext === 'pdf' || head === '%PDF-') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'txt' || ext === 'text' || !ext) return 'txt';
  throw refuse(
    `不支持 .${ext} 文件：请上传 .txt、.docx 或 .pdf`,
    `.${ext} files are not supported: upload .txt, .docx or .pdf`,
  );
}

export async function extractText(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ text: string; format: ReportFormat }> {
  if (bytes.length === 0) throw refuse('文件为空', 'The file is empty');
  if (bytes.length > MAX_REPORT_FILE_BYTES)
    throw refuse('文件过大：最大 10 MB', 'The file is too large: at most 10 MB');
  const format = formatOf(fileName, bytes);
  if (format === 'docx') return { text: await docxText(bytes), format };
  if (format === 'pdf') return { text: await pdfText(bytes), format };
  return { text: plainText(bytes), format };
}

/** Text that is mostly control characters, or holds NUL bytes, is a binary file under a text name. */
export function plainText(bytes: Uint8Array): string {
  if (bytes.includes(0))
    throw refuse('这不是文本文件（含二进制内容）', 'This is not a text file (it holds binary data)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Control characters other than tab, line feed and carriage return, and undecodable bytes.
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (control > text.length / 50)
    throw refuse('这不是文本文件（无法识别的编码）', 'This is not a text file (unrecognised encoding)');
  return text.replace(/^\ufeff/, '');
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch {
    throw refuse('无法读取该 Word 文件（须为 .docx）', 'Could not read this Word file (it must be .docx)');
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw refuse('无法读取该 PDF 文件', 'Could not read this PDF file');
  }
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    pages.push(text);
  }
  await doc.destroy();
  const text = pages.join('\n\n');
  if (!text.trim())
    throw refuse(
      '该 PDF 中没有可提取的文字（可能是扫描件），请粘贴文字',
      'This PDF holds no extractable text (perhaps a scan); paste the text instead',
    );
  return text;
}
