import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../bench/bench.child.js';

/**
 * A private PostgreSQL cluster for the crash drill (SECURITY.md DUR-1, "PG:
 * pg_ctl stop -m immediate on a private cluster + pg_amcheck"): the shared
 * server must never be crashed, so the drill makes its own with Debian's
 * binaries, in a temporary folder, on a free port, reachable only through
 * 127.0.0.1 and its own socket folder. Run as root, the PostgreSQL tools run
 * as the `postgres` user (they refuse root).
 */
const run = promisify(execFile);

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions)
    if (fs.existsSync(path.join(root, v, 'bin', 'pg_ctl'))) return path.join(root, v, 'bin');
  throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql (Debian package postgresql)');
}

export interface PrivateCluster {
  /** The cluster's `postgres` database, trust authentication. */
  url: string;
  /** `pg_ctl stop -m immediate`: the server processes exit at once, no checkpoint (a crash). */
  crash(): Promise<void>;
  /** Starts it and waits until it accepts connections; resolves with the time that took (crash recovery), ms. */
  start(): Promise<number>;
  /** `pg_amcheck` over every database of the cluster; the problems it printed (empty when sound). */
  amcheck(): Promise<string[]>;
  destroy(): Promise<void>;
}

export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = binDir();
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-pg-'));
  const data = path.join(dir, 'data');
  const sock = path.join(dir, 'sock');
  fs.mkdirSync(sock);
  if (asRoot) await run('chown', ['-R', 'postgres:postgres', dir]);
  const tool = (name: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, name), ...args])
      : run(path.join(bin, name), args);
  const port = await freePort();
  await tool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-instructions', '-E', 'UTF8']);
  const options = `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on -c full_page_writes=on`;
  const start = async () => {
    const t = performance.now();
    await tool('pg_ctl', [
      'start',
      '-D',
      data,
      '-w',
      '-t',
      '120',
      '-l',
      path.join(dir, 'log'),
      '-o',
      options,
    ]);
    return performance.now() - t;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    crash: async () => {
      await tool('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
    },
    start,
    amcheck: async () => {
      try {
        await tool('pg_amcheck', [
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          'postgres',
          '--all',
          '--install-missing',
          '--heapallindexed',
        ]);
        return [];
      } catch (e) {
        const out = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
        return out.split('\n').filter(Boolean);
      }
    },
    destroy: async () => {
      await tool('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']).catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
