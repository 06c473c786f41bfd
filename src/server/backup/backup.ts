import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { DbHandle } from '../db/database.js';
import { foreignKeyEdges, readTableInPages } from '../db/dialect.js';
import { auditSeal } from '../modules/audit/audit.seal.js';
import { SEARCH_INDEX_TABLE } from '../modules/item/item.search-index.js';
import { auditKeyCheck, type BackupManifest, encodeRow, MANIFEST_FILE, sha256 } from './manifest.js';
import { insertOrder } from './order.js';

const PAGE = 2000;

export interface BackupOptions {
  handle: DbHandle;
  /** The attachments' folder (`DUCHA_DATA_DIR/files`). */
  filesDir: string;
  /** A folder that does not exist yet (or is empty). */
  outDir: string;
  now?: () => Date;
  onProgress?: (what: string) => void;
}

/**
 * The ordinary tables of the schema, without Kysely's migration bookkeeping
 * and the item search index (FTS5 keeps it in shadow tables that are no data
 * of ours; a restore builds the index afresh from the items).
 */
export async function dataTables(handle: DbHandle): Promise<string[]> {
  const tables = await handle.db.introspection.getTables();
  const derived = (name: string) => name === SEARCH_INDEX_TABLE || name.startsWith(`${SEARCH_INDEX_TABLE}_`);
  return tables
    .filter((t) => !t.isView && !t.name.startsWith('kysely_') && !derived(t.name))
    .map((t) => t.name);
}

export async function latestMigration(handle: DbHandle): Promise<string> {
  const { rows } = await sql<{
    name: string;
  }>`SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1`.execute(handle.db);
  return rows[0]?.name ?? '';
}

/**
 * Writes a consistent backup while the server keeps running: every table is
 * read in one read-only snapshot (REPEATABLE READ on PostgreSQL, one read
 * transaction on SQLite's WAL), one gzipped JSON-lines file per table, then
 * the attachments with their hashes, then the manifest, last, so that a
 * folder without a manifest is recognisably unfinished.
 */
export async function createBackup(opts: BackupOptions): Promise<BackupManifest> {
  const started = Date.now();
  const { handle, outDir } = opts;
  const progress = opts.onProgress ?? (() => {});
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0)
    throw new Error(`the backup folder ${outDir} is not empty; name a new folder`);
  await fsp.mkdir(path.join(outDir, 'tables'), { recursive: true });

  const order = insertOrder(await dataTables(handle), await foreignKeyEdges(handle.db, handle.dialect));
  const seal = await auditSeal();
  const run = async (trx: typeof handle.db) => {
    const tables: BackupManifest['tables'] = [];
    for (const name of order) {
      progress(`table ${name}`);
      tables.push({ name, ...(await writeTable(trx, handle, name, outDir)) });
    }
    const head = await trx
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const named = await trx.selectFrom('files').select(['storage_key', 'thumbnail_key']).execute();
    return { tables, head, named };
  };
  const snapshot =
    handle.dialect === 'postgres'
      ? await handle.db
          .transaction()
          .setIsolationLevel('repeatable read')
          .execute(async (trx) => {
            await sql`SET TRANSACTION READ ONLY`.execute(trx);
            return run(trx);
          })
      : await handle.db.transaction().setAccessMode('read only').execute(run);

  progress('attachments');
  const files = await copyFiles(opts.filesDir, path.join(outDir, 'files'));
  const stored = new Set(files.map((f) => f.key));
  const missingFiles = snapshot.named
    .flatMap((f) => [f.storage_key, f.thumbnail_key])
    .filter((k): k is string => !!k && !stored.has(k));

  const manifest: BackupManifest = {
    format: 'ducha-backup',
    version: 1,
    createdAt: (opts.now ?? (() => new Date()))().toISOString(),
    dialect: handle.dialect,
    migration: await latestMigration(handle),
    tables: snapshot.tables,
    files,
    audit: {
      lastSeq: Number(snapshot.head?.seq ?? 0),
      headMac: snapshot.head?.hash ?? null,
      keyCheck: auditKeyCheck(seal.key),
    },
    missingFiles,
    ms: Date.now() - started,
  };
  await fsp.writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: 0o600,
  });
  return manifest;
}

async function writeTable(trx: DbHandle['db'], handle: DbHandle, name: string, outDir: string) {
  const file = `tables/${name}.jsonl.gz`;
  const hash = sha256();
  let rows = 0;
  const gzip = createGzip();
  const out = fs.createWriteStream(path.join(outDir, file), { mode: 0o600 });
  gzip.on('data', (chunk: Buffer) => hash.update(chunk));
  const done = pipeline(gzip, out);
  for await (const page of readTableInPages(trx, handle.dialect, name, PAGE)) {
    for (const row of page) {
      if (!gzip.write(`${encodeRow(row)}\n`)) await new Promise((r) => gzip.once('drain', r));
      rows++;
    }
  }
  gzip.end();
  await done;
  return { rows, file, sha256: hash.digest('hex') };
}

/** Copies the attachment folder, hashing each file as it goes; keys are the paths under `files/`. */
async function copyFiles(from: string, to: string): Promise<BackupManifest['files']> {
  const out: BackupManifest['files'] = [];
  if (!fs.existsSync(from)) return out;
  for (const rel of (await fsp.readdir(from, { recursive: true })).sort()) {
    const src = path.join(from, rel);
    if (!(await fsp.stat(src)).isFile() || rel.endsWith('.part')) continue; // a put still being written
    const dst = path.join(to, rel);
    await fsp.mkdir(path.dirname(dst), { recursive: true });
    const hash = sha256();
    let size = 0;
    const input = fs.createReadStream(src);
    input.on('data', (chunk) => {
      hash.update(chunk);
      size += chunk.length;
    });
    await pipeline(input, fs.createWriteStream(dst, { mode: 0o600 }));
    out.push({ key: rel.split(path.sep).join('/'), size, sha256: hash.digest('hex') });
  }
  return out;
}
