import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { IsoDate } from '../../../core/dates.js';
import type { Dialect } from '../../db/dialect.js';
import { login, startBenchServer } from './bench.child.js';
import type { BenchData } from './bench.generate.js';
import { percentile, type Result } from './bench.measure.js';

/**
 * Concurrency (issue 14): the same mix of the main read requests against a
 * server child, first by one client at a time (c1), then by 16 at once (c16).
 * On this 2-core machine a server whose database calls block its event loop
 * gains little from the second core; c16/c1 shows whether long reads run
 * beside each other. On SQLite the server is measured twice: with its reader
 * threads (DUCHA_SQLITE_READERS, default) and with none, for comparison.
 */
const CLIENTS = 16;

type Cannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: 'GET'; path: string; headers: Record<string, string> }[];
}) => CannonRun;
interface CannonRun extends PromiseLike<{ non2xx: number; errors: number; timeouts: number }> {
  on(
    event: 'response',
    fn: (client: unknown, status: number, bytes: number, responseTime: number) => void,
  ): void;
}

/** autocannon is a development dependency: an installation without it skips this measurement. */
function loadCannon(): Cannon | null {
  try {
    return createRequire(import.meta.url)('autocannon') as Cannon;
  } catch {
    return null;
  }
}

/** The read requests a supervisor's screens make most: lists (all, one unit, red), the cockpit, per-unit lights. */
function mix(data: BenchData, asOf: IsoDate): string[] {
  return [
    `/api/items?asOf=${asOf}`,
    `/api/stats/units?asOf=${asOf}`,
    `/api/items?asOf=${asOf}&unitId=${data.units[1].id}`,
    `/api/stats/overview?asOf=${asOf}`,
    `/api/items?asOf=${asOf}&light=red`,
    `/api/items?asOf=${asOf}&overdue=true&sort=dueDate`,
  ];
}

/** The child's peak resident set in MB (Linux /proc), to show what the reader threads cost in memory. */
function peakMb(pid: number | undefined): number | null {
  const file = `/proc/${pid}/status`;
  if (pid === undefined || !fs.existsSync(file)) return null;
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(file, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : null;
}

/**
 * CPU time in clock ticks (1/100 s on Linux) of a process, or of one of its threads (the main
 * thread's id is the process id). On a shared machine the throughput says little by itself; how
 * much of the server's CPU its main thread used says what a second core can add (ceiling 1/share).
 */
function cpuTicks(pid: number | undefined, thread = false): number | null {
  const file = thread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`;
  if (pid === undefined || !fs.existsSync(file)) return null;
  // Fields after "(comm) ": state is the first; utime and stime are the 12th and 13th.
  const fields = fs.readFileSync(file, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

interface Run {
  perSecond: number;
  sorted: number[];
}

async function fire(
  cannon: Cannon,
  base: string,
  cookie: string,
  paths: string[],
  connections: number,
  seconds: number,
): Promise<Run> {
  const times: number[] = [];
  const run = cannon({
    url: base,
    connections,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path, headers: { cookie } })),
  });
  run.on('response', (_c, status, _b, ms) => {
    if (status >= 200 && status < 300) times.push(ms);
  });
  const result = await run;
  if (result.non2xx || result.errors || result.timeouts)
    throw new Error(
      `c${connections}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  return { perSecond: times.length / seconds, sorted: times.sort((a, b) => a - b) };
}

async function measureOne(
  cannon: Cannon,
  opts: { url: string; password: string; asOf: IsoDate; data: BenchData; seconds: number },
  label: string,
  check: boolean,
  env: NodeJS.ProcessEnv,
): Promise<Result[]> {
  const server = await startBenchServer({ url: opts.url, password: opts.password, env });
  try {
    const cookie = await login(server.base, opts.password);
    const paths = mix(opts.data, opts.asOf);
    // Warm-up: caches, the JIT and (SQLite) the reader threads' prepared statements.
    await fire(cannon, server.base, cookie, paths, 4, 1);
    const c1 = await fire(cannon, server.base, cookie, paths, 1, opts.seconds);
    const pid = server.child.pid;
    const before = { all: cpuTicks(pid), main: cpuTicks(pid, true) };
    const c16 = await fire(cannon, server.base, cookie, paths, CLIENTS, opts.seconds);
    const after = { all: cpuTicks(pid), main: cpuTicks(pid, true) };
    const ratio = c16.perSecond / Math.max(c1.perSecond, 1e-9);
    const rate = (n: number) => n.toFixed(n < 100 ? 1 : 0);
    const peak = peakMb(pid);
    let cpu = '';
    if (before.all !== null && before.main !== null && after.all !== null && after.main !== null) {
      const all = after.all - before.all;
      const cores = all / 100 / opts.seconds;
      const share = (after.main - before.main) / Math.max(all, 1);
      cpu = `; server used ${cores.toFixed(2)} cores, main thread ${(100 * share).toFixed(0)}% of it`;
    }
    return [
      {
        name: `HTTP read mix${label}, 1 client`,
        check: 'none',
        median: percentile(c1.sorted, 0.5),
        p95: percentile(c1.sorted, 0.95),
        value: c1.perSecond,
        unit: 'req/s',
      },
      {
        name: `HTTP read mix${label}, ${CLIENTS} clients`,
        check: check ? 'concurrency' : 'none',
        median: percentile(c16.sorted, 0.5),
        p95: percentile(c16.sorted, 0.95),
        value: ratio,
        unit: '×',
        note:
          `${rate(c16.perSecond)} req/s against ${rate(c1.perSecond)} with 1 client` +
          cpu +
          (peak === null ? '' : `; server peak RSS ${peak.toFixed(0)} MB`),
      },
    ];
  } finally {
    await server.stop();
  }
}

export async function measureConcurrency(opts: {
  url: string;
  password: string;
  asOf: IsoDate;
  data: BenchData;
  dialect: Dialect;
  /** Length of each run (1 client, 16 clients). */
  seconds: number;
}): Promise<Result[]> {
  const cannon = loadCannon();
  if (!cannon) {
    console.log('autocannon is not installed (a development dependency): concurrency not measured.');
    return [];
  }
  if (opts.dialect === 'postgres') return measureOne(cannon, opts, '', false, {});
  return [
    ...(await measureOne(cannon, opts, '', true, {})),
    ...(await measureOne(cannon, opts, ' (no reader threads)', false, { DUCHA_SQLITE_READERS: '0' })),
  ];
}
