import { createInflateRaw } from 'node:zlib';

/**
 * Checks an uploaded .xlsx before any library unpacks it. An .xlsx is a zip;
 * a zip bomb — a few kilobytes that inflate to gigabytes — or a file that is
 * no zip at all must be refused here, with nothing unpacked into memory
 * beyond the limits. Every entry is actually inflated with a bounded output
 * (the sizes a zip declares can lie), so the check does not trust the file.
 */
export const MAX_UNPACKED_BYTES = 150 * 1024 * 1024;
const MAX_ENTRIES = 5000;

export type ZipVerdict = { ok: true } | { ok: false; reason: 'not_xlsx' | 'too_large' | 'corrupt' };

export async function checkXlsxZip(buf: Buffer, maxUnpacked = MAX_UNPACKED_BYTES): Promise<ZipVerdict> {
  // Every zip starts with a local file header; anything else is not an .xlsx (an .xls, a PDF, junk).
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return { ok: false, reason: 'not_xlsx' };
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return { ok: false, reason: 'corrupt' };
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // Zip64 markers: no honest .xlsx under our upload limit needs them.
  if (entries === 0xffff || cdOffset === 0xffffffff) return { ok: false, reason: 'too_large' };
  if (entries > MAX_ENTRIES) return { ok: false, reason: 'too_large' };
  let p = cdOffset;
  let budget = maxUnpacked;
  let sawWorkbook = false;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return { ok: false, reason: 'corrupt' };
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (name === 'xl/workbook.xml') sawWorkbook = true;
    p += 46 + nameLen + extraLen + commentLen;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50)
      return { ok: false, reason: 'corrupt' };
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) return { ok: false, reason: 'corrupt' };
    const data = buf.subarray(start, start + compressed);
    if (method === 0) budget -= compressed;
    else if (method === 8) {
      const inflated = await inflatedSize(data, budget);
      if (inflated === 'corrupt') return { ok: false, reason: 'corrupt' };
      budget -= inflated;
    } else return { ok: false, reason: 'corrupt' };
    if (budget <= 0) return { ok: false, reason: 'too_large' };
  }
  return sawWorkbook ? { ok: true } : { ok: false, reason: 'not_xlsx' };
}

/**
 * Inflates and counts, keeping no output: memory stays at zlib's window
 * whatever the entry unpacks to. Stops as soon as the count passes `limit`.
 */
function inflatedSize(data: Buffer, limit: number): Promise<number | 'corrupt'> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', () => resolve('corrupt'));
    inflate.end(data);
  });
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}
