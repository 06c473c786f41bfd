import { dateInChina } from '../../../core/dates.js';
import type { DbHandle } from '../../db/database.js';
import type { Job } from '../../platform/job-scheduler.js';
import type { Services } from '../../platform/services.js';
import { systemCtx } from '../../system.js';
import type { Deliverer } from '../notification/delivery.service.js';
import { chinaHour, readLadder, runLadderDay } from './ladder.service.js';
import type { NoticeIssuer } from './notice-issuer.js';

/**
 * The daily ladder as a job of the DbJobScheduler. It wakes every ten minutes
 * (a slot claimed in `job_runs`, so one instance per slot) and runs the day's
 * ladder once the office's send hour has come — unless `ladder_runs` already
 * holds the day. A run killed mid-way committed nothing, so the next wake-up
 * runs it again. After the run it sends what is due at once instead of waiting
 * for the delivery job.
 */
export function ladderJob(
  handle: DbHandle,
  services: Services,
  deps: { issuer: NoticeIssuer; deliverer: Deliverer },
): Job {
  return {
    name: 'reminders.ladder',
    everyMs: 10 * 60_000,
    run: async (at) => {
      await runLadderIfDue(handle, services, deps, at);
    },
  };
}

export async function runLadderIfDue(
  handle: DbHandle,
  services: Services,
  deps: { issuer: NoticeIssuer; deliverer: Deliverer },
  at: Date,
) {
  const day = dateInChina(at);
  const { sendHour } = await readLadder(handle);
  if (chinaHour(at) < sendHour) return null;
  const done = await handle.db
    .selectFrom('ladder_runs')
    .select('day')
    .where('day', '=', day)
    .executeTakeFirst();
  if (done) return null;
  const run = await runLadderDay({ ...systemCtx(handle, at), services }, day, deps.issuer);
  if (run) await deps.deliverer.run(at);
  return run;
}
