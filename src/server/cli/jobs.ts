import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/database.js';

const every = (ms: number) =>
  ms >= 86_400_000
    ? `${ms / 86_400_000} d`
    : ms >= 3_600_000
      ? `${ms / 3_600_000} h`
      : ms >= 60_000
        ? `${ms / 60_000} min`
        : `${ms / 1000} s`;

/**
 * `ducha jobs`: what the server schedules and when each job last ran (its
 * slot in `job_runs`), the reminder ladder's recent days, the outbox by
 * status, and the deliveries that failed for good.
 */
export function addJobsCommand(program: Command): void {
  program
    .command('jobs')
    .description('show the scheduled jobs, when they last ran, the ladder runs and failed deliveries')
    .option('--failed <n>', 'how many failed deliveries to list', '20')
    .action(async (opts: { failed: string }) => {
      const config = loadConfig();
      const handle = openDatabase(config.database);
      try {
        await migrate(handle.db);
        const { buildApp } = await import('../app.js');
        const { DbJobScheduler } = await import('../platform/job-scheduler.js');
        const { deliveryCounts } = await import('../modules/notification/delivery.service.js');
        // The app registers its jobs as it is built; it is never started or listened on here.
        const jobs = new DbJobScheduler(handle);
        const app = await buildApp({ db: handle, webRoot: null, services: { jobs } });
        const runs = await handle.db.selectFrom('job_runs').selectAll().execute();
        const ranAt = new Map(runs.map((r) => [r.name, r.ran_at]));
        console.log('Scheduled jobs:');
        for (const j of jobs.list())
          console.log(
            `  ${j.name.padEnd(24)} every ${every(j.everyMs).padEnd(8)} last ran ${ranAt.get(j.name) ?? 'never'}`,
          );
        const ladder = await handle.db
          .selectFrom('ladder_runs')
          .selectAll()
          .orderBy('day', 'desc')
          .limit(7)
          .execute();
        console.log('\nReminder ladder (latest days):');
        if (!ladder.length) console.log('  not run yet');
        for (const r of ladder)
          console.log(
            `  ${r.day}  ran ${r.ran_at}  ${r.reminders} reminders, ${r.digests} digests, ${r.notices} notices`,
          );
        const counts = await deliveryCounts(handle.db);
        console.log(
          `\nDeliveries: ${['pending', 'sending', 'sent', 'failed'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}`,
        );
        const failed = await handle.db
          .selectFrom('deliveries as d')
          .innerJoin('notifications as n', 'n.id', 'd.notification_id')
          .leftJoin('users as u', 'u.id', 'n.user_id')
          .select([
            'd.channel',
            'd.target',
            'd.attempts',
            'd.last_error',
            'd.updated_at',
            'n.title',
            'u.display_name',
          ])
          .where('d.status', '=', 'failed')
          .orderBy('d.updated_at', 'desc')
          .limit(Number(opts.failed) || 20)
          .execute();
        if (failed.length) {
          console.log('Failed deliveries (newest first; retry them on the 催办设置 screen):');
          for (const f of failed)
            console.log(
              `  ${f.updated_at}  ${f.channel} → ${f.channel === 'email' ? f.target : 'robot'} (${f.display_name ?? '?'}): ${f.title} — ${f.attempts} attempts, ${f.last_error}`,
            );
        }
        await app.close();
      } finally {
        await handle.close();
      }
    });
}
