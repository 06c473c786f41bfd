import { type Kysely, PostgresAdapter, sql } from 'kysely';

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
 * otherwise do at some random moment later.
 */
export async function refreshStatistics(db: AnyDb, dialect: Dialect): Promise<void> {
  await (dialect === 'postgres' ? sql`VACUUM ANALYZE` : sql`ANALYZE`).execute(db);
}
