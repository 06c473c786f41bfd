import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKeySegments, InvalidFileKeyError, LocalFileStorage } from './file-storage.js';

let dir: string;
let storage: LocalFileStorage;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-files-'));
  storage = new LocalFileStorage(path.join(dir, 'files'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('file keys', () => {
  it.each([
    ['items/0195/report.pdf', ['items', '0195', 'report.pdf']],
    ['a', ['a']],
    ['x/y-z_1.tar.gz', ['x', 'y-z_1.tar.gz']],
  ])('accepts %s', (key, segments) => {
    expect(fileKeySegments(key)).toEqual(segments);
  });

  it.each([
    '',
    '..',
    '../etc/passwd',
    'items/../../x',
    'items/./x',
    '/abs',
    'trailing/',
    'a//b',
    'back\\slash',
    'C:evil',
    '.hidden',
    'sp ace',
    'nul\0byte',
    '报告.pdf',
    `${'a/'.repeat(16)}a`,
    'x'.repeat(513),
  ])('refuses %j', (key) => {
    expect(() => fileKeySegments(key)).toThrow(InvalidFileKeyError);
  });
});

describe('LocalFileStorage', () => {
  it('stores, stats, streams back and deletes by key', async () => {
    const put = await storage.put('items/1/a.txt', '督办 content');
    expect(put.size).toBe(Buffer.byteLength('督办 content'));
    expect(fs.readFileSync(path.join(dir, 'files', 'items', '1', 'a.txt'), 'utf8')).toBe('督办 content');
    expect(await storage.stat('items/1/a.txt')).toMatchObject({ size: put.size });
    const stream = await storage.get('items/1/a.txt');
    expect(stream && (await text(stream))).toBe('督办 content');
    expect(await storage.delete('items/1/a.txt')).toBe(true);
    expect(await storage.delete('items/1/a.txt')).toBe(false);
    expect(await storage.get('items/1/a.txt')).toBeNull();
    expect(await storage.stat('items/1/a.txt')).toBeNull();
  });

  it('takes a stream, replaces earlier content and leaves no temporary file', async () => {
    await storage.put('big.bin', Buffer.alloc(10, 1));
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(16 * 1024, 7));
    const stat = await storage.put('big.bin', Readable.from(chunks));
    expect(stat.size).toBe(64 * 16 * 1024);
    expect(fs.readdirSync(path.join(dir, 'files')).filter((f) => f.startsWith('big'))).toEqual(['big.bin']);
  });

  it('keeps the old content when the incoming stream fails', async () => {
    await storage.put('keep.txt', 'old');
    const failing = new Readable({
      read() {
        this.push('partial');
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put('keep.txt', failing)).rejects.toThrow('client went away');
    const stream = await storage.get('keep.txt');
    expect(stream && (await text(stream))).toBe('old');
    expect(fs.readdirSync(path.join(dir, 'files')).filter((f) => f.startsWith('keep'))).toEqual(['keep.txt']);
  });

  it('refuses keys that would leave its folder, for every operation', async () => {
    fs.writeFileSync(path.join(dir, 'outside.txt'), 'secret');
    await expect(storage.get('../outside.txt')).rejects.toThrow(InvalidFileKeyError);
    await expect(storage.stat('../outside.txt')).rejects.toThrow(InvalidFileKeyError);
    await expect(storage.put('../outside.txt', 'x')).rejects.toThrow(InvalidFileKeyError);
    await expect(storage.delete('../outside.txt')).rejects.toThrow(InvalidFileKeyError);
    expect(fs.readFileSync(path.join(dir, 'outside.txt'), 'utf8')).toBe('secret');
  });

  it('treats a folder as no file', async () => {
    await storage.put('folder/inner.txt', 'x');
    expect(await storage.stat('folder')).toBeNull();
    expect(await storage.stat('folder/inner.txt/deeper')).toBeNull();
  });
});
