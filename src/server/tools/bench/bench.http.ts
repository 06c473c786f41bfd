import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { IsoDate } from '../../../core/dates.js';
import { login, startBenchServer } from './bench.child.js';
import type { BenchData } from './bench.generate.js';
import { percentile, type Result } from './bench.measure.js';

/**
 * The server's memory is measured on a real server process: the bench's own
 * RSS also holds the generator's garbage and is no fair picture. A child runs
 * `serve()` on the bench database, a supervisor logs in, a few hundred list
 * requests go through HTTP, and the child's resident set is read from /proc.
 */
const CONCURRENCY = 4;

/** Asks the child for process.memoryUsage() (see bench.server.ts); null when it does not answer in time. */
function heapOf(child: ChildProcess): Promise<NodeJS.MemoryUsage | null> {
  return new Promise((resolve) => {
    let buffer = '';
    const done = (v: NodeJS.MemoryUsage | null) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(v);
    };
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const m = /BENCH_MEMORY (\{.*\})/.exec(buffer);
      if (m) done(JSON.parse(m[1]) as NodeJS.MemoryUsage);
    };
    const timer = setTimeout(() => done(null), 3_000);
    child.stdout?.on('data', onData);
    child.kill('SIGUSR2');
  });
}

/** VmRSS (now) and VmHWM (peak) of a process in MB, from /proc (Linux). */
function residentMb(pid: number): { rss: number; peak: number } | null {
  const file = `/proc/${pid}/status`;
  if (!fs.existsSync(file)) return null;
  const status = fs.readFileSync(file, 'utf8');
  const kb = (key: string) =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** The list requests the bench fires, rotating over typical filters. */
function queries(data: BenchData, asOf: IsoDate): string[] {
  return [
    '',
    `ledgerId=${data.ledgers[0].id}`,
    `unitId=${data.units[1].id}`,
    'status=in_progress',
    'light=red',
    'dueFrom=2026-12-01&dueTo=2026-12-31',
    `q=${encodeURIComponent('安置房')}`,
    'page=50',
    'overdue=true&sort=dueDate',
  ].map((q) => `/api/items?asOf=${asOf}${q ? `&${q}` : ''}`);
}

export async function measureServer(opts: {
  url: string;
  password: string;
  asOf: IsoDate;
  requests: number;
  data: BenchData;
}): Promise<Result[]> {
  const server = await startBenchServer(opts);
  const { child, base } = server;
  try {
    const cookie = await login(base, opts.password);
    const paths = queries(opts.data, opts.asOf);
    const get = async (i: number) => {
      const t = performance.now();
      const res = await fetch(base + paths[i % paths.length], { headers: { cookie } });
      if (!res.ok) throw new Error(`GET ${paths[i % paths.length]}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      return performance.now() - t;
    };
    for (let i = 0; i < 20; i++) await get(i);
    const ms: number[] = [];
    let next = 0;
    // A few clients at once, as an office's browsers would be.
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < opts.requests) ms.push(await get(next++));
      }),
    );
    ms.sort((a, b) => a - b);
    const mem = child.pid ? residentMb(child.pid) : null;
    const heap = await heapOf(child);
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)}`;
    const out: Result[] = [
      {
        name: `HTTP GET /api/items (${opts.requests} req, ${CONCURRENCY} at once)`,
        check: 'none',
        median: percentile(ms, 0.5),
        p95: percentile(ms, 0.95),
        value: percentile(ms, 0.5),
        unit: 'ms',
      },
    ];
    if (mem)
      out.push({
        name: 'server RSS after the requests',
        check: 'rss',
        median: null,
        p95: null,
        value: mem.rss,
        unit: 'MB',
        note:
          `peak ${mem.peak.toFixed(0)} MB` +
          (heap ? `; V8 heap ${mb(heap.heapTotal)}, external ${mb(heap.external)}` : ''),
      });
    return out;
  } finally {
    await server.stop();
  }
}
