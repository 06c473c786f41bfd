import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Config, DatabaseConfig } from '../../config.js';
import { type DbHandle, migrate, openDatabase } from '../../db/database.js';

/**
 * The database the bench runs on: never the user's. On SQLite a new file
 * `bench-<time>.db` in the data folder (the disk the real database lives on, so
 * that commits cost what they cost in production); on PostgreSQL a new
 * database `ducha_bench_<time>` on the same server as DUCHA_DATABASE_URL.
 */
export interface BenchTarget {
  handle: DbHandle;
  /** How to open another connection to it (the generator loads through one of its own). */
  config: DatabaseConfig;
  /** DUCHA_DATABASE_URL of the bench database, for the server child process. */
  url: string;
  /** Where the data lives, for the printout. */
  where: string;
  /** Closes the database and, unless kept, removes it. */
  dispose(keep: boolean): Promise<void>;
  /**
   * Removes the database at once, for Ctrl-C: without waiting for the connection,
   * which the generator or a measurement may be holding in a transaction.
   */
  abort(): Promise<void>;
}

const stamp = () => new Date().toISOString().replace(/\D/g, '').slice(0, 14);

export async function openBenchTarget(config: Config): Promise<BenchTarget> {
  return config.database.dialect === 'sqlite'
    ? openSqlite(config.dataDir)
    : openPostgres(config.database.url);
}

async function openSqlite(dataDir: string): Promise<BenchTarget> {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `bench-${stamp()}-${process.pid}.db`);
  if (fs.existsSync(file)) throw new Error(`${file} exists already; not touching it`);
  const handle = openDatabase({ dialect: 'sqlite', file });
  await migrate(handle.db);
  let closed = false;
  return {
    handle,
    config: { dialect: 'sqlite', file },
    url: `sqlite:${file}`,
    where: file,
    async dispose(keep) {
      if (!closed) await handle.close();
      closed = true;
      if (keep) return;
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    },
    // Unlinking an open file is fine on Unix: the space is freed when the process exits.
    abort: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    },
  };
}

/** Runs one statement on the server's `postgres` database (CREATE/DROP DATABASE cannot run inside the target). */
async function onAdminDb(url: string, statement: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function openPostgres(url: string): Promise<BenchTarget> {
  const name = `ducha_bench_${stamp()}_${process.pid}`;
  // The name is made here from digits and letters only, so it is safe to splice into DDL.
  await onAdminDb(url, `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openDatabase({ dialect: 'postgres', url: target.toString() });
  await migrate(handle.db);
  let closed = false;
  return {
    handle,
    config: { dialect: 'postgres', url: target.toString() },
    url: target.toString(),
    where: `PostgreSQL database ${name} on ${target.host}`,
    async dispose(keep) {
      if (!closed) await handle.close();
      closed = true;
      if (!keep) await onAdminDb(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
    // FORCE ends the bench's own connections, busy or not.
    abort: () => onAdminDb(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
