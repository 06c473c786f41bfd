import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceOut, InspectionOut } from '../../../core/schemas/inspection.js';
import type { LocalFileStorage } from '../../platform/file-storage.js';
import { multipartFile } from '../../testing/multipart.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Persona, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let inspection: InspectionOut;

/** A real JPEG with the EXIF a phone writes: capture time, its zone, and GPS (Zhengzhou, 郑州). */
async function phonePhoto(taken = '2026:11:20 10:15:30'): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: '#5a8' } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: 'Ducha', Model: 'TestPhone' },
      IFD2: { DateTimeOriginal: taken, OffsetTimeOriginal: '+08:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '34/1 45/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '113/1 37/1 1200/100',
      },
    })
    .toBuffer();
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  const item = await w.seedItem({}, 'assign');
  const res = await (await w.api('supervisor')).post('/api/inspections', {
    method: 'onsite',
    inspectedOn: '2026-11-20',
    unitId: w.leadUnitId,
    itemIds: [item.id],
    summary: '实地查看施工现场',
    verdict: 'good',
  });
  inspection = res.json<InspectionOut>();
});
afterAll(() => t?.close());

const upload = async (persona: Persona, name: string, content: Buffer | string, id = inspection.id) => {
  const { payload, headers } = multipartFile(name, content);
  return (await w.api(persona)).post(`/api/inspections/${id}/files`, payload, headers);
};

/** The stored object's bytes, read straight from the storage folder. */
function storedBytes(id: string): Buffer {
  const root = (t.app.services.files as LocalFileStorage).root;
  return fs.readFileSync(path.join(root, 'inspections', inspection.id, id));
}

