import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { DbHandle } from '../db/database.js';
import { foreignKeyEdges, resetSequences } from '../db/dialect.js';
import { advanceAuditAnchor, appendAudit, verifyAuditChain } from '../modules/audit/audit.repo.js';
import { auditSeal } from '../modules/audit/audit.seal.js';
import { rebuildItemSearch } from '../modules/item/item.search-index.js';
import { LocalFileStorage } from '../platform/file-storage.js';
import { systemCtx } from '../system.js';
import { dataTables, latestMigration } from './backup.js';
import { auditKeyCheck, type BackupManifest, decodeRow, MANIFEST_FILE, sha256 } from './manifest.js';
import { parentsFirst } from './order.js';

export interface BackupCheck {
  ok: boolean;
  manifest: BackupManifest | null;
  /** What is wrong, in words, one line per problem. */
  problems: string[];
  ms: number;
}

export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file))
    throw new Error(`${dir} holds no ${MANIFEST_FILE}: not a Ducha backup, or a backup that did not finish`);
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
  if (m.format !== 'ducha-backup' || m.version !== 1)
    throw new Error(`${file} is not a Ducha backup manifest`);
  return m;
}

async function hashFile(file: string): Promise<string | null> {
  if (!fs.existsSync(file)) return null;
  const hash = sha256();
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

/** Checks every table file and attachment of a backup against its manifest, without a database. */
export async function verifyBackup(dir: string): Promise<BackupCheck> {
  const started = Date.now();
  let manifest: BackupManifest;
  try {
    manifest = readManifest(dir);
  } catch (e) {
    return { ok: false, manifest: null, problems: [(e as Error).message], ms: Date.now() - started };
  }
  const problems: string[] = [];
  for (const t of manifest.tables) {
    const got = await hashFile(path.join(dir, t.file));
    if (got === null) problems.push(`table ${t.name}: ${t.file} is missing`);
    else if (got !== t.sha256) problems.push(`table ${t.name}: ${t.file} was altered (SHA-256 differs)`);
  }
  for (const f of manifest.files) {
    const got = await hashFile(path.join(dir, 'files', f.key));
    if (got === null) problems.push(`attachment ${f.key} is missing`);
    else if (got !== f.sha256) problems.push(`attachment ${f.key} was altered (SHA-256 differs)`);
  }
  return { ok: problems.length === 0, manifest, problems, ms: Date.now() - started };
}

async function* tableRows(dir: string, file: string): AsyncGenerator<Record<string, unknown>> {
  const lines = readline.createInterface({
    input: fs.createReadStream(path.join(dir, file)).pipe(createGunzip()),
  });
  for await (const line of lines) if (line) yield decodeRow(line);
}

export interface RestoreResult {
  tables: number;
  rows: number;
  files: number;
  audit: Awaited<ReturnType<typeof verifyAuditChain>>;
  ms: number;
}

/**
 * Restores a verified backup into an empty, migrated database of the same
 * dialect and schema, in one transaction (all or nothing), then the
 * attachments, then re-anchors and checks the audit chain and records the
 * restore in it. Refuses a database that already holds users or items.
 */
export async function restoreBackup(opts: {
  handle: DbHandle;
  /** The attachments' folder (`DUCHA_DATA_DIR/files`). */
  filesDir: string;
  dir: string;
  onProgress?: (what: string) => void;
}): Promise<RestoreResult> {
  const started = Date.now();
  const { handle, dir } = opts;
  const progress = opts.onProgress ?? (() => {});
  const check = await verifyBackup(dir);
  if (!check.ok || !check.manifest)
    throw new Error(`the backup does not verify:\n  ${check.problems.join('\n  ')}`);
  const m = check.manifest;
  if (m.dialect !== handle.dialect)
    throw new Error(`the backup is of a ${m.dialect} database; this installation runs on ${handle.dialect}`);
  const migration = await latestMigration(handle);
  if (migration !== m.migration)
    throw new Error(
      `the backup's schema is at migration ${m.migration}, this database at ${migration}: ` +
        'restore with the Ducha version that made the backup, then upgrade',
    );
  for (const table of ['users', 'items', 'audit_log'] as const) {
    const { n } = (await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()) ?? { n: 0 };
    if (Number(n) > 0)
      throw new Error(`the database already holds ${table} rows; restore into a new, empty database`);
  }
  const seal = await auditSeal();
  if (m.audit.keyCheck !== auditKeyCheck(seal.key))
    throw new Error(
      "the backup's audit log was sealed with another audit key: set DUCHA_AUDIT_KEY or copy audit.key " +
        'from the installation that made the backup into the data folder, then restore again',
    );

  const present = new Set(await dataTables(handle));
  const unknown = m.tables.filter((t) => !present.has(t.name)).map((t) => t.name);
  if (unknown.length) throw new Error(`this database has no table ${unknown.join(', ')}`);
  const edges = await foreignKeyEdges(handle.db, handle.dialect);
  let rows = 0;
  await handle.db.transaction().execute(async (trx) => {
    // Rows the migrations put in (default settings) give way to the backup's.
    for (const t of [...m.tables].reverse())
      if (t.name !== 'audit_log') await trx.deleteFrom(t.name as never).execute();
    for (const t of m.tables) {
      progress(`table ${t.name} (${t.rows} rows)`);
      const self = edges.find((e) => e.table === t.name && e.references === t.name);
      let batch: Record<string, unknown>[] = [];
      const flush = async () => {
        if (batch.length)
          await trx
            .insertInto(t.name as never)
            .values(batch as never)
            .execute();
        rows += batch.length;
        batch = [];
      };
      if (self) {
        const all: Record<string, unknown>[] = [];
        for await (const row of tableRows(dir, t.file)) all.push(row);
        for (const row of parentsFirst(all, 'id', self.column)) {
          batch.push(row);
          if (batch.length >= 200) await flush();
        }
      } else {
        for await (const row of tableRows(dir, t.file)) {
          batch.push(row);
          if (batch.length >= 200) await flush();
        }
      }
      await flush();
    }
    const serials = (await trx.introspection.getTables())
      .flatMap((t) =>
        t.columns.filter((c) => c.isAutoIncrementing).map((c) => ({ table: t.name, column: c.name })),
      )
      .filter((c) => present.has(c.table));
    await resetSequences(trx, handle.dialect, serials);
    progress('search index');
    await rebuildItemSearch(trx);
  });

  progress(`attachments (${m.files.length})`);
  const storage = new LocalFileStorage(opts.filesDir);
  for (const f of m.files) await storage.put(f.key, fs.createReadStream(path.join(dir, 'files', f.key)));
  for (const f of m.files) {
    const got = await hashFile(path.join(storage.root, f.key));
    if (got !== f.sha256) throw new Error(`attachment ${f.key} did not arrive intact`);
  }

  // The restored chain's head becomes this installation's anchor; then the restore itself is recorded.
  await advanceAuditAnchor(handle.db);
  const audit = await verifyAuditChain(handle);
  const ctx = systemCtx(handle);
  await handle.db.transaction().execute((trx) =>
    appendAudit(
      { ...ctx, db: trx },
      {
        action: 'system.restore',
        entity: 'backup',
        entityId: m.createdAt,
        outcome: 'success',
        after: { createdAt: m.createdAt, tables: m.tables.length, rows, files: m.files.length },
      },
    ),
  );
  await advanceAuditAnchor(handle.db);
  return { tables: m.tables.length, rows, files: m.files.length, audit, ms: Date.now() - started };
}
