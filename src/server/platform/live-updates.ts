import { EventEmitter } from 'node:events';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';

/**
 * Pushes "something changed for user X" to the browsers connected to this
 * instance (the notifications stream). On SQLite one process serves
 * everything, so an in-process emitter is enough; on PostgreSQL several
 * instances share the database, so a change made on one reaches the others
 * through LISTEN/NOTIFY.
 */
export interface LiveUpdates {
  /** Tells every instance that these users' notifications changed. Call after the change has committed. */
  publish(userIds: readonly string[]): Promise<void>;
  /** Calls `fn` whenever the user's notifications change; returns the unsubscribe function. */
  subscribe(userId: string, fn: () => void): () => void;
  close(): Promise<void>;
}

/** One process: an emitter. */
export class LocalLiveUpdates implements LiveUpdates {
  protected readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open browser tab.
    this.emitter.setMaxListeners(0);
  }

  async publish(userIds: readonly string[]): Promise<void> {
    for (const id of new Set(userIds)) this.emitter.emit(id);
  }

  subscribe(userId: string, fn: () => void): () => void {
    this.emitter.on(userId, fn);
    return () => this.emitter.off(userId, fn);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL = 'ducha_live';

/**
 * Several instances on one PostgreSQL database: `NOTIFY ducha_live` with the
 * user ids, and one dedicated connection per instance that LISTENs and fans
 * the ids out to the local subscribers. The listening connection is opened on
 * the first subscription (an instance nobody watches holds none) and reopened
 * after a failure.
 */
export class PgLiveUpdates extends LocalLiveUpdates {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    /** The pool NOTIFY is sent through (any connection will do). */
    // biome-ignore lint/suspicious/noExplicitAny: only raw SQL is run on it
    private readonly db: Kysely<any>,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    super();
  }

  /** The instance listens (resolves once LISTEN is in place); `subscribe` calls it. */
  listen(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.connecting ??= this.connect().catch((e) => {
      this.log(`live updates: cannot listen (${(e as Error).message}); retrying`);
      this.connecting = null;
      this.scheduleRetry();
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      for (const id of msg.payload.split(',')) this.emitter.emit(id);
    });
    client.on('error', () => {
      this.client = null;
      this.connecting = null;
      this.scheduleRetry();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.emitter.eventNames().length) void this.listen();
    }, 1000);
    this.retry.unref();
  }

  override async publish(userIds: readonly string[]): Promise<void> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return;
    // A notification's payload is at most 8000 bytes: ids (UUIDs) go in batches.
    for (let i = 0; i < ids.length; i += 100)
      await sql`SELECT pg_notify(${CHANNEL}, ${ids.slice(i, i + 100).join(',')})`.execute(this.db);
  }

  override subscribe(userId: string, fn: () => void): () => void {
    void this.listen();
    return super.subscribe(userId, fn);
  }

  override async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await super.close();
  }
}
