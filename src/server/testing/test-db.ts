import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import { type DbHandle, migrate, openDatabase } from '../db/database.js';

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
  drop(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const name = `ducha_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
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
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-test-'));
  const config: DatabaseConfig = { dialect: 'sqlite', file: path.join(dir, `${name}.db`) };
  const handle = openDatabase(config);
  await migrate(handle.db);
  return {
    handle,
    config,
    drop: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
