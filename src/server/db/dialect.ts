import { type Compilable, type Kysely, type OperationNodeSource, PostgresAdapter, sql } from 'kysely';

/**
 * The few places where SQLite and PostgreSQL differ live here, keyed on the
 * dialect, so that the rest of the data layer is written once.
 */
export type Dialect = 'sqlite' | 'postgres';

// biome-ignore lint/suspicious/noExplicitAny: migrations and helpers work on any schema
type AnyDb = Kysely<any>;

export function dialectOf(db: AnyDb): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** A statement that can run alone or be folded into one with others. */
export type FoldableWrite = Compilable & OperationNodeSource & { execute(): Promise<unknown> };

/**
 * Runs independent writes (inserts that need nothing from one another) as one
 * statement on PostgreSQL — each a data-modifying WITH part — since each
 * statement there costs a network round trip; SQLite runs them one by one,
 * in process. Foreign keys are checked at the end of the statement, so a part
 * may insert rows that point at a row another part inserts.
 */
export async function executeTogether(db: AnyDb, dialect: Dialect, writes: FoldableWrite[]): Promise<void> {
  if (dialect === 'postgres' && writes.length > 1) {
    const parts = writes.map((w, i) => sql`${sql.raw(`w${i}`)} AS (${w})`);
    await sql`WITH ${sql.join(parts)} SELECT 1`.execute(db);
    return;
  }
  for (const w of writes) await w.execute();
}

/** Column type of an auto-incrementing integer key. */
export function autoIncrementType(dialect: Dialect) {
  return dialect === 'postgres' ? sql`bigserial` : sql`integer`;
}

/**
 * Serialises the writers of a hash chain until the transaction ends. SQLite
 * has one writer at a time already; PostgreSQL runs writers side by side, so
 * they queue on a transaction-scoped advisory lock.
 */
export async function lockForTransaction(db: AnyDb, dialect: Dialect, key: number): Promise<void> {
  if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(${sql.lit(key)})`.execute(db);
}

/**
 * Whether the planner weighs a broad filter against walking the sort index by
 * itself. PostgreSQL does; SQLite takes any usable index, so broad filters are
 * hidden from it for paged lists (see item.repo `lightIs`).
 */
export function plannerWeighsBroadFilters(dialect: Dialect): boolean {
  return dialect === 'postgres';
}

/**
 * Fresh planner statistics after a bulk load. On PostgreSQL also VACUUM: it
 * sets the visibility map that index-only scans need, which autovacuum would
 * otherwise do at some random moment later. On SQLite the load's WAL (96 MB
 * after the bench's 100,000 items) is copied into the database now, not by the
 * automatic checkpoint of the first write after it (a bench's first item
 * creation took 790 ms).
 */
export async function refreshStatistics(db: AnyDb, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(db);
  else {
    await sql`ANALYZE`.execute(db);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  }
}

/** A foreign key: `table.column` points at `references`. */
export interface ForeignKeyEdge {
  table: string;
  column: string;
  references: string;
}

/** The foreign keys of the schema's tables, for ordering a restore (parents before children). */
export async function foreignKeyEdges(db: AnyDb, dialect: Dialect): Promise<ForeignKeyEdge[]> {
  if (dialect === 'postgres') {
    const { rows } = await sql<ForeignKeyEdge>`
      SELECT src.relname AS "table", att.attname AS "column", dst.relname AS "references"
      FROM pg_constraint con
      JOIN pg_class src ON src.oid = con.conrelid
      JOIN pg_class dst ON dst.oid = con.confrelid
      JOIN pg_namespace ns ON ns.oid = src.relnamespace AND ns.nspname = current_schema()
      JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
      WHERE con.contype = 'f'`.execute(db);
    return rows;
  }
  const { rows } = await sql<ForeignKeyEdge>`
    SELECT m.name AS "table", f."from" AS "column", f."table" AS "references"
    FROM sqlite_master m, pragma_foreign_key_list(m.name) f
    WHERE m.type = 'table'`.execute(db);
  return rows;
}

/**
 * Every row of a table, a page at a time, inside the caller's transaction (so
 * all pages come from one snapshot). PostgreSQL walks a server-side cursor;
 * SQLite walks the rowid, which every ordinary table has.
 */
export async function* readTableInPages(
  trx: AnyDb,
  dialect: Dialect,
  table: string,
  pageSize: number,
): AsyncGenerator<Record<string, unknown>[]> {
  if (dialect === 'postgres') {
    const cursor = sql.id(`backup_${table}`);
    await sql`DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT * FROM ${sql.table(table)}`.execute(trx);
    for (;;) {
      const { rows } = await sql<Record<string, unknown>>`FETCH ${sql.lit(pageSize)} FROM ${cursor}`.execute(
        trx,
      );
      if (rows.length === 0) break;
      yield rows;
    }
    await sql`CLOSE ${cursor}`.execute(trx);
    return;
  }
  let after = 0;
  for (;;) {
    const { rows } = await sql<Record<string, unknown> & { __rowid: number }>`
      SELECT rowid AS __rowid, * FROM ${sql.table(table)} WHERE rowid > ${after} ORDER BY rowid LIMIT ${pageSize}`.execute(
      trx,
    );
    if (rows.length === 0) break;
    after = rows[rows.length - 1].__rowid;
    yield rows.map(({ __rowid, ...row }) => row);
  }
}

/**
 * After rows were inserted with their own ids, moves each PostgreSQL sequence
 * past the highest id so the next insert does not collide. SQLite's integer
 * keys continue from the highest row by themselves.
 */
export async function resetSequences(
  db: AnyDb,
  dialect: Dialect,
  columns: { table: string; column: string }[],
) {
  if (dialect !== 'postgres') return;
  for (const { table, column } of columns) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), GREATEST(1, (SELECT COALESCE(max(${sql.ref(column)}), 0) FROM ${sql.table(table)})), (SELECT count(*) > 0 FROM ${sql.table(table)}))`.execute(
      db,
    );
  }
}
