import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Selectable, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import type { AuditLogTable } from '../../db/schema.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_AUDIT_KEY, TEST_DIALECT } from '../../testing/test-db.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';
import { advanceAuditAnchor, auditMac, MAC_ALG, verifyAuditChain } from './audit.repo.js';
import { openAuditSeal } from './audit.seal.js';

/**
 * Tamper evidence (SECURITY.md AUDIT-2): someone who can write the database
 * but holds neither the key nor the data folder edits, deletes, reorders or
 * truncates the log — verification names what and where, every time.
 */
let t: TestApp;
let w: World;
let sup: Client;
let db: Db;

/** Turns off the append-only guard, as a database superuser could. */
async function bypassGuard(on: boolean) {
  if (TEST_DIALECT === 'sqlite') {
    if (on) {
      await sql`DROP TRIGGER IF EXISTS audit_log_no_update`.execute(db);
      await sql`DROP TRIGGER IF EXISTS audit_log_no_delete`.execute(db);
    } else {
      await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
        db,
      );
      await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
        db,
      );
    }
  } else await sql`ALTER TABLE audit_log ${on ? sql`DISABLE` : sql`ENABLE`} TRIGGER USER`.execute(db);
}

type AuditRow = Selectable<AuditLogTable>;
const rowsOf = (): Promise<AuditRow[]> => db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
const verify = () => verifyAuditChain({ db });

/** Puts rows back as they were, guard off. */
async function restore(rows: AuditRow[]) {
  for (const r of rows) {
    await db.deleteFrom('audit_log').where('seq', '=', r.seq).execute();
    await db.insertInto('audit_log').values(r).execute();
  }
}

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  for (let i = 0; i < 5; i++) await w.seedItem({ title: `审计事项${i}` }, 'assign');
  await sup.post('/api/units', { name: '审计链单位', kind: 'other' });
  db = t.db.handle.db;
  await advanceAuditAnchor(db);
});
afterAll(() => t?.close());

