/**
 * The code of one SQLite reader thread, run by `new Worker(code, { eval: true })`.
 * It is a string rather than a file of its own because the server runs both from
 * the TypeScript sources (tests, tsx) and from dist/, and a worker cannot load a
 * .ts file: a string works the same in both. Plain JavaScript that runs as a
 * CommonJS script or as a module alike (dynamic imports only); better-sqlite3 is
 * loaded from the path the parent resolved (workerData).
 *
 * Protocol: the parent posts { id, sql, params }; the thread answers { id, rows }
 * or { id, error: { message, code } } so that the parent can rethrow a SqliteError
 * with the same code (SQLITE_BUSY, SQLITE_ERROR…). { id, checkpoint: true } asks
 * for a PASSIVE checkpoint of the WAL, answered with its one row.
 */
export const READER_WORKER_SOURCE = `
(async () => {
const { parentPort, workerData } = await import('node:worker_threads');
const { createRequire } = await import('node:module');
const Database = createRequire(workerData.betterSqlite3)(workerData.betterSqlite3);

// Read-only: a reader can never change the database, whatever SQL reaches it.
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
// As the main connection: wait for a lock instead of failing at once (a WAL reader
// can meet one during a checkpoint or recovery); a page cache of the size given.
db.pragma('busy_timeout = ' + workerData.busyTimeout);
db.pragma('cache_size = ' + workerData.cacheSize);

// Prepared statements are reused: the same few list and count queries come again and again.
const statements = new Map();
const MAX_STATEMENTS = 200;
function prepare(sql) {
  let stmt = statements.get(sql);
  if (stmt) return stmt;
  stmt = db.prepare(sql);
  if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value);
  statements.set(sql, stmt);
  return stmt;
}

// Structured clone turns a Buffer into a Uint8Array; better-sqlite3 binds only Buffers as blobs.
function param(v) {
  return v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v;
}

// A checkpoint writes the database file, which the read-only connection cannot: it has a
// connection of its own, opened on the first checkpoint, that runs nothing else. FULL sync, as the
// main connection: the copied pages reach the disk before the WAL is reused. It writes no page of
// its own, so it needs no page cache to speak of and never checkpoints on its own.
let checkpointer = null;
function checkpoint() {
  if (!checkpointer) {
    checkpointer = new Database(workerData.file, { fileMustExist: true });
    checkpointer.pragma('busy_timeout = 0');
    checkpointer.pragma('synchronous = FULL');
    checkpointer.pragma('cache_size = 16');
    checkpointer.pragma('wal_autocheckpoint = 0');
  }
  return checkpointer.pragma('wal_checkpoint(PASSIVE)');
}

parentPort.on('message', (m) => {
  if (m.close) {
    if (checkpointer) checkpointer.close();
    db.close();
    parentPort.close();
    return;
  }
  try {
    if (m.checkpoint) {
      parentPort.postMessage({ id: m.id, rows: checkpoint() });
      return;
    }
    const stmt = prepare(m.sql);
    if (!stmt.reader) throw Object.assign(new Error('a reader thread runs queries that return rows only'), { code: 'SQLITE_READONLY' });
    parentPort.postMessage({ id: m.id, rows: stmt.all(m.params.map(param)) });
  } catch (e) {
    parentPort.postMessage({ id: m.id, error: { message: String(e && e.message), code: e && e.code, name: e && e.name } });
  }
});
})();
`;
