import type { Insertable, Kysely } from 'kysely';
import type { IsoDate } from '../../../core/dates.js';
import type { Role } from '../../../core/enums.js';
import type { DatabaseConfig } from '../../config.js';
import type { Actor } from '../../context.js';
import type { DbHandle } from '../../db/database.js';
import { refreshStatistics } from '../../db/dialect.js';
import type { Database, UnitsTable, UsersTable } from '../../db/schema.js';
import { hashPassword } from '../../modules/auth/password.js';
import { rebuildItemSearch } from '../../modules/item/item.search-index.js';
import { readRuleSettings, writeSetting } from '../../modules/settings/settings.service.js';
import { systemCtx } from '../../system.js';
import type { ActivityContext } from './bench.activity.js';
import { type BulkRow, type BulkWriter, kyselyWriter, openBulkWriter } from './bench.bulk.js';
import {
  type BenchLedger,
  type BenchUnit,
  buildItem,
  type ItemBundle,
  type RowContext,
} from './bench.rows.js';
import {
  KIND_WEIGHTS,
  LEDGERS,
  personName,
  type Rng,
  seededIds,
  seededRandom,
  TITLES_BY_ROLE,
  unitName,
} from './bench.words.js';

/**
 * Loads the bench data set straight into the tables (the services would take
 * minutes for 100,000 items; their speed is measured separately), with every
 * derived column computed as the services compute it (see bench.rows.ts).
 */
export interface BenchData {
  units: BenchUnit[];
  ledgers: BenchLedger[];
  supervisor: Actor;
  /** Unit users (responsible persons) of some units, for the scoped list. */
  unitActors: Actor[];
  /** Random item ids, for the detail reads. */
  itemSample: string[];
  counts: Record<
    | 'units'
    | 'users'
    | 'ledgers'
    | 'items'
    | 'responsibilities'
    | 'milestones'
    | 'targets'
    | 'reports'
    | 'urges'
    | 'inspections'
    | 'findings',
    number
  >;
  /** Rows written and seconds spent writing, per table of the item chunks (the load rates). */
  tables: { table: string; rows: number; seconds: number }[];
  seconds: number;
}

/** Totals of the scale sets' history tables; absent or zero: items alone (the default bench). */
export interface ActivityTotals {
  reports: number;
  urges: number;
  inspections: number;
}

/** The data set's seed when none is given: the one every bench run used before seeds could be chosen. */
export const DEFAULT_BENCH_SEED = 20261127;

export const BENCH_SUPERVISOR = 'bench_supervisor';

/** Both dialects cap bound parameters (SQLite 32,766, PostgreSQL 65,535): stay well under. */
const MAX_PARAMS = 30_000;
/** Items per transaction: big enough to amortise commits, small enough to keep memory flat. */
const CHUNK = 2_000;
export const SETUP_AT = '2026-01-04T02:00:00.000Z';
const GENERATED_AT = new Date().toISOString();

async function insertAll<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0]).length));
  for (let i = 0; i < rows.length; i += perStatement) {
    // Kysely cannot relate a generic table name to its row type; the rows are typed by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .execute();
  }
}

const stamped = { created_at: SETUP_AT, updated_at: SETUP_AT, version: 1 };

function userRow(
  id: string,
  username: string,
  displayName: string,
  roles: Role[],
  unitId: string | null,
  title: string | null,
  hash: string,
): UsersTable {
  return {
    id,
    username,
    display_name: displayName,
    title,
    unit_id: unitId,
    roles: JSON.stringify(roles),
    phone: null,
    email: null,
    password_hash: hash,
    active: 1,
    failed_logins: 0,
    locked_until: null,
    // Set now, not at the data's setup date: an expired password would lock the bench out of its own server.
    password_changed_at: GENERATED_AT,
    must_change_password: 0,
    ...stamped,
  };
}

const actorOf = (u: UsersTable): Actor => ({
  id: u.id,
  username: u.username,
  displayName: u.display_name,
  roles: JSON.parse(u.roles) as Role[],
  unitId: u.unit_id,
  ledgerIds: [],
});

