import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import type { IsoDate } from '../../../core/dates.js';
import type { BenchData } from './bench.generate.js';
import { BENCH_SUPERVISOR } from './bench.generate.js';
import { percentile, type Result } from './bench.measure.js';

/**
 * The server's memory is measured on a real server process: the bench's own
 * RSS also holds the generator's garbage and is no fair picture. A child runs
 * `serve()` on the bench database, a supervisor logs in, a few hundred list
 * requests go through HTTP, and the child's resident set is read from /proc.
 */
// Compiled ahead (dist/server) the child runs the compiled entry; from the sources, through tsx.
const COMPILED = import.meta.url.endsWith('.js');
const ENTRY = fileURLToPath(new URL(COMPILED ? './bench.server.js' : './bench.server.ts', import.meta.url));
const CONCURRENCY = 4;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the child and resolves once it says it is serving; the output is drained so that it never blocks. */
function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, COMPILED ? [ENTRY] : ['--import', 'tsx', ENTRY], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the server did not start within 60 s')), 60_000);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${e.message}\n${tail}`));
    };
    const watch = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
      if (tail.includes('is serving on')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    child.once('exit', (code) => fail(new Error(`the server exited early (code ${code})`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

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

async function login(base: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_SUPERVISOR, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ducha_session='));
  if (!cookie) throw new Error('login gave no session cookie');
  return cookie.split(';')[0];
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

export interface BenchServer {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * A server child on the bench database, on a free port; it serves the built
 * web app too when `webRoot` is given. However the bench ends (Ctrl-C
 * included), the child must not outlive it.
 */
export async function startBenchServer(opts: {
  url: string;
  password: string;
  webRoot?: string;
}): Promise<BenchServer> {
  const port = await freePort();
  const child = await startServer({
    ...process.env,
    DUCHA_DATABASE_URL: opts.url,
    DUCHA_PORT: String(port),
    DUCHA_HOST: '127.0.0.1',
    DUCHA_ADMIN_PASSWORD: opts.password,
    DUCHA_BENCH_WEB_ROOT: opts.webRoot ?? '',
  });
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      await stopServer(child);
      process.removeListener('exit', killChild);
    },
  };
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
