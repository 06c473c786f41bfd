/**
 * What an uploaded file is, judged by its content (magic bytes), never by its
 * name; and a name made safe to keep and to send back. Pure, so that the web
 * app can pre-check a pick with the same rules.
 */

/** The kinds of attachment an office accepts, by MIME type, with the extensions each may carry. */
export const FILE_KINDS = {
  'image/jpeg': ['jpg', 'jpeg', 'jfif'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'text/plain': ['txt', 'csv'],
} as const;
export type FileMime = keyof typeof FILE_KINDS;

/** Images the server can draw a thumbnail of. */
export const IMAGE_MIMES: readonly FileMime[] = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/heic',
];

/** The extensions the upload picker offers (`accept` attribute). */
export const ACCEPTED_EXTENSIONS = Object.values(FILE_KINDS)
  .flat()
  .map((e) => `.${e}`);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** HEIF brands of still images (ISO/IEC 23008-12): HEVC-coded and the generic image brands. */
const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/** Latin-1 view of the bytes, for finding entry names in a zip's headers. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const n = needle.length;
  outer: for (let i = 0; i + n <= bytes.length; i++) {
    for (let j = 0; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/**
 * Plain text: valid UTF-8 (a BOM allowed), no NUL or other control bytes but
 * tab, line feed, form feed and carriage return, and not markup — an HTML page
 * or SVG is refused as text because a browser would run it.
 */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  return !/^<(!doctype|html|svg|\?xml|script|head|body|iframe)/.test(head) && !/<script[\s>]/.test(head);
}

/** The MIME type the content shows, or null when it is none of the accepted kinds. */
export function sniffMime(bytes: Uint8Array): FileMime | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.includes(ascii(bytes, 8, 12))) return 'image/heic';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An Office Open XML package is a zip with a content-types part and its main part's folder.
    if (!containsAscii(bytes, '[Content_Types].xml')) return null;
    if (containsAscii(bytes, 'word/document.xml')) return FILE_KIND_DOCX;
    if (containsAscii(bytes, 'xl/workbook.xml')) return FILE_KIND_XLSX;
    return null;
  }
  return isPlainText(bytes) ? 'text/plain' : null;
}
const FILE_KIND_DOCX: FileMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FILE_KIND_XLSX: FileMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Device names Windows will not open as files, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name safe to store and to send back: the last path segment only (no
 * `../`), without control or bidirectional-override characters and the
 * characters Windows forbids, no leading or trailing dots and spaces, no
 * device names (`CON`), at most 200 characters with the extension kept.
 * Never empty.
 */
export function cleanFileName(raw: string): string {
  let name = raw.normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  name = name.replace(/[<>:"|?*]/g, '_');
  name = name.replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = name.lastIndexOf('.');
  let stem = dot > 0 ? name.slice(0, dot) : name;
  let ext = dot > 0 ? name.slice(dot) : '';
  if (WINDOWS_RESERVED.test(stem.split('.')[0])) stem = `_${stem}`;
  if (ext.length > 16) {
    stem = name;
    ext = '';
  }
  stem = [...stem].slice(0, 200 - ext.length).join('');
  return stem ? `${stem}${ext}` : `file${ext}`;
}

/** The lower-case extension of a name, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The name to keep for content of `mime`: refused (null) when its extension
 * names another kind — `photo.jpg` that is really text is not a photo —, given
 * the kind's extension when it has none or one of no accepted kind.
 */
export function nameForContent(name: string, mime: FileMime): string | null {
  const ext = extensionOf(name);
  const allowed = FILE_KINDS[mime] as readonly string[];
  if (allowed.includes(ext)) return name;
  const known = Object.values(FILE_KINDS).some((exts) => (exts as readonly string[]).includes(ext));
  if (known) return null;
  return `${name}.${allowed[0]}`;
}

/**
 * `Content-Disposition` for a download under its original name: an ASCII
 * fallback for old clients and the exact name in UTF-8 (RFC 6266 / RFC 5987).
 */
export function contentDisposition(
  name: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
