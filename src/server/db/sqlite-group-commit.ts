/**
 * Group commit for the SQLite main connection. With `synchronous=FULL` every
 * COMMIT writes each page the transaction dirtied to the WAL and waits for the
 * disk: about 65 pages and 1–2 ms for an item's creation, most of a command's
 * time. When commands queue for the connection, each runs as a savepoint of
 * one open transaction and the last of them commits for all: the hot pages
 * (index leaves, the audit chain's tail) are written once per group, and the
 * disk is waited for once.
 *
 * Nothing a caller sees changes: a command's commit resolves only after the
 * group's COMMIT has reached the disk (no lost data); a command that fails is
 * rolled back to its savepoint, and the others keep their changes; if the
 * group's COMMIT fails, or SQLite rolls the whole transaction back (a full
 * disk, an I/O error), every command in it fails. A read-only transaction, a
 * lone statement or a stream first commits the open group, so it never sees
 * changes that are not yet committed.
 */

/** At most this many commands share a COMMIT, so that the first of them does not wait long. */
const MAX_MEMBERS = 16;
/** Nor longer than this (ms) after the group began. */
const MAX_AGE_MS = 50;

const SAVEPOINT = 'ducha_command';

interface Pending {
  resolve(): void;
  reject(e: unknown): void;
}

/** The part of a better-sqlite3 connection the group needs. */
export interface GroupConnection {
  run(statement: string): void;
  readonly inTransaction: boolean;
}

export class GroupCommit {
  readonly #db: GroupConnection;
  #open = false;
  #openedAt = 0;
  #pending: Pending[] = [];
  /** Whether the command now running is a savepoint (not the group's first). */
  #inSavepoint = false;

  constructor(db: GroupConnection) {
    this.#db = db;
  }

  /**
   * A write transaction's BEGIN. The first command of a group opens it and
   * needs no savepoint: if it fails, nothing else is in the transaction to keep.
   * Each later one is a savepoint, so that it can fail alone.
   */
  join(): void {
    if (this.#open && !this.#db.inTransaction) this.#lost(new Error('the open transaction was rolled back'));
    if (this.#open) {
      this.#db.run(`savepoint ${SAVEPOINT}`);
      this.#inSavepoint = true;
    } else {
      this.#db.run('begin immediate');
      this.#open = true;
      this.#openedAt = performance.now();
      this.#inSavepoint = false;
    }
  }

  /**
   * A command's COMMIT: its changes join the group. The promise resolves once
   * the group has committed, which whoever releases the connection decides
   * (`commit`, when no other command waits or the group is `full`).
   */
  keep(): Promise<void> {
    if (this.#inSavepoint) {
      try {
        this.#db.run(`release ${SAVEPOINT}`);
      } catch (e) {
        if (this.#open && !this.#db.inTransaction) this.#lost(e);
        throw e;
      }
      this.#inSavepoint = false;
    }
    return new Promise<void>((resolve, reject) => this.#pending.push({ resolve, reject }));
  }

  /** A command's ROLLBACK: its changes go, the group's stay. */
  drop(): void {
    if (!this.#open) return;
    if (!this.#db.inTransaction) this.#lost(new Error('the open transaction was rolled back'));
    else if (this.#inSavepoint) {
      this.#db.run(`rollback to ${SAVEPOINT}`);
      this.#db.run(`release ${SAVEPOINT}`);
    } else {
      // The group's first command: the transaction holds nothing else.
      this.#db.run('rollback');
      this.#open = false;
    }
    this.#inSavepoint = false;
  }

  /** Whether the group should commit now even though another command waits: the first has waited long enough. */
  get full(): boolean {
    return this.#pending.length >= MAX_MEMBERS || performance.now() - this.#openedAt >= MAX_AGE_MS;
  }

  /** Commits the open group, if any (never throws: a failure fails the group's commands). */
  commit(): void {
    if (!this.#open) return;
    const pending = this.#pending.splice(0);
    this.#open = false;
    if (!this.#db.inTransaction) {
      const lost = new Error('the open transaction was rolled back');
      for (const p of pending) p.reject(lost);
      return;
    }
    try {
      this.#db.run(pending.length ? 'commit' : 'rollback');
    } catch (e) {
      // Not committed: undo what is left, and every command of the group fails.
      try {
        if (this.#db.inTransaction) this.#db.run('rollback');
      } catch {
        // The connection refuses even that: the next BEGIN will say so.
      }
      for (const p of pending) p.reject(e);
      return;
    }
    for (const p of pending) p.resolve();
  }

  #lost(cause: unknown): void {
    this.#open = false;
    for (const p of this.#pending.splice(0)) p.reject(cause);
  }
}
