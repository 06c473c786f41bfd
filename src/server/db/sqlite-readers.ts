import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SelectQueryNode,
  type SqliteDatabase,
  SqliteDialect,
  type TransactionSettings,
} from 'kysely';
import { beginStatement } from './sqlite-immediate.js';
import type { SqliteReaderPool } from './sqlite-reader-pool.js';

/**
 * The SQLite dialect with a reader pool (DUCHA_SQLITE_READERS): a SELECT that is
 * not part of a transaction runs on a reader thread, everything else on the main
 * connection as before — writes, and every statement of a transaction, so a
 * transaction reads its own writes. A request that awaited its write sees it on a
 * reader too: the write has committed, and a reader's statement starts from the
 * newest committed snapshot. Transactions begin IMMEDIATE unless read only, as
 * in ImmediateSqliteDialect.
 */
export class ReaderPoolSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;
  readonly #pool: SqliteReaderPool;

  constructor(database: SqliteDatabase, pool: SqliteReaderPool) {
    super({ database });
    this.#database = database;
    this.#pool = pool;
  }

  override createDriver(): Driver {
    return new ReaderPoolSqliteDriver(this.#database, this.#pool);
  }
}

/** One lock for the main connection: a transaction holds it from BEGIN to COMMIT, a lone write for its statement. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();

  async lock(): Promise<() => void> {
    let unlock = () => {};
    const held = new Promise<void>((resolve) => {
      unlock = resolve;
    });
    const before = this.#tail;
    this.#tail = before.then(() => held);
    await before;
    return unlock;
  }
}

class ReaderPoolSqliteDriver implements Driver {
  readonly #db: SqliteDatabase;
  readonly #pool: SqliteReaderPool;
  readonly #mutex = new Mutex();

  constructor(db: SqliteDatabase, pool: SqliteReaderPool) {
    this.#db = db;
    this.#pool = pool;
  }

  async init(): Promise<void> {}

  /** Cheap: the connection takes the main connection's lock only when it writes or begins a transaction. */
  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutingConnection(this.#db, this.#pool, this.#mutex);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await (connection as RoutingConnection).begin(beginStatement(settings));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutingConnection).end('commit');
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutingConnection).end('rollback');
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteName(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoteName(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoteName(name)}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as RoutingConnection).release();
  }

  /** The threads first: the main connection's close checkpoints the WAL, best with no reader left. */
  async destroy(): Promise<void> {
    await this.#pool.close();
    this.#db.close();
  }
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

class RoutingConnection implements DatabaseConnection {
  readonly #db: SqliteDatabase;
  readonly #pool: SqliteReaderPool;
  readonly #mutex: Mutex;
  /** Set from BEGIN to COMMIT/ROLLBACK: every statement then runs on the main connection. */
  #unlock?: () => void;

  constructor(db: SqliteDatabase, pool: SqliteReaderPool, mutex: Mutex) {
    this.#db = db;
    this.#pool = pool;
    this.#mutex = mutex;
  }

  async begin(statement: string): Promise<void> {
    this.#unlock = await this.#mutex.lock();
    try {
      this.#db.prepare(statement).run([]);
    } catch (e) {
      this.release();
      throw e;
    }
  }

  async end(statement: 'commit' | 'rollback'): Promise<void> {
    try {
      this.#db.prepare(statement).run([]);
    } finally {
      this.release();
    }
  }

  release(): void {
    const unlock = this.#unlock;
    this.#unlock = undefined;
    unlock?.();
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#unlock) return runOnMain<R>(this.#db, compiled);
    if (SelectQueryNode.is(compiled.query))
      return { rows: (await this.#pool.all(compiled.sql, compiled.parameters)) as R[] };
    const unlock = await this.#mutex.lock();
    try {
      return runOnMain<R>(this.#db, compiled);
    } finally {
      unlock();
    }
  }

  /**
   * Streams (exports) read row by row from the main connection, holding its lock
   * as Kysely's own SQLite driver does; inside a transaction they read its state.
   */
  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query))
      throw new Error('Sqlite driver only supports streaming of select queries');
    const unlock = this.#unlock ? undefined : await this.#mutex.lock();
    try {
      for (const row of this.#db.prepare(compiled.sql).iterate(compiled.parameters as unknown[]))
        yield { rows: [row as R] };
    } finally {
      unlock?.();
    }
  }
}

/** As Kysely's SqliteConnection: rows for a statement that returns rows, else the change count and row id. */
function runOnMain<R>(db: SqliteDatabase, compiled: CompiledQuery): QueryResult<R> {
  const stmt = db.prepare(compiled.sql);
  const parameters = compiled.parameters as unknown[];
  if (stmt.reader) return { rows: stmt.all(parameters) as R[] };
  const { changes, lastInsertRowid } = stmt.run(parameters);
  return {
    numAffectedRows: changes !== undefined && changes !== null ? BigInt(changes) : undefined,
    insertId: lastInsertRowid !== undefined && lastInsertRowid !== null ? BigInt(lastInsertRowid) : undefined,
    rows: [],
  };
}