/** Units, three people each (leader in charge, deputy, responsible person), ledgers and the bench accounts. */
async function loadOrganisation(
  handle: DbHandle,
  unitCount: number,
  password: string,
  rng: Rng,
  newId: () => string,
) {
  // One scrypt hash for everyone: hashing is deliberately slow (~60 ms each).
  const hash = await hashPassword(password);
  const names = new Set<string>();
  const unitRows: UnitsTable[] = [];
  const userRows: UsersTable[] = [];
  const units: BenchUnit[] = [];
  for (let i = 0; i < unitCount; i++) {
    const kind = rng.weighted(KIND_WEIGHTS);
    const n = unitName(rng, kind);
    // Names are unique; a repeated one gets a number, as a second office of the same kind would.
    const name = names.has(n.name) ? `${n.name}（${i}）` : n.name;
    names.add(name);
    const row: UnitsTable = {
      id: newId(),
      name,
      short_name: n.shortName,
      aliases: JSON.stringify(n.aliases),
      kind,
      parent_id: null,
      sort_order: i,
      archived: 0,
      ...stamped,
    };
    unitRows.push(row);
    const [leader, deputy, responsible] = (['leader', 'deputy', 'responsible'] as const).map((r, k) =>
      userRow(
        newId(),
        `u${i}_${k}`,
        personName(rng),
        r === 'leader' ? ['leader'] : ['unit'],
        row.id,
        TITLES_BY_ROLE[r],
        hash,
      ),
    );
    userRows.push(leader, deputy, responsible);
    units.push({
      id: row.id,
      name,
      shortName: n.shortName,
      aliases: n.aliases,
      leaderId: leader.id,
      deputyId: deputy.id,
      responsibleId: responsible.id,
    });
  }
  const supervisor = userRow(
    newId(),
    BENCH_SUPERVISOR,
    '督察员（压测）',
    ['supervisor'],
    null,
    '督察室主任',
    hash,
  );
  userRows.push(
    supervisor,
    userRow(newId(), 'bench_leader', '区领导（压测）', ['leader'], null, '区长', hash),
  );
  const ledgerRows = LEDGERS.map((l, i) => ({
    id: newId(),
    name: l.name,
    year: 2026,
    code: l.code,
    description: null,
    sort_order: i,
    archived: 0,
    ...stamped,
  }));
  await handle.db.transaction().execute(async (trx) => {
    await insertAll(trx, 'units', unitRows);
    await insertAll(trx, 'users', userRows);
    await insertAll(trx, 'ledgers', ledgerRows);
    // A scratch data set measured by scripts: its accounts log in without a second factor.
    await writeSetting({ db: trx }, 'mfa.required', 0);
  });
  const unitActors = units
    .slice(0, 50)
    .map((u) => actorOf(userRows.find((r) => r.id === u.responsibleId) as UsersTable));
  return {
    units,
    ledgers: ledgerRows.map((l) => ({ id: l.id, year: l.year, code: l.code })),
    supervisor: actorOf(supervisor),
    unitActors,
    users: userRows.length,
  };
}

/** The rows of a chunk of items, parents before children (foreign keys are checked as rows arrive). */
function chunkTables(bundles: ItemBundle[]): [string, BulkRow[]][] {
  const all = <T>(f: (b: ItemBundle) => T[]) => bundles.flatMap(f) as unknown as BulkRow[];
  return [
    ['items', all((b) => [b.item])],
    ['responsibilities', all((b) => b.responsibilities)],
    ['milestones', all((b) => b.milestones)],
    ['item_targets', all((b) => b.targets)],
    ['reports', all((b) => b.reports)],
    ['urges', all((b) => b.urges)],
    ['inspections', all((b) => b.inspections.map((i) => i.inspection))],
    ['inspection_items', all((b) => b.inspections.flatMap((i) => i.items))],
    ['inspection_inspectors', all((b) => b.inspections.flatMap((i) => i.inspectors))],
    ['inspection_findings', all((b) => b.inspections.flatMap((i) => i.findings))],
  ];
}

