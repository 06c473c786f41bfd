import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  type TransactionSettings,
} from 'kysely';

/**
 * SQLite transactions that will write begin IMMEDIATE. Kysely begins them
 * DEFERRED: a transaction that has read and then writes, while a second
 * process on the same file has committed since, fails at once with
 * SQLITE_BUSY (its snapshot is stale) and busy_timeout cannot help. The
 * writers drill (`ducha bench --writers 6 --servers 2`) answered 17 of 106
 * edits with 500 that way. Taking the write lock at BEGIN makes the second
 * writer wait its turn instead. Transactions marked read only
 * (`.setAccessMode('read only')`, e.g. the backup's snapshot) stay deferred,
 * so they never hold writers up.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(
    connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(beginStatement(settings)));
  }
}

/** BEGIN IMMEDIATE, or a deferred BEGIN for a transaction marked read only (see above). */
export function beginStatement(settings?: TransactionSettings): string {
  return settings?.accessMode === 'read only' ? 'begin' : 'begin immediate';
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