describe('the keyed chain', () => {
  it('seals every row with an HMAC, numbered without gaps, and verifies intact', async () => {
    const rows = await rowsOf();
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((r) => r.mac_alg === MAC_ALG)).toBe(true);
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    expect(await verify()).toMatchObject({ intact: true, problem: null, lastSeq: rows.length });
  });

  it('keeps numbering without gaps when a command rolls back after auditing', async () => {
    const before = (await rowsOf()).length;
    // A refused write rolls its transaction back; its refusal record takes the next number.
    expect((await sup.post('/api/units', { name: '审计链单位', kind: 'other' })).statusCode).toBe(409);
    const rows = await rowsOf();
    expect(rows.length).toBe(before + 1);
    expect(Number(rows.at(-1)?.seq)).toBe(before + 1);
  });

  it.runIf(TEST_DIALECT === 'postgres')('refuses TRUNCATE at the database level on PostgreSQL', async () => {
    await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('detects every single-row edit, deletion and reorder, naming the row', async () => {
    const rows = await rowsOf();
    await bypassGuard(true);
    let detected = 0;
    let tried = 0;
    try {
      for (let i = 1; i < rows.length; i += Math.max(1, Math.floor(rows.length / 12))) {
        const r = rows[i];
        const seq = Number(r.seq);
        // Edit one field.
        await db
          .updateTable('audit_log')
          .set({ outcome: 'refused', after: '{}' })
          .where('seq', '=', seq)
          .execute();
        let v = await verify();
        tried++;
        if (!v.intact && v.brokenAt === seq && v.problem === 'altered') detected++;
        await restore([r]);
        // Delete it.
        await db.deleteFrom('audit_log').where('seq', '=', seq).execute();
        v = await verify();
        tried++;
        const last = seq === rows.length;
        if (!v.intact && v.brokenAt === seq && v.problem === (last ? 'truncated' : 'gap')) detected++;
        await restore([r]);
        // Swap its content with the next row's.
        if (!last) {
          const n = rows[i + 1];
          await db
            .deleteFrom('audit_log')
            .where('seq', 'in', [seq, seq + 1])
            .execute();
          await db
            .insertInto('audit_log')
            .values({ ...n, seq })
            .execute();
          await db
            .insertInto('audit_log')
            .values({ ...r, seq: seq + 1 })
            .execute();
          v = await verify();
          tried++;
          if (!v.intact && v.brokenAt === seq && v.problem === 'altered') detected++;
          await restore([r, n]);
        }
        expect(await verify(), `restored after seq ${seq}`).toMatchObject({ intact: true });
      }
    } finally {
      await bypassGuard(false);
    }
    console.log(`audit tamper detection (${TEST_DIALECT}): ${detected}/${tried}`);
    expect(detected).toBe(tried);
    expect(tried).toBeGreaterThanOrEqual(30);
  });

  it('detects a row rewritten without the key, even with a well-formed MAC', async () => {
    const rows = await rowsOf();
    const r = rows[3];
    const { seq, hash, mac_alg, ...fields } = r;
    const forged = { ...fields, after: JSON.stringify({ forged: true }) };
    await bypassGuard(true);
    try {
      await db
        .updateTable('audit_log')
        .set({ after: forged.after, hash: auditMac(Buffer.from('not-the-key'), Number(seq), forged) })
        .where('seq', '=', seq)
        .execute();
      expect(await verify()).toMatchObject({ intact: false, brokenAt: Number(seq), problem: 'altered' });
      // Downgrading the row to the old, unkeyed hash does not pass either.
      await db.updateTable('audit_log').set({ mac_alg: null }).where('seq', '=', seq).execute();
      expect(await verify()).toMatchObject({ intact: false, brokenAt: Number(seq) });
    } finally {
      await restore([r]);
      await bypassGuard(false);
    }
    expect((await verify()).intact).toBe(true);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(mac_alg).toBe(MAC_ALG);
  });

  it('detects deletion of the newest rows and of the whole log through the head anchor', async () => {
    await advanceAuditAnchor(db);
    const rows = await rowsOf();
    const lastSeq = rows.length;
    await bypassGuard(true);
    try {
      await db
        .deleteFrom('audit_log')
        .where('seq', '>', lastSeq - 3)
        .execute();
      expect(await verify()).toMatchObject({
        intact: false,
        problem: 'truncated',
        brokenAt: lastSeq - 2,
        anchorSeq: lastSeq,
      });
      // New rows after the deletion do not move the anchor past the evidence.
      await w.seedItem({ title: '删除之后' });
      await advanceAuditAnchor(db);
      expect((await verify()).intact).toBe(false);
      if (TEST_DIALECT === 'postgres') await sql`TRUNCATE audit_log`.execute(db);
      else await db.deleteFrom('audit_log').execute();
      expect(await verify()).toMatchObject({ intact: false, problem: 'truncated', brokenAt: 1, rows: 0 });
    } finally {
      await db.deleteFrom('audit_log').execute();
      await restore(rows);
      await bypassGuard(false);
    }
    expect((await verify()).intact).toBe(true);
  });

  it('is checked by `ducha verify` from the command line: exit 0 intact, 2 without the right key', async () => {
    const run = promisify(execFile);
    const env = {
      ...process.env,
      DUCHA_DATABASE_URL: t.db.config.dialect === 'sqlite' ? `sqlite:${t.db.config.file}` : t.db.config.url,
      DUCHA_DATA_DIR: t.db.dir,
      DUCHA_AUDIT_KEY: TEST_AUDIT_KEY,
    };
    const cli = ['--import', 'tsx', 'src/server/cli/index.ts', 'verify', '--json'];
    const ok = await run(process.execPath, cli, { env });
    expect(JSON.parse(ok.stdout)).toMatchObject({ intact: true });
    // Without the right key not one row checks: the first is named.
    const wrongKey = await run(process.execPath, cli, {
      env: { ...env, DUCHA_AUDIT_KEY: 'x'.repeat(40) },
    }).catch((e) => e);
    expect(wrongKey.code).toBe(2);
    expect(JSON.parse(wrongKey.stdout)).toMatchObject({ intact: false, brokenAt: 1, problem: 'altered' });
  }, 60_000);
});

describe('the key file', () => {
  it('is made once, readable by its owner only, and read back the same', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-key-'));
    try {
      const a = openAuditSeal(dir);
      const b = openAuditSeal(dir);
      expect(a.key.length).toBe(32);
      expect(b.key.equals(a.key)).toBe(true);
      expect(fs.statSync(path.join(dir, 'audit.key')).mode & 0o777).toBe(0o600);
      expect(openAuditSeal(dir, 'k'.repeat(32)).key.equals(a.key)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