export async function generate(
  handle: DbHandle,
  opts: {
    units: number;
    items: number;
    asOf: IsoDate;
    password: string;
    /** Same seed, same data (ids included); default DEFAULT_BENCH_SEED. */
    seed?: number;
    /** Reports, urges and inspections to spread over the items (the scale sets). */
    activity?: ActivityTotals;
    /**
     * The database again, for a loading connection of its own (prepared statements
     * on SQLite, COPY on PostgreSQL); without it the rows go through the handle.
     */
    config?: DatabaseConfig;
    progress?: (done: number) => void;
  },
): Promise<BenchData> {
  const started = performance.now();
  const rng = seededRandom(opts.seed ?? DEFAULT_BENCH_SEED);
  const id = seededIds(rng, SETUP_AT);
  const org = await loadOrganisation(handle, opts.units, opts.password, rng, id);
  const a = opts.activity;
  const activity: ActivityContext | undefined =
    a && (a.reports || a.urges || a.inspections)
      ? {
          rng,
          id,
          asOf: opts.asOf,
          rates: {
            reports: a.reports / opts.items,
            urges: a.urges / opts.items,
            inspections: a.inspections / opts.items,
          },
          supervisorId: org.supervisor.id,
          debt: { reports: 0, urges: 0, inspections: 0 },
        }
      : undefined;
  const ctx: RowContext = {
    rng,
    id,
    asOf: opts.asOf,
    // The rules a fresh database holds (defaults, no calendar overrides): what the services would use.
    rules: await readRuleSettings(systemCtx(handle)),
    units: org.units,
    ledgers: org.ledgers,
    createdBy: org.supervisor.id,
    counters: new Map(),
    parents: new Map(),
    activity,
  };
  const counts = {
    units: org.units.length,
    users: org.users,
    ledgers: org.ledgers.length,
    items: 0,
    responsibilities: 0,
    milestones: 0,
    targets: 0,
    reports: 0,
    urges: 0,
    inspections: 0,
    findings: 0,
  };
  const itemSample: string[] = [];
  const writer: BulkWriter = opts.config ? await openBulkWriter(opts.config) : kyselyWriter(handle.db);
  // On PostgreSQL the server inserts one chunk while this process builds the next: the write
  // is awaited only before the following one starts (chunks stay in order, one transaction each).
  let writing: Promise<void> = Promise.resolve();
  try {
    for (let done = 0; done < opts.items; done += CHUNK) {
      const bundles = Array.from({ length: Math.min(CHUNK, opts.items - done) }, () => buildItem(ctx));
      await writing;
      writing = writer.write(chunkTables(bundles));
      // Its failure is reported where it is awaited; until then it must not count as unhandled.
      writing.catch(() => undefined);
      for (const b of bundles) {
        counts.items++;
        counts.responsibilities += b.responsibilities.length;
        counts.milestones += b.milestones.length;
        counts.targets += b.targets.length;
        counts.reports += b.reports.length;
        counts.urges += b.urges.length;
        counts.inspections += b.inspections.length;
        for (const i of b.inspections) counts.findings += i.findings.length;
        // Reservoir sampling keeps a uniform sample of ids without holding them all.
        if (itemSample.length < 1000) itemSample.push(b.item.id);
        else if (rng.chance(1000 / counts.items)) itemSample[rng.int(0, 999)] = b.item.id;
      }
      opts.progress?.(counts.items);
      // better-sqlite3 answers synchronously, so this loop would never return to the event
      // loop: let it run between chunks, so that Ctrl-C (a signal event) is heard.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writing;
  } finally {
    // After a failed build, let the chunk in flight end before closing its connection.
    await writing.catch(() => undefined);
    await writer.close();
  }
  // Later creates continue each ledger's code series.
  const counterRows = [...ctx.counters].map(([key, value]) => ({ key, value }));
  await insertAll(handle.db, 'code_counters', counterRows);
  // The rows went in by bulk insert, past the commands that keep the search index: index them now.
  await handle.db.transaction().execute((trx) => rebuildItemSearch(trx));
  // Fresh statistics, so that both planners see the real distribution (as a running installation's would).
  await refreshStatistics(handle.db, handle.dialect);
  return {
    units: org.units,
    ledgers: org.ledgers,
    supervisor: org.supervisor,
    unitActors: org.unitActors,
    itemSample,
    counts,
    tables: [...writer.spent].map(([table, t]) => ({ table, ...t })),
    seconds: (performance.now() - started) / 1000,
  };
}
