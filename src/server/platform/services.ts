import path from 'node:path';
import type { Config } from '../config.js';
import type { DbHandle } from '../db/database.js';
import type { FileStorage } from './file-storage.js';
import { LocalFileStorage } from './file-storage.js';
import type { JobScheduler } from './job-scheduler.js';
import { DbJobScheduler } from './job-scheduler.js';
import { type LiveUpdates, LocalLiveUpdates, PgLiveUpdates } from './live-updates.js';
import type { Mailer } from './mailer.js';
import { LogMailer, SmtpMailer } from './mailer.js';
import { OutboundGuard } from './outbound.js';
import type { WebhookSender } from './webhook.js';
import { HttpWebhookSender } from './webhook.js';

/**
 * What services reach outside the database through. Passed into the app
 * (`AppOptions.services`) and onto each request's context (`ctx.services`),
 * so that tests can give their own where the real one cannot run.
 */
export interface Services {
  files: FileStorage;
  mailer: Mailer;
  webhooks: WebhookSender;
  /** The outbound allowlist (DUCHA_OUTBOUND_ALLOW) that mail and robot destinations are checked against. */
  outbound: OutboundGuard;
  jobs: JobScheduler;
  /** Tells connected browsers that a user's notifications changed (across instances on PostgreSQL). */
  live: LiveUpdates;
}

/** The real services for a configured server: files under DUCHA_DATA_DIR/files, SMTP when configured. */
export function createServices(
  config: Pick<Config, 'dataDir' | 'smtpUrl' | 'mailFrom' | 'outboundAllow'>,
  handle: DbHandle,
  opts: { now?: () => Date; log?: (line: string) => void } = {},
): Services {
  const log = opts.log ?? ((line: string) => console.log(line));
  const outbound = new OutboundGuard(config.outboundAllow);
  return {
    outbound,
    files: new LocalFileStorage(path.join(config.dataDir, 'files')),
    mailer: config.smtpUrl ? new SmtpMailer(config.smtpUrl, config.mailFrom, outbound) : new LogMailer(log),
    webhooks: new HttpWebhookSender({ guard: outbound, now: opts.now }),
    jobs: new DbJobScheduler(handle, {
      now: opts.now,
      onError: (job, err) => log(`job ${job} failed: ${err instanceof Error ? err.stack : String(err)}`),
    }),
    live: liveUpdatesFor(handle, log),
  };
}

/** LISTEN/NOTIFY on PostgreSQL (several instances), an in-process emitter on SQLite (one process). */
export function liveUpdatesFor(handle: DbHandle, log: (line: string) => void = () => undefined): LiveUpdates {
  return handle.dialect === 'postgres' && handle.url
    ? new PgLiveUpdates(handle.url, handle.db, log)
    : new LocalLiveUpdates();
}
