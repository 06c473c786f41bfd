import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { migrate } from '../db/database.js';
import { verifyAuditChain } from '../modules/audit/audit.repo.js';
import type { LocalFileStorage } from '../platform/file-storage.js';
import { TEST_PASSWORD } from '../testing/factories.js';
import { multipartFile } from '../testing/multipart.js';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app.js';
import { createTestDb, type TestDb } from '../testing/test-db.js';
import { buildWorld, type World } from '../testing/world.js';
import { createBackup, dataTables } from './backup.js';
import { type BackupManifest, encodeRow } from './manifest.js';
import { restoreBackup, verifyBackup } from './restore.js';

/**
 * The restore drill: a district with items, a decomposed item (rows that point
 * at their own table), reports and an attachment is backed up, checked and
 * restored into a new database, which must hold the same rows, the same files
 * and an intact audit chain, and serve the app.
 */
let t: TestApp;
let w: World;
let source: { filesDir: string };
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-backup-'));
const backupDir = path.join(out, 'b1');
let manifest: BackupManifest;
let itemId: string;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  source = { filesDir: (t.app.services.files as LocalFileStorage).root };
  const sup = await w.api('supervisor');
  const item = await w.seedItem({}, 'assign');
  itemId = item.id;
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
  const { payload, headers } = multipartFile('现场.png', png);
  expect((await sup.post(`/api/items/${item.id}/files`, payload, headers)).statusCode).toBe(201);
  const split = await sup.post(`/api/items/${item.id}/split`, {
    version: item.version,
    children: [{ title: '子任务一', leadUnitId: w.coopUnitId, dueDate: '2026-12-20' }],
  });
  expect(split.statusCode, split.body).toBe(201);
  const lead = await w.api('unitLead');
  await lead.post(`/api/items/${item.id}/reports`, { content: '主体施工至12层', percent: 40 });
  manifest = await createBackup({
    handle: t.db.handle,
    filesDir: source.filesDir,
    outDir: backupDir,
    now: () => TEST_NOW,
  });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(out, { recursive: true, force: true });
});

/** A table's rows as sorted lines, to compare two databases' contents. */
async function contents(db: TestDb['handle']['db'], table: string): Promise<string[]> {
  const rows = await db
    .selectFrom(table as never)
    .selectAll()
    .execute();
  return rows.map((r) => encodeRow(r as Record<string, unknown>)).sort();
}

describe('ducha backup', () => {
  it('writes every table, every attachment and the audit head into the manifest', async () => {
    const tables = await dataTables(t.db.handle);
    expect(manifest.tables.map((x) => x.name).sort()).toEqual(tables.sort());
    for (const x of manifest.tables)
      expect(x.rows, x.name).toBe((await contents(t.db.handle.db, x.name)).length);
    // Parents come before the tables that point at them.
    const at = (n: string) => manifest.tables.findIndex((x) => x.name === n);
    expect(at('units')).toBeLessThan(at('items'));
    expect(at('items')).toBeLessThan(at('responsibilities'));
    expect(manifest.files.length).toBeGreaterThanOrEqual(2); // the photo and its thumbnail
    expect(manifest.missingFiles).toEqual([]);
    expect(manifest.audit.lastSeq).toBeGreaterThan(0);
    expect((await verifyBackup(backupDir)).problems).toEqual([]);
  });

  it('refuses to write into a folder that is not empty', async () => {
    await expect(
      createBackup({ handle: t.db.handle, filesDir: source.filesDir, outDir: backupDir }),
    ).rejects.toThrow(/not empty/);
  });
});

describe('ducha restore', () => {
  it('restores the same rows, files and an intact audit chain into a new database, which then serves', async () => {
    const target = await createTestDb();
    const filesDir = path.join(target.dir, 'files');
    try {
      const r = await restoreBackup({ handle: target.handle, filesDir, dir: backupDir });
      expect(r.audit).toMatchObject({ intact: true, lastSeq: manifest.audit.lastSeq });
      for (const x of manifest.tables) {
        const restored = await contents(target.handle.db, x.name);
        const original = await contents(t.db.handle.db, x.name);
        if (x.name === 'audit_log') {
          // The restore records itself after the restored chain.
          expect(restored.length).toBe(original.length + 1);
          expect(restored).toEqual(expect.arrayContaining(original));
        } else expect(restored, x.name).toEqual(original);
      }
      for (const f of manifest.files)
        expect(fs.readFileSync(path.join(filesDir, f.key))).toEqual(
          fs.readFileSync(path.join(source.filesDir, f.key)),
        );
      expect((await verifyAuditChain(target.handle)).intact).toBe(true);

      // The restored installation serves: the same logins work and new rows get new keys.
      const app = await buildApp({ db: target.handle, now: () => TEST_NOW, webRoot: null });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: w.users.supervisor.username, password: TEST_PASSWORD },
        });
        expect(login.statusCode).toBe(200);
        const cookie = `ducha_session=${login.cookies.find((c) => c.name === 'ducha_session')?.value}`;
        const created = await app.inject({
          method: 'POST',
          url: '/api/items',
          headers: { cookie },
          payload: w.itemInput(),
        });
        expect(created.statusCode, created.body).toBe(201);
        const timeline = await app.inject({
          method: 'GET',
          url: `/api/items/${created.json().id}/timeline`,
          headers: { cookie },
        });
        expect(timeline.statusCode).toBe(200);
        // The search index is not copied but built afresh from the restored items.
        const found = await app.inject({
          method: 'GET',
          url: `/api/items?q=${encodeURIComponent('封顶 马寨安置区')}`,
          headers: { cookie },
        });
        expect(found.json().items.map((i: { id: string }) => i.id)).toContain(itemId);
      } finally {
        await app.close();
      }
      expect((await verifyAuditChain(target.handle)).intact).toBe(true);
    } finally {
      await target.drop();
    }
  });

  it('finds an altered table file or attachment, and a damaged backup restores nothing', async () => {
    const copy = path.join(out, 'damaged');
    fs.cpSync(backupDir, copy, { recursive: true });
    const items = manifest.tables.find((x) => x.name === 'items') as BackupManifest['tables'][number];
    const file = path.join(copy, items.file);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10] ^= 0xff;
    fs.writeFileSync(file, bytes);
    fs.appendFileSync(path.join(copy, 'files', manifest.files[0].key), 'x');
    const check = await verifyBackup(copy);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      `table items: ${items.file} was altered (SHA-256 differs)`,
      `attachment ${manifest.files[0].key} was altered (SHA-256 differs)`,
    ]);

    const target = await createTestDb();
    try {
      await expect(
        restoreBackup({ handle: target.handle, filesDir: path.join(target.dir, 'files'), dir: copy }),
      ).rejects.toThrow(/does not verify/);
      expect(await contents(target.handle.db, 'items')).toEqual([]);
      expect(fs.existsSync(path.join(target.dir, 'files'))).toBe(false);
    } finally {
      await target.drop();
    }
  });

  it('refuses a database that already holds data, and changes nothing in it', async () => {
    await migrate(t.db.handle.db);
    const before = await contents(t.db.handle.db, 'items');
    await expect(
      restoreBackup({ handle: t.db.handle, filesDir: source.filesDir, dir: backupDir }),
    ).rejects.toThrow(/restore into a new, empty database/);
    expect(await contents(t.db.handle.db, 'items')).toEqual(before);
  });
});
