import { describe, expect, it } from 'vitest';
import { cleanFileName, contentDisposition, nameForContent, sniffMime } from './files.js';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('sniffMime', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'image/png'],
    ['gif', bytes('GIF89a', [1, 0]), 'image/gif'],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['heic', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]), 'image/heic'],
    ['pdf', bytes('%PDF-1.7\n'), 'application/pdf'],
    [
      'docx',
      bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'xlsx',
      bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....xl/workbook.xml'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['utf-8 text', new TextEncoder().encode('进展情况：已完成主体封顶。\r\n'), 'text/plain'],
  ])('knows %s by its content', (_, content, mime) => {
    expect(sniffMime(content)).toBe(mime);
  });

  it.each([
    ['an empty file', bytes()],
    ['a plain zip', bytes([0x50, 0x4b, 0x03, 0x04], 'hello.txt')],
    ['a zip that is no office document', bytes([0x50, 0x4b, 0x03, 0x04], '[Content_Types].xml ppt/x')],
    ['an HTML page', new TextEncoder().encode('<!DOCTYPE html><script>alert(1)</script>')],
    ['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>')],
    ['a script after text', new TextEncoder().encode('hello <script>alert(1)</script>')],
    ['binary with NUL bytes', bytes('abc', [0, 1, 2])],
    ['invalid UTF-8', bytes([0xc3, 0x28])],
    ['an executable', bytes([0x4d, 0x5a, 0x90, 0])],
  ])('refuses %s', (_, content) => {
    expect(sniffMime(content)).toBeNull();
  });
});

describe('cleanFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['现场照片.jpg', '现场照片.jpg'],
    ['a\u0000b.txt', 'ab.txt'],
    ['报告\u202Egpj.exe', '报告gpj.exe'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['LPT1.tar.gz', '_LPT1.tar.gz'],
    ['  .hidden. ', 'hidden'],
    ['a<b>:c?.pdf', 'a_b__c_.pdf'],
    ['..', 'file'],
    ['', 'file'],
    ['/', 'file'],
  ])('%j becomes %j', (raw, clean) => {
    expect(cleanFileName(raw)).toBe(clean);
  });

  it('keeps the extension when shortening a long name', () => {
    const name = cleanFileName(`${'长'.repeat(300)}.pdf`);
    expect([...name].length).toBe(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('nameForContent', () => {
  it('refuses a name whose extension names another kind', () => {
    expect(nameForContent('photo.jpg', 'text/plain')).toBeNull();
    expect(nameForContent('page.html', 'text/plain')).toBe('page.html.txt');
    expect(nameForContent('scan.PDF', 'application/pdf')).toBe('scan.PDF');
    expect(nameForContent('scan', 'application/pdf')).toBe('scan.pdf');
    expect(nameForContent('IMG_0001.HEIC', 'image/heic')).toBe('IMG_0001.HEIC');
  });
});

describe('contentDisposition', () => {
  it('sends the exact name in UTF-8 and an ASCII fallback', () => {
    expect(contentDisposition('现场 照片(1).jpg')).toBe(
      `attachment; filename="__ __(1).jpg"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%20%E7%85%A7%E7%89%87%281%29.jpg`,
    );
    expect(contentDisposition('a"b.txt', 'inline')).toBe(
      `inline; filename="a_b.txt"; filename*=UTF-8''a%22b.txt`,
    );
  });
});
