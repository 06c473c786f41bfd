import { sql } from 'kysely';
import { openDatabase } from '../../db/database.js';
import { verifyAuditChain } from '../../modules/audit/audit.repo.js';
import type { BenchServer } from '../bench/bench.child.js';
import type { BenchData } from '../bench/bench.generate.js';
import { newItemInput } from '../bench/bench.measure.js';
import { call } from './drill.http.js';
import type { DrillRandom } from './drill.random.js';

/**
 * Crash safety ×K (SECURITY.md DUR-1 figure): a real server process takes
 * creates and edits from a few clients and is killed with SIGKILL at a random
 * moment, K times. After each kill the database is opened afresh and must be
 * sound (SQLite: integrity_check ok, foreign_key_check empty), hold every
 * write the server acknowledged (each item at least at the acknowledged
 * version, with its title when at exactly that version), and keep an intact
 * audit chain up to the head anchor the server had written.
 */
export interface CrashFigures {
  kills: number;
  corrupt: number;
  foreignKeyProblems: number;
  acknowledged: number;
  /** Acknowledged writes not found at some check after a kill (each counted once). */
  missingAcknowledged: number;
  chainBroken: number;
  /** Start of a killed server's successor until it serves, ms. */
  recoveryMs: number[];
  /** With a crashed database: its restart until it accepts connections (crash recovery), ms. */
  databaseRecoveryMs: number[];
}

/** A database the drill may crash too (the private PostgreSQL cluster). */
export interface CrashableDatabase {
  crash(): Promise<void>;
  start(): Promise<number>;
  /** What a structural check found wrong (empty when sound). */
  amcheck(): Promise<string[]>;
}

const CLIENTS = 4;

interface Acked {
  version: number;
  title: string;
}

/** Clients that create items and edit their own until the server stops answering. */
async function writeUntilKilled(
  server: BenchServer,
  cookie: string,
  data: BenchData,
  cycle: number,
  acked: Map<string, Acked>,
) {
  let alive = true;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      const mine: string[] = [];
      for (let n = 0; alive; n++) {
        const edit = mine.length > 0 && n % 2 === 1;
        if (edit) {
          const id = mine[n % mine.length];
          const known = acked.get(id) as Acked;
          const title = `崩溃演练 ${cycle}-${c}-${n}`;
          const res = await call(server.base, cookie, 'PATCH', `/api/items/${id}`, {
            version: known.version,
            title,
          });
          if (res.status === 0) alive = false;
          else if (res.status === 200) acked.set(id, { version: Number(res.body?.version), title });
        } else {
          const title = `崩溃演练新增 ${cycle}-${c}-${n}`;
          const res = await call(server.base, cookie, 'POST', '/api/items', {
            ...newItemInput(data, n),
            title,
          });
          if (res.status === 0) alive = false;
          else if (res.status === 201 || res.status === 200) {
            const id = String(res.body?.id);
            mine.push(id);
            acked.set(id, { version: Number(res.body?.version), title });
          }
        }
      }
    }),
  );
}

export async function crashDrill(opts: {
  url: string;
  data: BenchData;
  kills: number;
  rnd: DrillRandom;
  start: () => Promise<BenchServer>;
  login: (base: string) => Promise<string>;
  progress?: (done: number) => void;
  /** Crash this database (then the server) instead of only the server. */
  database?: CrashableDatabase;
}): Promise<CrashFigures> {
  const figures: CrashFigures = {
    kills: 0,
    corrupt: 0,
    foreignKeyProblems: 0,
    acknowledged: 0,
    missingAcknowledged: 0,
    chainBroken: 0,
    recoveryMs: [],
    databaseRecoveryMs: [],
  };
  const acked = new Map<string, Acked>();
  const missing = new Set<string>();
  let cookie: string | null = null;
  for (let k = 0; k < opts.kills; k++) {
    const started = performance.now();
    const server = await opts.start();
    if (k > 0) figures.recoveryMs.push(performance.now() - started);
    // Sessions live in the database, so one login serves every successor.
    cookie ??= await opts.login(server.base);
    const writing = writeUntilKilled(server, cookie, opts.data, k, acked);
    await new Promise((r) => setTimeout(r, 300 + opts.rnd.int(1700)));
    await opts.database?.crash();
    server.child.kill('SIGKILL');
    await writing;
    await server.stop();
    figures.kills++;
    if (opts.database) {
      figures.databaseRecoveryMs.push(await opts.database.start());
      if ((await opts.database.amcheck()).length) figures.corrupt++;
    }
    await check(opts.url, acked, missing, figures);
    opts.progress?.(k + 1);
  }
  figures.acknowledged = acked.size;
  figures.missingAcknowledged = missing.size;
  return figures;
}

/** Opens the database as the next start would, and checks it against what was acknowledged. */
async function check(
  url: string,
  acked: Map<string, Acked>,
  missing: Set<string>,
  figures: CrashFigures,
): Promise<void> {
  const handle = openDatabase(
    url.startsWith('sqlite:')
      ? { dialect: 'sqlite', file: url.slice('sqlite:'.length) }
      : { dialect: 'postgres', url },
  );
  try {
    if (handle.dialect === 'sqlite') {
      const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(handle.db);
      if (integrity.rows[0]?.integrity_check !== 'ok') figures.corrupt++;
      const fk = await sql`PRAGMA foreign_key_check`.execute(handle.db);
      figures.foreignKeyProblems += fk.rows.length;
    }
    const ids = [...acked.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await handle.db
        .selectFrom('items')
        .select(['id', 'version', 'title'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      const found = new Map(rows.map((r) => [r.id, r]));
      for (const id of ids.slice(i, i + 500)) {
        const want = acked.get(id) as Acked;
        const row = found.get(id);
        const ok =
          row &&
          (Number(row.version) > want.version ||
            (Number(row.version) === want.version && row.title === want.title));
        if (!ok) missing.add(id);
      }
    }
    if (!(await verifyAuditChain({ db: handle.db })).intact) figures.chainBroken++;
  } finally {
    await handle.close();
  }
}
