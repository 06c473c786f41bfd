import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { IsoDate } from '../../../core/dates.js';
import { loadConfig } from '../../config.js';
import { generatePassword } from '../../modules/auth/password.js';
import { type BenchServer, login, startBenchServer } from './bench.child.js';
import { type BenchData, generate } from './bench.generate.js';
import { newItemInput } from './bench.measure.js';
import {
  formatRounds,
  formatTable,
  type Operation,
  type PhaseKey,
  quietestRounds,
  type Round,
  rowsOf,
  type Sample,
  TARGET_RATIO,
} from './bench.redmine.stats.js';
import { cpuSeconds, machineBusySeconds, postgresSeconds } from './bench.scaleout.js';
import { openBenchTarget } from './bench.target.js';

/**
 * `ducha bench --redmine <url> --redmine-key <key>` (issue 14: creates and
 * edits over HTTP ≥ 30× Redmine's). Both systems are written to over HTTP in
 * the same run, phase by phase in interleaved rounds — Ducha then Redmine,
 * Redmine first in the next round — so that whatever else the machine does
 * falls on both alike. Each round: sequential creates, creates by 16 clients,
 * sequential title edits, edits by 16 clients. The same load generator
 * (autocannon, raw sockets, little CPU of its own) drives both.
 */
const AS_OF: IsoDate = '2026-11-27';
const CONCURRENT = 16;
/** Requests per phase and round: enough for a median, few enough that Redmine's rounds stay short. */
const SEQUENTIAL_REQUESTS = 40;
const CONCURRENT_REQUESTS = 160;

/** What the bench needs of one system: how to create an item and edit one, over HTTP. */
export interface WriteTarget {
  name: string;
  base: string;
  headers: Record<string, string>;
  create(i: number): { method: 'POST'; path: string; body: string };
  /** The created item's id and optimistic-lock version, from the create's response body. */
  created(body: string): Written;
  edit(item: Written, i: number): { method: 'PATCH' | 'PUT'; path: string; body: string };
  /** The item's version after an edit (Redmine answers 204 without a body: unchanged). */
  edited(item: Written, body: string): number;
  /** CPU seconds used so far by this system's processes (server, database), to tell it from other work. */
  cpu(): number;
}

export interface Written {
  id: string;
  version: number;
}

/** Ducha: POST /api/items with a full item (task book, two units, four milestones), PATCH with the version. */
export function duchaTarget(base: string, cookie: string, data: BenchData, cpu: () => number): WriteTarget {
  return {
    name: 'Ducha',
    base,
    headers: { cookie, 'content-type': 'application/json' },
    create: (i) => ({ method: 'POST', path: '/api/items', body: JSON.stringify(newItemInput(data, i)) }),
    created(body) {
      const item = JSON.parse(body) as { id: string; version: number };
      return { id: item.id, version: item.version };
    },
    edit: (item, i) => ({
      method: 'PATCH',
      path: `/api/items/${item.id}`,
      body: JSON.stringify({ version: item.version, title: `压测改名事项${i}：老旧小区改造` }),
    }),
    edited: (_item, body) => (JSON.parse(body) as { version: number }).version,
    cpu,
  };
}

/** Redmine: POST /issues.json and PUT /issues/:id.json with the admin's API key (REST API enabled). */
export function redmineTarget(base: string, key: string, project: string): WriteTarget {
  return {
    name: 'Redmine',
    base: base.replace(/\/+$/, ''),
    headers: { 'x-redmine-api-key': key, 'content-type': 'application/json' },
    create: (i) => ({
      method: 'POST',
      path: '/issues.json',
      body: JSON.stringify({
        issue: {
          project_id: project,
          subject: `Bench issue ${i}: old residential area renovation`,
          description: 'Finish the renovation by the end of the year and pass acceptance.',
          start_date: '2026-12-01',
          due_date: '2027-06-30',
        },
      }),
    }),
    created: (body) => ({ id: String((JSON.parse(body) as { issue: { id: number } }).issue.id), version: 0 }),
    edit: (item, i) => ({
      method: 'PUT',
      path: `/issues/${item.id}.json`,
      body: JSON.stringify({ issue: { subject: `Bench issue renamed ${i}` } }),
    }),
    edited: (item) => item.version,
    cpu: () =>
      pidsMatching(/puma|unicorn|passenger|rails|mariadbd|mysqld/).reduce((s, pid) => s + cpuSeconds(pid), 0),
  };
}

