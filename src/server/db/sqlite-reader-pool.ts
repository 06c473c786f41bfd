import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { READER_WORKER_SOURCE } from './sqlite-reader.worker-source.js';

export interface ReaderPoolOptions {
  file: string;
  size: number;
  busyTimeout: number;
  cacheSize: number;
}

interface Job {
  id: number;
  /** A query, or null for a checkpoint of the WAL (`checkpoint`). */
  sql: string | null;
  params: readonly unknown[];
  resolve(rows: unknown[]): void;
  reject(e: Error): void;
}

/** What `PRAGMA wal_checkpoint` answers: whether it was kept from finishing, the WAL's frames and those copied. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

interface Reader {
  worker: Worker;
  job?: Job;
}

const READER_YOUNG_GENERATION_MB = 4;

const betterSqlite3Path = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Threads with read-only connections to one SQLite file. better-sqlite3 is
 * synchronous: a long read on the main connection stops every other request
 * until it is done. Here the read runs on a thread of its own while the event
 * loop goes on; each thread runs one query at a time and the others queue.
 * In WAL mode each reader sees the latest committed snapshot.
 *
 * Threads start on the first read (a CLI command that reads nothing starts
 * none) and hold the process open only while they have work.
 */
export class SqliteReaderPool {
  readonly #options: ReaderPoolOptions;
  readonly #readers: Reader[] = [];
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;

  constructor(options: ReaderPoolOptions) {
    this.#options = options;
  }

  get size(): number {
    return this.#options.size;
  }

  /** The rows of a query that returns rows (a SELECT); a SqliteError with its code when it fails. */
  all(sql: string, params: readonly unknown[]): Promise<unknown[]> {
    if (this.#closed) return Promise.reject(new Error('SQLite reader pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, sql, params, resolve, reject });
      this.#dispatch();
    });
  }

  /**
   * Copies the committed WAL frames into the database file on a thread, so
   * that the main connection's commits never do it (sqlite-checkpoint.ts). A
   * PASSIVE checkpoint: it waits for no reader or writer and copies what it may.
   */
  async checkpoint(): Promise<CheckpointResult> {
    if (this.#closed) throw new Error('SQLite reader pool is closed');
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, sql: null, params: [], resolve, reject });
      this.#dispatch();
    });
    return rows[0] as CheckpointResult;
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let reader = this.#readers.find((r) => !r.job);
      if (!reader && this.#readers.length < this.#options.size) reader = this.#start();
      if (!reader) return;
      const job = this.#queue.shift() as Job;
      reader.job = job;
      // Referenced while it works, so that a process awaiting a read does not exit under it.
      reader.worker.ref();
      try {
        reader.worker.postMessage(
          job.sql === null
            ? { id: job.id, checkpoint: true }
            : { id: job.id, sql: job.sql, params: job.params },
        );
      } catch (e) {
        // A parameter that cannot be copied to a thread (no SQLite value is such): this query fails, not the pool.
        reader.job = undefined;
        reader.worker.unref();
        job.reject(e as Error);
      }
    }
  }

  #start(): Reader {
    const { file, busyTimeout, cacheSize } = this.#options;
    const worker = new Worker(READER_WORKER_SOURCE, {
      eval: true,
      // No inherited flags: a loader such as tsx (tests, the sources) would only slow the start of plain JavaScript.
      execArgv: [],
      workerData: { file, busyTimeout, cacheSize, betterSqlite3: betterSqlite3Path },
      // A reader's objects live for one query: a young generation of 4 MB (V8 gives a thread up to
      // 32) holds them all the same, and two busy threads then added 41 MB to the process, not 64.
      resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB },
    });
    const reader: Reader = { worker };
    worker.unref();
    worker.on('message', (m: { id: number; rows?: unknown[]; error?: ReaderError }) => {
      const job = reader.job;
      if (!job || job.id !== m.id) return;
      reader.job = undefined;
      worker.unref();
      if (m.error) job.reject(rebuild(m.error));
      else job.resolve(restoreBuffers(m.rows ?? []));
      this.#dispatch();
    });
    // A thread that dies (out of memory, a native fault) fails its query and is replaced on the next read.
    const lost = (e: Error) => {
      const i = this.#readers.indexOf(reader);
      if (i < 0) return;
      this.#readers.splice(i, 1);
      reader.job?.reject(e);
      reader.job = undefined;
      if (!this.#closed) this.#dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`SQLite reader thread ended (exit code ${code})`)));
    this.#readers.push(reader);
    return reader;
  }

  /** Ends every thread (their connections close first); queued reads fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('SQLite reader pool is closed'));
    const readers = this.#readers.splice(0);
    await Promise.all(
      readers.map(async (r) => {
        r.job?.reject(new Error('SQLite reader pool is closed'));
        r.job = undefined;
        const exited = new Promise((resolve) => r.worker.once('exit', resolve));
        // An idle thread is unreferenced: without this the process could end before the close
        // completes, and whatever its caller does after `await close()` would never run.
        r.worker.ref();
        r.worker.postMessage({ close: true });
        await exited;
      }),
    );
  }
}

interface ReaderError {
  message: string;
  code?: string;
  name?: string;
}

/**
 * The error as the main connection would have thrown it: a SqliteError with its code
 * (SQLITE_BUSY…), or better-sqlite3's own TypeError/RangeError (a parameter it cannot bind).
 */
function rebuild(e: ReaderError): Error {
  if (e.code) return new SQLite.SqliteError(e.message, e.code);
  if (e.name === 'TypeError') return new TypeError(e.message);
  if (e.name === 'RangeError') return new RangeError(e.message);
  return new Error(e.message);
}

/** Structured clone turns Buffers (blob columns) into Uint8Arrays; the main connection returns Buffers. */
function restoreBuffers(rows: unknown[]): unknown[] {
  for (const row of rows as Record<string, unknown>[]) {
    for (const key in row) {
      const v = row[key];
      if (v instanceof Uint8Array && !Buffer.isBuffer(v))
        row[key] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    }
  }
  return rows;
}
