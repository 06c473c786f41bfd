import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { loadConfig } from '../../config.js';
import { generatePassword } from '../../modules/auth/password.js';
import {
  type BenchServer,
  childEntry,
  freePort,
  login,
  startBenchServer,
  startServer,
  stopServer,
} from './bench.child.js';
import { type BenchData, generate } from './bench.generate.js';
import { openBenchTarget } from './bench.target.js';

/**
 * `ducha bench --instances N` (issue 14, scale-out): on one generated
 * PostgreSQL data set, the throughput of a read mix against one instance,
 * against one behind the balancer (what the balancer costs), and against N
 * behind it, with autocannon. Besides req/s and latencies it prints where the
 * machine's CPU time went during each run — instances, balancer, load
 * generator, and the rest (PostgreSQL) — because on a small machine the
 * answer to "does a second instance help" is a question of free cores.
 */
const AS_OF = '2026-11-27';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p97_5: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  requests?: { method: string; path: string }[];
}) => Promise<AutocannonResult>;

/** autocannon is a development dependency without types of its own: loaded when the bench runs. */
function loadAutocannon(): Autocannon {
  try {
    return createRequire(import.meta.url)('autocannon') as Autocannon;
  } catch {
    throw new Error('the scale-out bench needs autocannon (a development dependency): run `npm install`');
  }
}

/** The read mix: lists with the usual filters, item details, the cockpit's totals. */
function readMix(data: BenchData): { method: string; path: string }[] {
  const lists = [
    '',
    `ledgerId=${data.ledgers[0].id}`,
    `unitId=${data.units[1].id}`,
    'status=in_progress',
    'light=red',
    'overdue=true&sort=dueDate',
  ].map((q) => `/api/items?asOf=${AS_OF}${q ? `&${q}` : ''}`);
  const details = data.itemSample.slice(0, 6).map((id) => `/api/items/${id}`);
  return [...lists, ...details, '/api/stats/overview'].map((path) => ({ method: 'GET', path }));
}

/** CPU time of a process (user + system) in seconds, from /proc (Linux); 0 when it cannot be read. */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid || !fs.existsSync(`/proc/${pid}/stat`)) return 0;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds of the PostgreSQL backends serving one database: a backend's
 * process title names its database ("postgres: user db 127.0.0.1(5432) idle").
 * The pools keep their connections for the run, so their times add up.
 */
export function postgresSeconds(database: string): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (title.startsWith('postgres:') && title.split(' ').includes(database))
        total += cpuSeconds(Number(pid));
    } catch {
      // The process ended while the list was read.
    }
  }
  return total;
}

