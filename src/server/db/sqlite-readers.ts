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
import { WalCheckpointer } from './sqlite-checkpoint.js';
import { GroupCommit } from './sqlite-group-commit.js';
import { beginStatement } from './sqlite-immediate.js';
import type { SqliteReaderPool } from './sqlite-reader-pool.js';
import type { CachedSqliteDatabase } from './sqlite-statements.js';

/**
 * The SQLite dialect with a reader pool (DUCHA_SQLITE_READERS): a SELECT that is
 * not part of a transaction runs on a reader thread, everything else on the main
 * connection as before — writes, and every statement of a transaction, so a
 * transaction reads its own writes. A request that awaited its write sees it on a
 * reader too: the write has committed, and a reader's statement starts from the
 * newest committed snapshot. Transactions begin IMMEDIATE unless read only, as
 * in ImmediateSqliteDialect, and write transactions that queue for the main
 * connection commit together (sqlite-group-commit.ts).
 */
export class ReaderPoolSqliteDialect extends SqliteDialect {
  readonly #database: CachedSqliteDatabase;
  readonly #pool: SqliteReaderPool;

  constructor(database: CachedSqliteDatabase, pool: SqliteReaderPool) {
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
  #waiting = 0;

  /** Whether anyone waits for the lock (the group commit waits for them). */
  get contended(): boolean {
    return this.#waiting > 0;
  }

  async lock(): Promise<() => void> {
    let unlock = () => {};
    const held = new Promise<void>((resolve) => {
      unlock = resolve;
    });
    const before = this.#tail;
    this.#tail = before.then(() => held);
    this.#waiting++;
    try {
      await before;
    } finally {
      this.#waiting--;
    }
    return unlock;
  }
}

/** The main connection, its lock, its open group of commands and the checkpoints its commits ask for. */
interface Main {
  db: CachedSqliteDatabase;
  mutex: Mutex;
  group: GroupCommit;
  checkpointer: WalCheckpointer;
}

class ReaderPoolSqliteDriver implements Driver {
  readonly #main: Main;
  readonly #pool: SqliteReaderPool;

  constructor(db: CachedSqliteDatabase, pool: SqliteReaderPool) {
    const checkpointer = new WalCheckpointer(() => pool.checkpoint());
    const group = new GroupCommit({
      run: (statement) => {
        db.prepare(statement).run([]);
        if (statement === 'commit') afterCommit(db, checkpointer);
      },
      get inTransaction() {
        return db.inTransaction;
      },
    });
    this.#main = { db, mutex: new Mutex(), group, checkpointer };
    this.#pool = pool;
  }

  async init(): Promise<void> {}

  /** Cheap: the connection takes the main connection's lock only when it writes or begins a transaction. */
  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutingConnection(this.#main, this.#pool);
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
    await this.#main.checkpointer.close();
    await this.#pool.close();
    this.#main.group.commit();
    this.#main.db.close();
  }
}

/**
 * After a write committed on the main connection: it copies what the checkpoint thread's last run
 * left, if it should, and asks for the next run (sqlite-checkpoint.ts). It must not throw: the
 * writes have committed, and a failed copy loses nothing (the frames stay in the WAL for the next).
 */
function afterCommit(db: CachedSqliteDatabase, checkpointer: WalCheckpointer): void {
  if (checkpointer.takeCatchUp()) {
    try {
      db.prepare('pragma wal_checkpoint(PASSIVE)').all([]);
    } catch {
      // See above.
    }
  }
  checkpointer.committed();
}

function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

class RoutingConnection implements DatabaseConnection {
  readonly #main: Main;
  readonly #pool: SqliteReaderPool;
  /** Set from BEGIN to COMMIT/ROLLBACK: every statement then runs on the main connection. */
  #unlock?: () => void;
  /** A write transaction is a command of the open group; a read-only one has a BEGIN of its own. */
  #kind?: 'command' | 'own';

  constructor(main: Main, pool: SqliteReaderPool) {
    this.#main = main;
    this.#pool = pool;
  }

  async begin(statement: string): Promise<void> {
    this.#unlock = await this.#main.mutex.lock();
    try {
      if (statement === 'begin immediate') {
        this.#main.group.join();
        this.#kind = 'command';
      } else {
        this.#main.group.commit();
        this.#main.db.prepare(statement).run([]);
        this.#kind = 'own';
      }
    } catch (e) {
      this.release();
      throw e;
    }
  }

  async end(statement: 'commit' | 'rollback'): Promise<void> {
    const kind = this.#kind;
    this.#kind = undefined;
    try {
      if (kind === 'own') this.#main.db.prepare(statement).run([]);
      else if (kind === 'command') {
        if (statement === 'rollback') this.#main.group.drop();
        else {
          let committed: Promise<void>;
          try {
            committed = this.#main.group.keep();
          } catch (e) {
            this.#main.group.drop();
            throw e;
          }
          // The next command runs while this one waits for the group's COMMIT.
          this.release();
          await committed;
        }
      }
    } finally {
      this.release();
    }
  }

  /**
   * Passes the main connection on. A command waiting for it carries the open
   * group on; with none waiting, or a full group, the group commits first.
   */
  release(): void {
    const unlock = this.#unlock;
    this.#unlock = undefined;
    if (!unlock) return;
    const { mutex, group } = this.#main;
    if (!mutex.contended || group.full) group.commit();
    unlock();
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { db, mutex, group } = this.#main;
    if (this.#unlock) return runOnMain<R>(db, compiled);
    if (SelectQueryNode.is(compiled.query))
      return { rows: (await this.#pool.all(compiled.sql, compiled.parameters)) as R[] };
    const unlock = await mutex.lock();
    try {
      // A lone write is no command of the group: what the group holds is committed first.
      group.commit();
      const result = runOnMain<R>(db, compiled);
      if (!db.inTransaction) afterCommit(db, this.#main.checkpointer);
      return result;
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
    const unlock = this.#unlock ? undefined : await this.#main.mutex.lock();
    try {
      if (unlock) this.#main.group.commit();
      for (const row of this.#main.db.prepare(compiled.sql).iterate(compiled.parameters as unknown[]))
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
