import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The few places where SQLite and PostgreSQL differ live here, keyed on the
 * dialect, so that the rest of the data layer is written once.
 */
export type Dialect = 'sqlite' | 'postgres';

// biome-ignore lint/suspicious/noExplicitAny: migrations and helpers work on any schema
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Column type of an auto-incrementing integer key. */
export function autoIncrementType(dialect: Dialect) {
  return dialect === 'postgres' ? sql`bigserial` : sql`integer`;
}