/** VmRSS of a process in MB, from /proc (Linux); 0 when it cannot be read. */
function residentMb(pid: number | undefined): number {
  if (!pid || !fs.existsSync(`/proc/${pid}/status`)) return 0;
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : 0;
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
export function machineBusySeconds(): number {
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const idle = cpu[3] + cpu[4];
  return (cpu.reduce((a, b) => a + b, 0) - idle) / 100;
}

interface Run {
  name: string;
  result: AutocannonResult;
  seconds: number;
  cpu: { instances: number; balancer: number; generator: number; postgres: number; rest: number };
}

async function measure(
  name: string,
  url: string,
  opts: {
    cookie: string;
    mix: { method: string; path: string }[];
    connections: number;
    duration: number;
    database: string;
  },
  processes: { instances: ChildProcess[]; balancer: ChildProcess | null },
): Promise<Run> {
  const autocannon = loadAutocannon();
  const shot = { url, connections: opts.connections, headers: { cookie: opts.cookie }, requests: opts.mix };
  // A short warm-up: JIT, connection pools and PostgreSQL's buffers, so the run measures the steady state.
  await autocannon({ ...shot, duration: 2 });
  const instances = () => processes.instances.reduce((s, c) => s + cpuSeconds(c.pid), 0);
  const before = {
    instances: instances(),
    balancer: cpuSeconds(processes.balancer?.pid),
    generator: process.cpuUsage(),
    postgres: postgresSeconds(opts.database),
    machine: machineBusySeconds(),
  };
  const started = performance.now();
  const result = await autocannon({ ...shot, duration: opts.duration });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(before.generator);
  const cpu = {
    instances: instances() - before.instances,
    balancer: cpuSeconds(processes.balancer?.pid) - before.balancer,
    generator: (used.user + used.system) / 1e6,
    postgres: postgresSeconds(opts.database) - before.postgres,
    rest: 0,
  };
  cpu.rest = Math.max(
    0,
    machineBusySeconds() - before.machine - cpu.instances - cpu.balancer - cpu.generator - cpu.postgres,
  );
  return { name, result, seconds, cpu };
}

function formatRuns(runs: Run[], cores: number): string {
  const header = [
    'run',
    'req/s',
    'p50 ms',
    'p97.5 ms',
    'non-2xx',
    'CPU cores busy: instances',
    'balancer',
    'load gen',
    'PostgreSQL',
    'other work',
  ];
  const core = (s: number, r: Run) => (s / r.seconds).toFixed(2);
  const rows = runs.map((r) => [
    r.name,
    r.result.requests.average.toFixed(0),
    String(r.result.latency.p50),
    String(r.result.latency.p97_5),
    String(r.result.non2xx + r.result.errors + r.result.timeouts),
    core(r.cpu.instances, r),
    core(r.cpu.balancer, r),
    core(r.cpu.generator, r),
    core(r.cpu.postgres, r),
    core(r.cpu.rest, r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  return [
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
    `(CPU columns: cores kept busy on average during the run, of ${cores}.)`,
  ].join('\n');
}

export async function runScaleoutBench(opts: {
  units: number;
  items: number;
  instances: number;
  connections: number;
  duration: number;
  keep: boolean;
}): Promise<void> {
  const config = loadConfig();
  if (config.database.dialect !== 'postgres')
    throw new Error(
      'the scale-out bench needs PostgreSQL (DUCHA_DATABASE_URL=postgres://…): several instances share one database',
    );
  const cores = os.cpus().length;
  const load = () => os.loadavg()[0].toFixed(2);
  const target = await openBenchTarget(config);
  console.log(`Ducha scale-out bench: ${target.where}`);
  console.log(
    `${opts.units} units, ${opts.items} items; ${opts.connections} connections, ${opts.duration} s per run; ` +
      `${cores} CPUs, load average ${load()} at the start\n`,
  );
  const password = generatePassword();
  const servers: BenchServer[] = [];
  let balancer: ChildProcess | null = null;
  try {
    const data = await generate(target.handle, {
      units: opts.units,
      items: opts.items,
      asOf: AS_OF,
      password,
    });
    console.log(`Generated in ${data.seconds.toFixed(1)} s.`);
    for (let i = 0; i < opts.instances; i++)
      servers.push(await startBenchServer({ url: target.url, password, env: { DUCHA_LOG_LEVEL: 'warn' } }));
    // One login: the session is a row, valid on every instance.
    const cookie = await login(servers[0].base, password);
    const mix = readMix(data);
    const database = new URL(target.url).pathname.slice(1);
    const shot = { cookie, mix, connections: opts.connections, duration: opts.duration, database };
    const port = await freePort();
    const startBalancer = (backends: BenchServer[]) =>
      startServer(
        {
          ...process.env,
          DUCHA_BALANCER_PORT: String(port),
          DUCHA_BALANCER_BACKENDS: backends.map((s) => s.base).join(','),
        },
        childEntry('bench.balancer'),
      );
    const lb = `http://127.0.0.1:${port}`;
    const runs: Run[] = [];
    const one = [servers[0].child];
    console.log('1 instance, direct…');
    runs.push(await measure('1 instance, direct', servers[0].base, shot, { instances: one, balancer: null }));
    balancer = await startBalancer(servers.slice(0, 1));
    console.log('1 instance behind the balancer…');
    runs.push(await measure('1 instance + balancer', lb, shot, { instances: one, balancer }));
    await stopServer(balancer);
    balancer = await startBalancer(servers);
    console.log(`${opts.instances} instances behind the balancer…`);
    const all = servers.map((s) => s.child);
    runs.push(
      await measure(`${opts.instances} instances + balancer`, lb, shot, { instances: all, balancer }),
    );
    console.log(`\n${formatRuns(runs, cores)}`);
    const gain = runs[2].result.requests.average / Math.max(1, runs[0].result.requests.average);
    console.log(
      `\n${opts.instances} instances give ${gain.toFixed(2)}× the throughput of one instance direct ` +
        `(${(runs[2].result.requests.average / Math.max(1, runs[1].result.requests.average)).toFixed(2)}× one behind the balancer).`,
    );
    const rss = servers.map((srv) => residentMb(srv.child.pid)).filter((n) => n > 0);
    if (rss.length)
      console.log(
        `Instance resident memory after the runs: ${rss.map((n) => `${n.toFixed(0)} MB`).join(', ')}.`,
      );
    console.log(`Load average ${load()} at the end (${cores} CPUs).`);
  } finally {
    if (balancer) await stopServer(balancer);
    await Promise.all(servers.map((s) => s.stop()));
    await target.dispose(opts.keep);
  }
}