/** Processes whose command line matches (Linux /proc): Redmine's app server and its database. */
function pidsMatching(pattern: RegExp): number[] {
  const out: number[] = [];
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    try {
      if (pattern.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')))
        out.push(Number(pid));
    } catch {
      // The process ended while the list was read.
    }
  }
  return out;
}

interface CannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** `context` is the connection's own object, the same in its setupRequest and onResponse calls. */
  setupRequest?: (req: CannonRequest, context: Connection) => CannonRequest;
  onResponse?: (status: number, body: string, context: Connection) => void;
}
/** What a connection remembers between building its request and reading the answer. */
interface Connection {
  item?: Written;
}
type Cannon = (opts: {
  url: string;
  connections: number;
  amount: number;
  timeout: number;
  requests: CannonRequest[];
}) => PromiseLike<{ errors: number; timeouts: number }> & {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
};

function loadCannon(): Cannon {
  try {
    return createRequire(import.meta.url)('autocannon') as Cannon;
  } catch {
    throw new Error('the Redmine comparison needs autocannon (a development dependency): run `npm install`');
  }
}

/** Per system, what the rounds created: the items the edits then take in turn. */
interface State {
  next: number;
  items: Written[];
  cursor: number;
}

/**
 * `amount` requests of one kind by `clients` connections. autocannon calls
 * onResponse on the request it was given, not on the one setupRequest built,
 * so an edit's item travels in the connection's context (one request in
 * flight per connection) and its version is taken from its own answer: an
 * item edited again later, when the ring of created items comes round, is
 * sent with the version it has.
 */
export async function shoot(
  cannon: Cannon,
  target: WriteTarget,
  state: State,
  operation: Operation,
  clients: number,
  amount: number,
): Promise<Sample> {
  const ms: number[] = [];
  let failure = '';
  const fail = (status: number, body: string) => {
    failure ||= `${status} ${body.slice(0, 300)}`;
  };
  const request: CannonRequest = { method: 'POST', path: '/', headers: target.headers };
  if (operation === 'create') {
    request.setupRequest = (req) => ({ ...req, ...target.create(state.next++) });
    request.onResponse = (status, body) => {
      if (status === 201) state.items.push(target.created(body));
      else fail(status, body);
    };
  } else {
    if (state.items.length < clients * 2)
      throw new Error(`${target.name}: too few created items (${state.items.length}) to edit`);
    request.setupRequest = (req, context) => {
      const item = state.items[state.cursor++ % state.items.length];
      context.item = item;
      return { ...req, ...target.edit(item, state.next++) };
    };
    request.onResponse = (status, body, context) => {
      const item = context.item;
      if (item && status >= 200 && status < 300) item.version = target.edited(item, body);
      else fail(status, body);
    };
  }
  const started = performance.now();
  const run = cannon({ url: target.base, connections: clients, amount, timeout: 60, requests: [request] });
  // autocannon settles on its next one-second tick: the phase ends at its last answer, not then.
  let last = started;
  run.on('response', (_c, status, _b, time) => {
    if (status >= 200 && status < 300) ms.push(time);
    last = performance.now();
  });
  const result = await run;
  const seconds = (last - started) / 1000;
  if (failure || result.errors || result.timeouts || ms.length < amount)
    throw new Error(
      `${target.name} ${operation} with ${clients} client(s): ${ms.length}/${amount} succeeded, ` +
        `${result.errors} errors, ${result.timeouts} timeouts${failure ? `; first failure: ${failure}` : ''}`,
    );
  return { ms, seconds };
}

const PHASES: PhaseKey[] = [
  { operation: 'create', clients: 1 },
  { operation: 'create', clients: CONCURRENT },
  { operation: 'edit', clients: 1 },
  { operation: 'edit', clients: CONCURRENT },
];

/** CPU seconds of the bench process itself (the load generator). */
const ownSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

async function round(
  cannon: Cannon,
  targets: { ducha: WriteTarget; redmine: WriteTarget },
  states: { ducha: State; redmine: State },
  index: number,
  sizes: { sequential: number; concurrent: number },
): Promise<Round> {
  const load1 = os.loadavg()[0];
  const known = () => ownSeconds() + targets.ducha.cpu() + targets.redmine.cpu();
  const before = { busy: machineBusySeconds(), known: known(), at: performance.now() };
  const phases: Round['phases'] = [];
  // Odd rounds start with Redmine: neither system always runs right after the other's writes.
  const order: ('ducha' | 'redmine')[] = index % 2 ? ['redmine', 'ducha'] : ['ducha', 'redmine'];
  for (const key of PHASES) {
    const amount = key.clients === 1 ? sizes.sequential : sizes.concurrent;
    const got: Partial<Record<'ducha' | 'redmine', Sample>> = {};
    for (const side of order)
      got[side] = await shoot(cannon, targets[side], states[side], key.operation, key.clients, amount);
    phases.push({ key, ducha: got.ducha!, redmine: got.redmine! });
  }
  const seconds = (performance.now() - before.at) / 1000;
  const other = machineBusySeconds() - before.busy - (known() - before.known);
  return { load1, otherCores: Math.max(0, other) / seconds, phases };
}