describe('photos of an inspection', () => {
  it('reads capture time and place from EXIF, keeps the original byte for byte with its SHA-256', async () => {
    const jpeg = await phonePhoto();
    const res = await upload('supervisor', 'IMG_0412.jpg', jpeg);
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json<EvidenceOut>();
    expect(photo).toMatchObject({
      ownerKind: 'inspection',
      ownerId: inspection.id,
      name: 'IMG_0412.jpg',
      mime: 'image/jpeg',
      size: jpeg.length,
      sha256: createHash('sha256').update(jpeg).digest('hex'),
      takenAt: '2026-11-20T10:15:30+08:00',
      dating: 'ok',
      hasThumbnail: true,
    });
    expect(photo.latitude).toBeCloseTo(34.758333, 5);
    expect(photo.longitude).toBeCloseTo(113.62, 5);
    expect(storedBytes(photo.id).equals(jpeg)).toBe(true);
    const down = await (await w.api('unitLead')).get(`/api/evidence/${photo.id}`);
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(jpeg)).toBe(true);
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    const thumb = await (await w.api('leader')).get(`/api/evidence/${photo.id}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect((await sharp(thumb.rawPayload).metadata()).format).toBe('webp');
  });

  it('flags a photo taken long before the inspection day', async () => {
    const res = await upload('supervisor', 'old.jpg', await phonePhoto('2025:11:02 09:00:00'));
    expect(res.json()).toMatchObject({ dating: 'stale', daysBefore: 383 });
  });

  it('keeps the original when the inspector types the address and caption', async () => {
    const jpeg = await phonePhoto();
    const photo = (await upload('supervisor', 'site.jpg', jpeg)).json<EvidenceOut>();
    const api = await w.api('supervisor');
    const res = await api.patch(`/api/evidence/${photo.id}`, {
      version: photo.version,
      address: '马寨镇安置区3#地块东门',
      caption: '安全网破损处',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ address: '马寨镇安置区3#地块东门', sha256: photo.sha256, version: 2 });
    expect(storedBytes(photo.id).equals(jpeg)).toBe(true);
    expect((await api.patch(`/api/evidence/${photo.id}`, { version: 1, caption: 'x' })).statusCode).toBe(409);
    expect(
      (await (await w.api('unitLead')).patch(`/api/evidence/${photo.id}`, { version: 2, caption: 'x' }))
        .statusCode,
    ).toBe(403);
    // A second upload of the same picture is a new record; nothing is overwritten.
    const again = (await upload('supervisor', 'site.jpg', jpeg)).json<EvidenceOut>();
    expect(again.id).not.toBe(photo.id);
  });

  it('keeps a HEIC it cannot draw (and whose boxes would hang the EXIF reader) without thumbnail or facts', async () => {
    // The head of a HEIF file (ftyp box, brand heic) with no decodable image after it.
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic', 'latin1'),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('mif1heic', 'latin1'),
      Buffer.alloc(64),
    ]);
    const res = await upload('supervisor', 'IMG_0001.HEIC', heic);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      mime: 'image/heic',
      hasThumbnail: false,
      isImage: true,
      takenAt: null,
    });
    const plain = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect((await upload('supervisor', 'scan.png', plain)).json()).toMatchObject({
      dating: 'unknown',
      latitude: null,
      hasThumbnail: true,
    });
  });

  it.each([
    ['text calling itself a photo', 'photo.jpg', '这不是照片'],
    ['an HTML page calling itself a photo', 'photo.jpg', '<!doctype html><script>alert(1)</script>'],
    ['a JPEG calling itself a PNG', 'photo.png', 'jpeg'],
    ['an executable calling itself a PDF', 'report.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])],
  ])('refuses %s and keeps nothing', async (_, name, content) => {
    const body = content === 'jpeg' ? await phonePhoto() : content;
    const before = (await (await w.api('supervisor')).get(`/api/inspections/${inspection.id}/files`)).json()
      .total;
    const res = await upload('supervisor', name, body);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_type');
    expect(
      (await (await w.api('supervisor')).get(`/api/inspections/${inspection.id}/files`)).json().total,
    ).toBe(before);
  });

  it('lets only the office add photos, and only those who see the inspection see them', async () => {
    const jpeg = await phonePhoto();
    expect((await upload('unitLead', 'x.jpg', jpeg)).statusCode).toBe(403);
    expect((await upload('leader', 'x.jpg', jpeg)).statusCode).toBe(403);
    expect((await upload('supervisorOtherLedger', 'x.jpg', jpeg)).statusCode).toBe(404);
    const photo = (await upload('supervisor', 'x.jpg', jpeg)).json<EvidenceOut>();
    expect((await (await w.api('unitOther')).get(`/api/evidence/${photo.id}`)).statusCode).toBe(404);
    expect((await (await w.api('unitOther')).get(`/api/inspections/${inspection.id}/files`)).statusCode).toBe(
      404,
    );
    expect((await (await w.api('auditor')).get(`/api/evidence/${photo.id}`)).statusCode).toBe(403);
    expect((await (await w.api('anonymous')).get(`/api/evidence/${photo.id}`)).statusCode).toBe(401);
  });

  it('hides the photos of an undisclosed unannounced inspection from the unit', async () => {
    const item = await w.seedItem({}, 'assign');
    const hidden = (
      await (
        await w.api('supervisor')
      ).post('/api/inspections', {
        method: 'unannounced',
        inspectedOn: '2026-11-25',
        unitId: w.leadUnitId,
        itemIds: [item.id],
        summary: '暗访夜间施工扬尘',
        verdict: 'poor',
      })
    ).json<InspectionOut>();
    const photo = (
      await upload('supervisor', 'night.jpg', await phonePhoto('2026:11:25 22:10:00'), hidden.id)
    ).json<EvidenceOut>();
    expect((await (await w.api('unitLead')).get(`/api/evidence/${photo.id}`)).statusCode).toBe(404);
    expect((await (await w.api('unitLead')).get(`/api/evidence/${photo.id}/thumbnail`)).statusCode).toBe(404);
    await (await w.api('supervisor')).post(`/api/inspections/${hidden.id}/disclose`, {
      version: hidden.version,
    });
    expect((await (await w.api('unitLead')).get(`/api/evidence/${photo.id}`)).statusCode).toBe(200);
  });
});
