import http from 'node:http';
import type {
  CompiledQuery,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryId,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { IsoDate } from '../../../core/dates.js';
import { ItemQuery } from '../../../core/schemas/item.js';
import { UnitStatsQuery } from '../../../core/schemas/stats.js';
import type { Ctx } from '../../context.js';
import type { DbHandle } from '../../db/database.js';
import { getItem, listItemRows } from '../../modules/item/item.service.js';
import { overview, unitLights } from '../../modules/stats/stats.service.js';
import { systemCtx } from '../../system.js';
import { login, startBenchServer } from './bench.child.js';
import type { BenchData } from './bench.generate.js';
import { noonInChina, percentile, sample } from './bench.measure.js';
import { pad, width } from './bench.report.js';

/**
 * Issue 14, "the HTTP layer costs little": for each main request, in one run,
 * the time of the very SQL statements its service runs (recorded once, then
 * executed bare through the driver), the service call itself, and the request
 * over HTTP to a real server child — one client after another, and 16 at once
 * (autocannon). The goal: an endpoint within 2 × its SQL + 1 ms.
 */
const CLIENTS = 16;
const LOAD_SECONDS = 3;

/** Keeps each root statement a service sends, to run them again without Kysely's building or the mapping. */
class StatementRecorder implements KyselyPlugin {
  readonly statements: { node: RootOperationNode; queryId: QueryId }[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.statements.push({ node: args.node, queryId: args.queryId });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

interface Probe {
  name: string;
  /** Path and query string, as the web app asks. */
  path: string;
  call: (ctx: Ctx) => Promise<unknown>;
}

function probes(data: BenchData, asOf: IsoDate): Probe[] {
  // As the web app asks: list rows (view=list).
  const list = (name: string, qs: string): Probe => ({
    name,
    path: `/api/items?${qs}&view=list`,
    call: (ctx) => listItemRows(ctx, ItemQuery.parse(Object.fromEntries(new URLSearchParams(qs)))),
  });
  const id = data.itemSample[0];
  return [
    list('item list, page 1', `asOf=${asOf}`),
    list(
      "one unit's open items (100)",
      `asOf=${asOf}&unitId=${data.units[1].id}&status=assigned,in_progress,pending_review&pageSize=100`,
    ),
    list('search q=安置房', `asOf=${asOf}&q=${encodeURIComponent('安置房')}`),
    { name: 'item detail', path: `/api/items/${id}?asOf=${asOf}`, call: (ctx) => getItem(ctx, id, asOf) },
    {
      name: 'cockpit overview',
      path: `/api/stats/overview?asOf=${asOf}`,
      call: (ctx) => overview(ctx, { asOf }),
    },
    {
      name: 'per-unit table',
      path: `/api/stats/units?asOf=${asOf}`,
      call: (ctx) => unitLights(ctx, UnitStatsQuery.parse({ asOf })),
    },
  ];
}

export interface OverheadRow {
  name: string;
  statements: number;
  sqlMs: number;
  serviceMs: number;
  httpMs: number;
  /** Bytes on the wire (brotli, as a browser accepts). */
  bytes: number;
  c16: { rps: number; p50: number; p975: number; errors: number } | null;
}

/** A request context as the server builds one: the supervisor, a fresh per-request memo. */
const requestCtx = (handle: DbHandle, data: BenchData, asOf: IsoDate): Ctx => ({
  ...systemCtx(handle, noonInChina(asOf), data.supervisor),
  memo: new Map(),
});

/** The statements one call runs, compiled as the driver receives them. */
async function recordStatements(handle: DbHandle, ctx: Ctx, probe: Probe): Promise<CompiledQuery[]> {
  const recorder = new StatementRecorder();
  await probe.call({ ...ctx, db: ctx.db.withPlugin(recorder) });
  const executor = handle.db.getExecutor();
  return recorder.statements.map((s) => executor.compileQuery(s.node, s.queryId));
}

/** One GET over a kept-alive connection, read to the last byte (not decoded: the browser does that); its size. */
function getBytes(agent: http.Agent, base: URL, path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        agent,
        host: base.hostname,
        port: base.port,
        path,
        headers: { cookie, 'accept-encoding': 'br, gzip' },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`GET ${path}: ${res.statusCode}`));
          else resolve(bytes);
        });
      },
    );
    req.on('error', reject);
  });
}

