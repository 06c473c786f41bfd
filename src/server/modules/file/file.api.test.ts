import { createHash } from 'node:crypto';
import fs from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOut } from '../../../core/schemas/file.js';
import type { LocalFileStorage } from '../../platform/file-storage.js';
import { multipartFile } from '../../testing/multipart.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Persona, type World } from '../../testing/world.js';
import { writeSetting } from '../settings/settings.service.js';

let t: TestApp;
let w: World;
let itemId: string;
let jpeg: Buffer;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  itemId = (await w.seedItem({}, 'assign')).id;
  jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c33' } })
    .jpeg()
    .toBuffer();
});
afterAll(() => t?.close());

const upload = async (persona: Persona, id: string, name: string, content: Buffer | string) => {
  const { payload, headers } = multipartFile(name, content);
  return (await w.api(persona)).post(`/api/items/${id}/files`, payload, headers);
};

/** Every stored object under the storage root, to show that a refusal leaves nothing behind. */
function storedObjects(): string[] {
  const root = (t.app.services.files as LocalFileStorage).root;
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name);
}

async function fileRows(id: string) {
  return t.db.handle.db.selectFrom('files').selectAll().where('item_id', '=', id).execute();
}

describe('POST /api/items/:id/files', () => {
  it('stores a photo with its hash and a thumbnail, and gives back the same bytes under its name', async () => {
    const res = await upload('unitLead', itemId, '现场照片 (1).jpg', jpeg);
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json<FileOut>();
    expect(file).toMatchObject({
      itemId,
      ownerKind: 'item',
      name: '现场照片 (1).jpg',
      mime: 'image/jpeg',
      size: jpeg.length,
      sha256: createHash('sha256').update(jpeg).digest('hex'),
      hasThumbnail: true,
      createdByName: w.users.unitLead.displayName,
    });

    const down = await (await w.api('supervisor')).get(`/api/files/${file.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(jpeg)).toBe(true);
    expect(down.headers['content-type']).toBe('image/jpeg');
    expect(down.headers['content-disposition']).toBe(
      `attachment; filename="____ (1).jpg"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87%20%281%29.jpg`,
    );
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-security-policy']).toContain('sandbox');

    const thumb = await (await w.api('unitCoop')).get(`/api/files/${file.id}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(320);
  });

  it('keeps every upload as a new file, even of the same name and content', async () => {
    const item = await w.seedItem({}, 'assign');
    const a = (await upload('unitLead', item.id, 'notes.txt', '第一稿')).json<FileOut>();
    const b = (await upload('unitLead', item.id, 'notes.txt', '第二稿')).json<FileOut>();
    expect(a.id).not.toBe(b.id);
    expect((await (await w.api('unitLead')).get(`/api/files/${a.id}`)).body).toBe('第一稿');
    const list = (await (await w.api('unitCoop')).get(`/api/items/${item.id}/files`)).json();
    expect(list.items.map((f: FileOut) => f.id)).toEqual([a.id, b.id]);
    // A file that is not an image has no thumbnail.
    expect((await (await w.api('unitLead')).get(`/api/files/${a.id}/thumbnail`)).statusCode).toBe(404);
  });

  it.each([
    ['../../etc/passwd', 'passwd.txt'],
    ['..\\..\\boot.ini', 'boot.ini.txt'],
    ['a\u0000b.txt', 'ab.txt'],
    ['CON', '_CON.txt'],
    ['con.txt', '_con.txt'],
  ])('stores %j safely as %j, under a key of its own', async (name, clean) => {
    const item = await w.seedItem({}, 'assign');
    const res = await upload('unitLead', item.id, name, 'root:x:0:0');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toBe(clean);
    const [row] = await fileRows(item.id);
    expect(row.storage_key).toBe(`items/${item.id}/${row.id}`);
    expect((await (await w.api('unitLead')).get(`/api/files/${row.id}`)).body).toBe('root:x:0:0');
  });

  it.each([
    ['a .jpg that is really text', 'photo.jpg', 'just some text', 415, 'unsupported_type'],
    [
      'an HTML page called .txt',
      'page.txt',
      '<!doctype html><script>alert(1)</script>',
      415,
      'unsupported_type',
    ],
    ['an executable', 'tool.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), 415, 'unsupported_type'],
    ['an empty file', 'empty.txt', '', 415, 'unsupported_type'],
  ])('refuses %s and keeps nothing', async (_, name, content, status, code) => {
    const item = await w.seedItem({}, 'assign');
    const before = storedObjects().length;
    const res = await upload('unitLead', item.id, name, content);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(await fileRows(item.id)).toEqual([]);
    expect(storedObjects().length).toBe(before);
  });

  it('refuses a file over the size limit with 413 and keeps nothing', async () => {
    const item = await w.seedItem({}, 'assign');
    await writeSetting(t.sys, 'files.maxMegabytes', 1);
    try {
      const before = storedObjects().length;
      const res = await upload('unitLead', item.id, 'big.txt', 'x'.repeat(1024 * 1024 + 1));
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('too_large');
      expect(await fileRows(item.id)).toEqual([]);
      expect(storedObjects().length).toBe(before);
      expect((await upload('unitLead', item.id, 'fits.txt', 'x'.repeat(1024 * 1024))).statusCode).toBe(201);
    } finally {
      await writeSetting(t.sys, 'files.maxMegabytes', 20);
    }
  });

  it('asks for a multipart body', async () => {
    const res = await (await w.api('unitLead')).post(`/api/items/${itemId}/files`, { name: 'x' });
    expect(res.statusCode).toBe(400);
  });
});

describe('who reaches files', () => {
  it('lets only those who see the item upload, list and download', async () => {
    const item = await w.seedItem({}, 'assign');
    const file = (await upload('unitCoop', item.id, 'scan.pdf', '%PDF-1.4\n%…')).json<FileOut>();
    expect(file.mime).toBe('application/pdf');
    const other = await w.api('unitOther');
    expect((await upload('unitOther', item.id, 'x.txt', 'x')).statusCode).toBe(404);
    expect((await other.get(`/api/files/${file.id}`)).statusCode).toBe(404);
    expect((await other.get(`/api/files/${file.id}/thumbnail`)).statusCode).toBe(404);
    expect((await other.get(`/api/items/${item.id}/files`)).statusCode).toBe(404);
    expect((await upload('supervisorOtherLedger', item.id, 'x.txt', 'x')).statusCode).toBe(404);
    expect((await (await w.api('supervisorOtherLedger')).get(`/api/files/${file.id}`)).statusCode).toBe(404);
    expect((await upload('leader', item.id, 'x.txt', 'x')).statusCode).toBe(403);
    expect((await (await w.api('leader')).get(`/api/files/${file.id}`)).statusCode).toBe(200);
    expect((await (await w.api('auditor')).get(`/api/files/${file.id}`)).statusCode).toBe(403);
    expect((await (await w.api('anonymous')).get(`/api/files/${file.id}`)).statusCode).toBe(401);
  });

  it('keeps drafts’ files from units, like the draft itself', async () => {
    const draft = await w.seedItem();
    expect((await upload('supervisor', draft.id, 'plan.txt', '方案')).statusCode).toBe(201);
    expect((await upload('unitLead', draft.id, 'x.txt', 'x')).statusCode).toBe(404);
  });

  it('records the upload on the timeline and in the audit log', async () => {
    const item = await w.seedItem({}, 'assign');
    const file = (await upload('unitLead', item.id, '周报.txt', '本周完成')).json<FileOut>();
    const timeline = (await (await w.api('supervisor')).get(`/api/items/${item.id}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'file_uploaded', title: '上传附件', text: '周报.txt' });
    const audit = await t.db.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'file')
      .where('entity_id', '=', file.id)
      .execute();
    expect(audit).toHaveLength(1);
  });
});
