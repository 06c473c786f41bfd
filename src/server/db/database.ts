import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import type { Dialect } from './dialect.js';
import * as initial from './migrations/2026-11-27T0001_initial.js';
import * as unitLightIndexes from './migrations/2026-11-27T0002_unit_light_indexes.js';
import * as overviewIndex from './migrations/2026-11-27T0003_overview_index.js';
import * as jobRuns from './migrations/2026-12-02T0001_job_runs.js';
import * as itemEvents from './migrations/2026-12-02T0050_item_events.js';
import * as meetings from './migrations/2026-12-02T0100_meetings.js';
import * as ledgerTemplates from './migrations/2026-12-02T0200_ledger_templates.js';
import * as reports from './migrations/2026-12-02T0300_reports.js';
import * as requests from './migrations/2026-12-02T0400_requests.js';
import * as security from './migrations/2026-12-02T0500_security.js';
import * as passwords from './migrations/2026-12-02T0550_passwords.js';
import * as notices from './migrations/2026-12-02T0600_notices.js';
import * as notifications from './migrations/2026-12-02T0701_notifications.js';
import * as inspections from './migrations/2026-12-02T0800_inspections.js';
import * as findingNotices from './migrations/2026-12-02T0810_finding_notices.js';
import * as templateFieldFilters from './migrations/2026-12-02T1000_template_field_filters.js';
import * as secondFactor from './migrations/2026-12-02T1100_second_factor.js';
import * as trust from './migrations/2026-12-02T1200_trust.js';
import * as itemSearchIndex from './migrations/2026-12-03T1500_item_search_index.js';
import * as responsibilityItemOrder from './migrations/2026-12-03T1600_responsibility_item_order.js';
import * as unitLeadCounts from './migrations/2026-12-03T1601_unit_lead_counts.js';
import * as settingsVersion from './migrations/2026-12-03T1800_settings_version.js';
import * as itemSearchReports from './migrations/2026-12-03T2100_item_search_reports.js';
import * as itemCountIndexes from './migrations/2026-12-03T2200_item_count_indexes.js';
import * as inspectionPageOrder from './migrations/2026-12-03T2201_inspection_page_order.js';
import * as itemSearchHeadIndex from './migrations/2026-12-03T2300_item_search_head_index.js';
import * as itemSearchTuning from './migrations/2026-12-04T0100_item_search_tuning.js';
import * as ledgerCountIndex from './migrations/2026-12-04T0200_ledger_count_index.js';
import * as overviewJudgedDue from './migrations/2026-12-04T0201_overview_judged_due.js';
import type { Database } from './schema.js';
import { ImmediateSqliteDialect } from './sqlite-immediate.js';
import { SqliteReaderPool } from './sqlite-reader-pool.js';
import { ReaderPoolSqliteDialect } from './sqlite-readers.js';
import { withStatementCache } from './sqlite-statements.js';

export type Db = Kysely<Database>;

export interface DbHandle {
  db: Db;
  dialect: Dialect;
  /** PostgreSQL: the connection URL, for a dedicated LISTEN connection (live updates). */
  url?: string;
  close(): Promise<void>;
}

// PostgreSQL returns COUNT(*) and BIGINT as strings; parse int8 as numbers
// (our counts and sequences stay far below 2^53).
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// double precision stays a number; NUMERIC is not used.

/** Milliseconds a connection waits for a lock; kibibytes of page cache (negative: KiB) per connection. */
const SQLITE_BUSY_TIMEOUT = 5000;
const SQLITE_CACHE_SIZE = -32000;
/**
 * WAL pages after which a commit copies them into the database file (SQLite's default is 1,000).
 * An item creation writes about 65 pages, many of them the same hot pages as the last one's (the
 * ends of the append-only indexes, the audit log's tail): a checkpoint copies each page once
 * however many versions the WAL holds, so fewer, larger checkpoints copy less. 4,000 pages (16
 * MB of WAL) took creations from 338 to 366 a second on 20,000 items; the WAL's index still fits
 * one hash block (4,096 frames), so reads through it cost the same.
 */
const SQLITE_CHECKPOINT_PAGES = 4000;
/**
 * With reader threads, one of them checkpoints a short while after each commit, and the main
 * connection copies only what that left (sqlite-checkpoint.ts). Its own checkpoint at this size is
 * a backstop, for a thread that falls behind.
 */