export async function measureOverhead(opts: {
  handle: DbHandle;
  url: string;
  password: string;
  asOf: IsoDate;
  runs: number;
  data: BenchData;
}): Promise<OverheadRow[]> {
  const { handle, data, asOf, runs } = opts;
  const list = probes(data, asOf);
  const rows: OverheadRow[] = [];
  for (const p of list) {
    const ctx = () => requestCtx(handle, data, asOf);
    const statements = await recordStatements(handle, ctx(), p);
    const sql = await sample(runs, async () => {
      for (const s of statements) await handle.db.executeQuery(s);
    });
    const service = await sample(runs, () => p.call(ctx()));
    rows.push({
      name: p.name,
      statements: statements.length,
      sqlMs: percentile(sql, 0.5),
      serviceMs: percentile(service, 0.5),
      httpMs: Number.NaN,
      bytes: 0,
      c16: null,
    });
  }

  const server = await startBenchServer(opts);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const cookie = await login(server.base, opts.password);
    const base = new URL(server.base);
    // autocannon is a development dependency: without it the sequential figures still stand.
    const autocannon = await import('autocannon').then((m) => m.default).catch(() => null);
    for (const [i, p] of list.entries()) {
      let bytes = 0;
      const ms = await sample(runs, async () => {
        bytes = await getBytes(agent, base, p.path, cookie);
      });
      rows[i].httpMs = percentile(ms, 0.5);
      rows[i].bytes = bytes;
      if (!autocannon) continue;
      const r = await autocannon({
        url: server.base + p.path,
        connections: CLIENTS,
        duration: LOAD_SECONDS,
        headers: { cookie, 'accept-encoding': 'br, gzip' },
      });
      rows[i].c16 = {
        rps: r['2xx'] / r.duration,
        p50: r.latency.p50,
        p975: r.latency.p97_5,
        errors: r.errors + r.non2xx,
      };
    }
  } finally {
    agent.destroy();
    await server.stop();
  }
  return rows;
}

const f = (v: number) => (Number.isNaN(v) ? '' : v.toFixed(v < 10 ? 2 : 1));
/** The goal of issue 14: an endpoint within twice its SQL plus 1 ms. */
const GOAL = 2;

/** The overhead table: per request, its SQL, service and HTTP times side by side. */
export function formatOverhead(rows: OverheadRow[]): string {
  const header = [
    'request',
    'stmts',
    'SQL ms',
    'service ms',
    'HTTP ms',
    'KB br',
    'HTTP/(SQL+1)',
    `c${CLIENTS} req/s`,
    `c${CLIENTS} p50`,
    `c${CLIENTS} p97.5`,
  ];
  const cells = rows.map((r) => {
    const ratio = r.httpMs / (r.sqlMs + 1);
    return [
      r.name,
      String(r.statements),
      f(r.sqlMs),
      f(r.serviceMs),
      f(r.httpMs),
      (r.bytes / 1024).toFixed(1),
      Number.isNaN(ratio) ? '' : `${ratio.toFixed(2)} ${ratio <= GOAL ? 'ok' : 'over'}`,
      r.c16 ? r.c16.rps.toFixed(0) : '',
      r.c16 ? String(r.c16.p50) : '',
      r.c16 ? `${r.c16.p975}${r.c16.errors ? ` (${r.c16.errors} failed)` : ''}` : '',
    ];
  });
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]) => c.map((s, i) => pad(s, widths[i], i > 0)).join('  ');
  return [
    `HTTP overhead — medians; SQL: the service's own statements run bare, one after another; ` +
      `HTTP: one client, brotli; c${CLIENTS}: ${CLIENTS} clients for ${LOAD_SECONDS} s (latency in whole ms). ` +
      `Goal: HTTP/(SQL+1 ms) ≤ ${GOAL}.`,
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...cells.map(line),
  ].join('\n');
}
