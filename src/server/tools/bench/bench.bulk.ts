import { pipeline } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DatabaseConfig } from '../../config.js';
import type { Database } from '../../db/schema.js';

/**
 * Bulk loading for the bench's scale sets, on a connection of its own: on
 * SQLite prepared statements run row by row inside one transaction per chunk
 * (better-sqlite3 binds in C; no SQL text is built per row), on PostgreSQL
 * `COPY … FROM STDIN` (text format), one transaction per chunk. Going through
 * Kysely would compile a 30,000-parameter statement per thousand rows, which
 * dominates at ten million reports. Rows are plain objects keyed by column.
 */
export type BulkRow = Record<string, string | number | null>;

export interface BulkWriter {
  /** Writes the tables in the given order (parents first), all in one transaction. */
  write(tables: [table: string, rows: BulkRow[]][]): Promise<void>;
  /** Seconds spent writing each table, and its rows, for the rates printout. */
  readonly spent: Map<string, { rows: number; seconds: number }>;
  close(): Promise<void>;
}

/** Table and column names come from the generator's own rows, never from input: still, only plain names. */
function name(s: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(s)) throw new Error(`not a plain SQL name: ${s}`);
  return s;
}

function tally(spent: BulkWriter['spent'], table: string, rows: number, started: number): void {
  const t = spent.get(table) ?? { rows: 0, seconds: 0 };
  t.rows += rows;
  t.seconds += (performance.now() - started) / 1000;
  spent.set(table, t);
}

export function openBulkWriter(config: DatabaseConfig): Promise<BulkWriter> {
  return config.dialect === 'sqlite' ? Promise.resolve(sqliteWriter(config.file)) : pgWriter(config.url);
}

function sqliteWriter(file: string): BulkWriter {
  const db = new SQLite(file);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A bigger page cache while loading: the indexes of a million reports do not fit the default 2 MB.
  db.pragma('cache_size = -200000');
  const statements = new Map<string, SQLite.Statement>();
  const statement = (table: string, columns: string[]) => {
    const key = `${table}(${columns.join(',')})`;
    let s = statements.get(key);
    if (!s) {
      s = db.prepare(
        `INSERT INTO ${name(table)} (${columns.map(name).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      statements.set(key, s);
    }
    return s;
  };
  const spent: BulkWriter['spent'] = new Map();
  const run = db.transaction((tables: [string, BulkRow[]][]) => {
    for (const [table, rows] of tables) {
      if (rows.length === 0) continue;
      const started = performance.now();
      const columns = Object.keys(rows[0]);
      const s = statement(table, columns);
      for (const row of rows) s.run(columns.map((c) => row[c]));
      tally(spent, table, rows.length, started);
    }
  });
  return {
    spent,
    write: async (tables) => run(tables),
    close: async () => {
      db.close();
    },
  };
}

/** COPY text format: backslash, tab, newline and carriage return escaped; NULL as \N. */
function copyField(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : v;
}

async function pgWriter(url: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const spent: BulkWriter['spent'] = new Map();
  const copy = async (table: string, rows: BulkRow[]) => {
    const columns = Object.keys(rows[0]);
    const lines: string[] = rows.map((r) => `${columns.map((c) => copyField(r[c])).join('\t')}\n`);
    const stream = client.query(copyFrom(`COPY ${name(table)} (${columns.map(name).join(', ')}) FROM STDIN`));
    // One write per ~1 MB keeps the socket busy without building one huge string.
    async function* chunks() {
      let buf = '';
      for (const line of lines) {
        buf += line;
        if (buf.length > 1 << 20) {
          yield buf;
          buf = '';
        }
      }
      if (buf) yield buf;
    }
    await pipeline(chunks, stream);
  };
  return {
    spent,
    async write(tables) {
      await client.query('BEGIN');
      try {
        for (const [table, rows] of tables) {
          if (rows.length === 0) continue;
          const started = performance.now();
          await copy(table, rows);
          tally(spent, table, rows.length, started);
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    },
    close: () => client.end(),
  };
}

/** Both dialects cap bound parameters (SQLite 32,766, PostgreSQL 65,535): stay well under. */
const MAX_PARAMS = 30_000;

/**
 * The same interface through Kysely's multi-row inserts, on the handle's own
 * connection: for callers that have a handle but no way to open a second
 * connection (the drills' small data sets), where speed does not matter.
 */
export function kyselyWriter(db: Kysely<Database>): BulkWriter {
  const spent: BulkWriter['spent'] = new Map();
  return {
    spent,
    write: (tables) =>
      db.transaction().execute(async (trx) => {
        for (const [table, rows] of tables) {
          if (rows.length === 0) continue;
          const started = performance.now();
          const perStatement = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0]).length));
          for (let i = 0; i < rows.length; i += perStatement)
            // Kysely cannot relate a table name known at run time to its row type; the rows are the generator's own.
            await trx
              .insertInto(table as keyof Database & string)
              .values(rows.slice(i, i + perStatement) as never)
              .execute();
          tally(spent, table, rows.length, started);
        }
      }),
    close: async () => undefined,
  };
}