const SQLITE_CHECKPOINT_BACKSTOP_PAGES = 16000;
/**
 * A reader thread's own page cache: SQLite's default 2 MB, because every reader would fill its own
 * copy of the hot pages (the server's resident set counts each: 32 MB each took a 20,000-item bench
 * server from 189 to 237 MB); the operating system's file cache is shared by all.
 */
const SQLITE_READER_CACHE_SIZE = -2000;

export function openDatabase(config: DatabaseConfig): DbHandle {
  if (config.dialect === 'sqlite') {
    if (config.file !== ':memory:') fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    // WAL lets readers run beside the writer; FULL sync so that a committed
    // change survives a power cut (no lost data); foreign keys are off by default in SQLite.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT}`);
    sqlite.pragma(`cache_size = ${SQLITE_CACHE_SIZE}`);
    // Commands that commit together are savepoints of one transaction (sqlite-group-commit.ts): each
    // keeps the pages it changes in a statement journal, which past 64 KB SQLite writes to a temporary
    // file. In memory, 16 creations at once went from 332–375 to 391–418 a second.
    sqlite.pragma('temp_store = MEMORY');
    // Reads outside a transaction go to reader threads, so that a long one does not stop the
    // event loop; an in-memory database exists in this connection only and cannot be shared.
    const readers = config.file === ':memory:' ? 0 : (config.readers ?? os.availableParallelism());
    sqlite.pragma(
      `wal_autocheckpoint = ${readers > 0 ? SQLITE_CHECKPOINT_BACKSTOP_PAGES : SQLITE_CHECKPOINT_PAGES}`,
    );
    const dialect =
      readers > 0
        ? new ReaderPoolSqliteDialect(
            withStatementCache(sqlite),
            new SqliteReaderPool({
              file: config.file,
              size: readers,
              busyTimeout: SQLITE_BUSY_TIMEOUT,
              cacheSize: SQLITE_READER_CACHE_SIZE,
            }),
          )
        : new ImmediateSqliteDialect({ database: withStatementCache(sqlite) });
    const db = new Kysely<Database>({ dialect });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 10 });
  // An idle connection that the server ends (a restart, a failover, an administrator) is reported
  // on the pool; unhandled, that event would end the whole process. The pool replaces the connection.
  pool.on('error', (e) => console.error(`PostgreSQL connection lost while idle: ${e.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', url: config.url, close: () => db.destroy() };
}

/** Migrations are imported, not read from a folder, so they work the same from source and from a bundle. */
const MIGRATIONS = {
  '2026-11-27T0001_initial': initial,
  '2026-11-27T0002_unit_light_indexes': unitLightIndexes,
  '2026-11-27T0003_overview_index': overviewIndex,
  '2026-12-02T0001_job_runs': jobRuns,
  '2026-12-02T0050_item_events': itemEvents,
  '2026-12-02T0100_meetings': meetings,
  '2026-12-02T0200_ledger_templates': ledgerTemplates,
  '2026-12-02T0300_reports': reports,
  '2026-12-02T0400_requests': requests,
  '2026-12-02T0500_security': security,
  '2026-12-02T0550_passwords': passwords,
  '2026-12-02T0600_notices': notices,
  '2026-12-02T0800_inspections': inspections,
  '2026-12-02T0810_finding_notices': findingNotices,
  '2026-12-02T1000_template_field_filters': templateFieldFilters,
  '2026-12-02T0701_notifications': notifications,
  '2026-12-02T1100_second_factor': secondFactor,
  '2026-12-02T1200_trust': trust,
  '2026-12-03T1500_item_search_index': itemSearchIndex,
  '2026-12-03T1600_responsibility_item_order': responsibilityItemOrder,
  '2026-12-03T1601_unit_lead_counts': unitLeadCounts,
  '2026-12-03T1800_settings_version': settingsVersion,
  '2026-12-03T2100_item_search_reports': itemSearchReports,
  '2026-12-03T2200_item_count_indexes': itemCountIndexes,
  '2026-12-03T2201_inspection_page_order': inspectionPageOrder,
  '2026-12-03T2300_item_search_head_index': itemSearchHeadIndex,
  '2026-12-04T0100_item_search_tuning': itemSearchTuning,
  '2026-12-04T0200_ledger_count_index': ledgerCountIndex,
  '2026-12-04T0201_overview_judged_due': overviewJudgedDue,
};

export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
