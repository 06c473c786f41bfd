import { sql } from 'kysely';
import type { DbHandle } from '../db/database.js';

/** A piece of periodic work (reminders, overdue marking, bulletin drafts). */
export interface Job {
  /** Unique among the jobs; the key under which its runs are recorded. */
  name: string;
  /** The interval; the job runs once in each `floor(time / everyMs)` slot. */
  everyMs: number;
  /** Gets the time it runs for. Should be idempotent: a slot is claimed before the run, a crash skips it. */
  run(at: Date): Promise<void>;
}

export interface JobScheduler {
  register(job: Job): void;
  /** Starts the timers; jobs registered later start with their registration. */
  start(): void;
  /** Stops the timers and waits for running jobs to finish. */
  stop(): Promise<void>;
}

/**
 * Runs jobs on timers inside this process. Each interval is claimed in the
 * `job_runs` table before it runs, so when several instances share a
 * database only the one that moves the slot forward runs the job. On
 * PostgreSQL the claim also takes `pg_try_advisory_xact_lock`: an instance
 * that finds another one claiming skips instead of waiting on the row.
 */
export class DbJobScheduler implements JobScheduler {
  private readonly jobs = new Map<string, Job>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private started = false;

  constructor(
    private readonly handle: DbHandle,
    private readonly opts: { now?: () => Date; onError?: (job: string, err: unknown) => void } = {},
  ) {}

  private now(): Date {
    return (this.opts.now ?? (() => new Date()))();
  }

  register(job: Job): void {
    if (this.jobs.has(job.name)) throw new Error(`a job named ${job.name} is already registered`);
    if (!Number.isInteger(job.everyMs) || job.everyMs < 1)
      throw new Error(`job ${job.name}: everyMs must be a positive integer`);
    this.jobs.set(job.name, job);
    if (this.started) this.schedule(job);
  }

  /** The registered jobs, by name (`ducha jobs`). */
  list(): { name: string; everyMs: number }[] {
    return [...this.jobs.values()]
      .map((j) => ({ name: j.name, everyMs: j.everyMs }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    for (const job of this.jobs.values()) this.schedule(job);
  }

  async stop(): Promise<void> {
    this.started = false;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.running]);
  }

  /**
   * Runs every job whose current slot no instance has run yet, as of `at`;
   * returns the names it ran. The timers call this per job; tests call it directly.
   */
  async tick(at: Date = this.now()): Promise<string[]> {
    const ran: string[] = [];
    await Promise.all(
      [...this.jobs.values()].map(async (job) => {
        if (await this.runIfClaimed(job, at)) ran.push(job.name);
      }),
    );
    return ran.sort();
  }

  /** Wakes at the start of the job's next slot (timers drift; aligning to slot boundaries keeps runs evenly spaced). */
  private schedule(job: Job): void {
    const wait = job.everyMs - (this.now().getTime() % job.everyMs);
    const timer = setTimeout(() => {
      if (!this.started) return;
      const run = this.runIfClaimed(job, this.now()).then(
        () => undefined,
        () => undefined,
      );
      this.running.add(run);
      void run.finally(() => {
        this.running.delete(run);
        if (this.started && this.jobs.get(job.name) === job) this.schedule(job);
      });
    }, wait);
    timer.unref();
    this.timers.set(job.name, timer);
  }

  private async runIfClaimed(job: Job, at: Date): Promise<boolean> {
    const slot = Math.floor(at.getTime() / job.everyMs);
    let claimed: boolean;
    try {
      claimed = await this.claim(job.name, slot, at);
    } catch (e) {
      this.report(job.name, e);
      return false;
    }
    if (!claimed) return false;
    try {
      await job.run(at);
    } catch (e) {
      this.report(job.name, e);
    }
    return true;
  }

  private claim(name: string, slot: number, at: Date): Promise<boolean> {
    return this.handle.db.transaction().execute(async (trx) => {
      if (this.handle.dialect === 'postgres') {
        const lock = await sql<{ got: boolean }>`
          SELECT pg_try_advisory_xact_lock(hashtextextended(${`ducha.job:${name}`}, 0)) AS got`.execute(trx);
        if (!lock.rows[0]?.got) return false;
      }
      await trx
        .insertInto('job_runs')
        .values({ name, slot: -1, ran_at: null })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const moved = await trx
        .updateTable('job_runs')
        .set({ slot, ran_at: at.toISOString() })
        .where('name', '=', name)
        .where('slot', '<', slot)
        .executeTakeFirst();
      return Number(moved.numUpdatedRows) === 1;
    });
  }

  private report(job: string, err: unknown): void {
    if (this.opts.onError) this.opts.onError(job, err);
    else console.error(`job ${job} failed:`, err);
  }
}