export async function runRedmineBench(opts: {
  units: number;
  items: number;
  rounds: number;
  keep: boolean;
  redmine: { url: string; key: string; project: string };
}): Promise<void> {
  const cannon = loadCannon();
  const config = loadConfig();
  const cores = os.cpus().length;
  const target = await openBenchTarget(config);
  console.log(
    `Ducha against Redmine, writes over HTTP: Ducha on ${target.where}, Redmine at ${opts.redmine.url}`,
  );
  console.log(
    `${opts.units} units, ${opts.items.toLocaleString('en')} items; ${opts.rounds} rounds of ` +
      `${SEQUENTIAL_REQUESTS} sequential and ${CONCURRENT_REQUESTS} concurrent (${CONCURRENT} clients) requests ` +
      `per operation and system; ${cores} CPUs, load average ${os.loadavg()[0].toFixed(2)} at the start\n`,
  );
  const redmine = redmineTarget(opts.redmine.url, opts.redmine.key, opts.redmine.project);
  await checkRedmine(redmine);
  const password = generatePassword();
  let server: BenchServer | null = null;
  try {
    const data = await generate(target.handle, {
      units: opts.units,
      items: opts.items,
      asOf: AS_OF,
      password,
      config: target.config,
    });
    console.log(`Generated in ${data.seconds.toFixed(1)} s.`);
    server = await startBenchServer({ url: target.url, password, env: { DUCHA_LOG_LEVEL: 'warn' } });
    const child = server.child;
    const database = target.url.startsWith('postgres') ? new URL(target.url).pathname.slice(1) : null;
    const cookie = await login(server.base, password);
    // PostgreSQL backends are processes of their own: count them as Ducha's, not as other work.
    const duchaCpu = () => cpuSeconds(child.pid) + (database ? postgresSeconds(database) : 0);
    const targets = { ducha: duchaTarget(server.base, cookie, data, duchaCpu), redmine };
    const states = { ducha: newState(), redmine: newState() };
    // A short warm-up round, not counted: JIT, caches, Rails' first requests, connection pools.
    await round(cannon, targets, states, 0, { sequential: 10, concurrent: 2 * CONCURRENT });
    const rounds: Round[] = [];
    for (let i = 0; i < opts.rounds; i++) {
      const r = await round(cannon, targets, states, i, {
        sequential: SEQUENTIAL_REQUESTS,
        concurrent: CONCURRENT_REQUESTS,
      });
      rounds.push(r);
      console.log(`${formatRounds([r], [])}`.replace('round 1', `round ${i + 1}`));
    }
    const all = rounds.map((_r, i) => i);
    const quiet = quietestRounds(rounds);
    console.log(`\nAll ${rounds.length} rounds (medians):\n${formatTable(rowsOf(rounds, all))}`);
    console.log(
      `\nThe ${quiet.length} quietest rounds (least other work on the machine: ${quiet.map((i) => i + 1).join(', ')}):\n` +
        formatTable(rowsOf(rounds, quiet)),
    );
    console.log(
      `\n× = how many times Ducha's figure Redmine's is (latency: Redmine ms / Ducha ms; throughput: Ducha req/s / Redmine req/s); ` +
        `issue 14 asks ≥ ${TARGET_RATIO}×. Load average ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')} at the end (${cores} CPUs).`,
    );
  } finally {
    await server?.stop();
    await target.dispose(opts.keep);
  }
}

const newState = (): State => ({ next: 0, items: [], cursor: 0 });

/** Fails early, with Redmine's own answer, when the URL, the key or the project is wrong. */
export async function checkRedmine(redmine: WriteTarget): Promise<void> {
  const res = await fetch(`${redmine.base}/users/current.json`, { headers: redmine.headers }).catch(
    (e: Error) => {
      throw new Error(`Redmine at ${redmine.base} does not answer: ${e.message}`);
    },
  );
  if (!res.ok)
    throw new Error(
      `Redmine at ${redmine.base}: GET /users/current.json answered ${res.status} (is the REST API enabled, the key right?)`,
    );
}
