import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { TEST_DIALECT } from '../../testing/test-db.js';

/**
 * The reliability drills as an operator runs them (`ducha bench --tamper …
 * --writers … --crash …`), small, on this project's database kind: every
 * tampering detected, no lost update, no 5xx, no corrupt database and no
 * acknowledged write missing after kill -9. The full-size figures come from
 * the same command with larger counts (README "Reliability drills").
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-drill-test-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function bench(args: string[]): Promise<string> {
  const env = {
    ...process.env,
    DUCHA_DATA_DIR: dataDir,
    DUCHA_DATABASE_URL:
      TEST_DIALECT === 'postgres'
        ? (process.env.DUCHA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
        : `sqlite:${path.join(dataDir, 'unused.db')}`,
  };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/server/cli/index.ts', 'bench', ...args],
    { env, maxBuffer: 1 << 20 },
  );
  return stdout;
}

it('holds: tampering detected, no lost updates, nothing lost to kill -9', async () => {
  const stdout = await bench([
    '--tamper',
    '14',
    '--writers',
    '6',
    '--seconds',
    '2',
    '--servers',
    '2',
    '--crash',
    '2',
    '--seed',
    '7',
  ]);
  expect(stdout).toMatch(/Audit tampering ×14 .*detected 14\/14, first broken row named exactly 14\/14/);
  expect(stdout).toMatch(/by kind: edit \d+\/\d+, delete \d+\/\d+, delete-newest/);
  expect(stdout).toMatch(
    /Lost updates: N=6 .*2 server process\(es\): successes [1-9]\d*, .*lost updates 0, 5xx 0, other answers 0/,
  );
  expect(stdout).toMatch(
    /Crash: kill -9 during writes ×2 .*corrupt databases 0\/2, foreign-key problems 0, acknowledged writes [1-9]\d*, missing 0, audit chain broken 0\/2/,
  );
  expect(stdout).toContain('Every drill held.');
}, 240_000);

it.runIf(TEST_DIALECT === 'postgres')(
  'holds when PostgreSQL itself crashes: a private cluster stopped with -m immediate, pg_amcheck clean',
  async () => {
    const stdout = await bench(['--crash', '2', '--pg-cluster', '--seed', '3']);
    expect(stdout).toMatch(
      /Crash: kill -9 during writes ×2 \(PostgreSQL private cluster.*corrupt databases 0\/2, foreign-key problems 0, acknowledged writes [1-9]\d*, missing 0, audit chain broken 0\/2.*database crash recovery p50/,
    );
  },
  240_000,
);
