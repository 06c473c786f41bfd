import type { CheckpointResult } from './sqlite-reader-pool.js';

/**
 * Checkpoints of the WAL off the request path. Left to itself, the connection
 * whose COMMIT takes the WAL past `wal_autocheckpoint` copies every page into
 * the database file and waits for the disk before it returns: on the main
 * connection that stopped the event loop for 20–35 ms every few dozen item
 * creations (a third of their commit time, on 20,000 items). Here a reader
 * thread copies them (`SqliteReaderPool.checkpoint`) a short while after a
 * commit, as one more job beside its queries, while the main connection goes on
 * writing.
 *
 * The WAL starts over from its beginning only when a write transaction begins
 * with every frame copied. Under a steady stream of commands the thread never
 * gets there: commits land while it copies. So when it ends short, the main
 * connection copies the frames committed meanwhile after its next commit
 * (`takeCatchUp`), a few hundred where the thread copied thousands, and the
 * WAL starts over. Its `wal_autocheckpoint` stays as a backstop should the
 * thread fall behind.
 */

/**
 * Milliseconds between a commit and the checkpoint it asks for. A checkpoint copies each page once
 * however many versions the WAL holds, so one every few hundred ms copies the hot pages (index
 * ends, the audit tail) once for many commits; at ~300 item creations a second the WAL holds
 * about 4,000 frames by then, which keeps its index within one hash block.
 */
const CHECKPOINT_DELAY_MS = 200;

export class WalCheckpointer {
  readonly #run: () => Promise<CheckpointResult>;
  readonly #delayMs: number;
  #timer?: NodeJS.Timeout;
  #running?: Promise<void>;
  /** A commit arrived while a checkpoint ran: its frames may not be in that checkpoint. */
  #again = false;
  #closed = false;
  /** The thread's last checkpoint ended short of the WAL's end, and the main connection has not caught up. */
  #behind = false;
  /** The last checkpoint's answer, for tests and diagnostics. */
  last?: CheckpointResult;

  constructor(run: () => Promise<CheckpointResult>, delayMs = CHECKPOINT_DELAY_MS) {
    this.#run = run;
    this.#delayMs = delayMs;
  }

  /** A transaction committed on the main connection: a checkpoint follows within the delay. */
  committed(): void {
    if (this.#closed) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (this.#timer) return;
    this.#timer = setTimeout(() => this.#start(), this.#delayMs);
    // A pending checkpoint does not keep a CLI command alive: the connection's close checkpoints.
    this.#timer.unref();
  }

  #start(): void {
    this.#timer = undefined;
    this.#again = false;
    this.#running = this.#run()
      .then((r) => {
        this.last = r;
        // Short of the end: commits landed while it copied (it copies up to the frame it started
        // from), or a reader's snapshot kept it from the last frames. Busy: another connection was
        // checkpointing, which leaves nothing for a catch-up to do.
        this.#behind = r.busy === 0 && (this.#again || r.checkpointed < r.log);
      })
      // A failed checkpoint loses nothing: the frames stay in the WAL for the next one, or for the
      // main connection's own backstop checkpoint.
      .catch(() => {})
      .finally(() => {
        this.#running = undefined;
        if (this.#again) this.committed();
      });
  }

  /**
   * Whether the main connection should checkpoint now, after a commit: the thread's last checkpoint
   * ended short, and none is running (two would only wait on each other's lock). Asked once, answered
   * true once.
   */
  takeCatchUp(): boolean {
    if (!this.#behind || this.#running) return false;
    this.#behind = false;
    return true;
  }

  /** No more checkpoints; waits for one that is running. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }
}
