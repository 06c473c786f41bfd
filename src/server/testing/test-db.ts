import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { type DbHandle, migrate, openDatabase } from '../db/database.js';
import { ANCHOR_FILE, setAuditSeal } from '../modules/audit/audit.seal.js';

/**
 * A fresh, migrated database for one test file, on the dialect chosen by
 * DUCHA_TEST_DB (`sqlite`, the default, or `postgres`). PostgreSQL test
 * databases are created on DUCHA_TEST_PG_URL (default: the local server with
 * trust auth) and dropped afterwards.
 */
export const TEST_DIALECT = (process.env.DUCHA_TEST_DB ?? 'sqlite') as 'sqlite' | 'postgres';
const PG_ADMIN_URL = process.env.DUCHA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDb {
  handle: DbHandle;
  /** How to open another connection to the same database (a second server instance). */
  config: DatabaseConfig;
  /** The installation's data folder: the audit head anchor lives here. */
  dir: string;
  drop(): Promise<void>;
}

/** One audit key per test process, as one installation has one (as `DUCHA_AUDIT_KEY` would give it). */
export const TEST_AUDIT_KEY = randomBytes(32).toString('hex');

/**
 * The audit seal of the newest test database: the process's key and a head
 * anchor in a folder of its own. A file that opens two databases anchors the
 * second one only.
 */
function sealFor(dir: string): void {
  setAuditSeal({ key: Buffer.from(TEST_AUDIT_KEY, 'utf8'), anchorFile: path.join(dir, ANCHOR_FILE) });
}

export async function createTestDb(): Promise<TestDb> {
  const name = `ducha_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-test-'));
  sealFor(dir);
  if (TEST_DIALECT === 'postgres') {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const config: DatabaseConfig = { dialect: 'postgres', url: url.toString() };
    const handle = openDatabase(config);
    await migrate(handle.db);
    return {
      handle,
      config,
      dir,
      drop: async () => {
        await handle.close();
        const c = new pg.Client({ connectionString: PG_ADMIN_URL });
        await c.connect();
        // The pool's connections close asynchronously: wait for the server to see
        // them gone, so that FORCE does not kill one mid-goodbye (an uncaught
        // "terminating connection due to administrator command" in the test run).
        for (let i = 0; i < 100; i++) {
          const { rows } = await c.query(
            'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          if (rows[0].n === 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const config: DatabaseConfig = { dialect: 'sqlite', file: path.join(dir, `${name}.db`) };
  const handle = openDatabase(config);
  await migrate(handle.db);
  return {
    handle,
    config,
    dir,
    drop: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
