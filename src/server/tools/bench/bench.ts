import os from 'node:os';
import { DEFAULT_WEB_ROOT } from '../../app.js';
import { loadConfig } from '../../config.js';
import { generatePassword } from '../../modules/auth/password.js';
import { overview } from '../../modules/stats/stats.service.js';
import { systemCtx } from '../../system.js';
import { measureConcurrency } from './bench.concurrency.js';
import { BENCH_SUPERVISOR, generate } from './bench.generate.js';
import { measureHistory } from './bench.history.js';
import { measureServer } from './bench.http.js';
import {
  measureConcurrentCreates,
  measureCreates,
  measureReads,
  noonInChina,
  type Result,
} from './bench.measure.js';
import { formatOverhead, measureOverhead, type OverheadRow } from './bench.overhead.js';
import { countOver, formatTable } from './bench.report.js';
import { activityFor, refusal, type ScaleName } from './bench.scale.js';
import { measureSheets } from './bench.sheets.js';
import { openBenchTarget } from './bench.target.js';
import { verifyDerived } from './bench.verify.js';
import { measureAfterBurst, measureEdits } from './bench.writes.js';

/**
 * `ducha bench`: generates a city-sized data set on a fresh database of the
 * configured kind (never the user's data), measures the queries of issue 2
 * through the real services and a real server (and with `--web` the cockpit's
 * first load in Chromium), and prints the table.
 */

/** The bench judges lights as of this day (data are shaped around it; it does not follow the clock). */
const AS_OF = '2026-11-27';
const HTTP_REQUESTS = 300;
/** Seconds of each concurrency run (1 client, 16 clients). */
const CONCURRENCY_SECONDS = 5;

function positive(name: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
  return n;
}

const round = (n: number) => n.toLocaleString('en');

export async function runBench(opts: {
  units: number;
  items: number;
  runs: number;
  keep: boolean;
  /** Also measure the cockpit's first load in Chromium. */
  web?: boolean;
  /** A scale set: reports, urges and inspections at the preset's proportions to the items. */
  scale?: ScaleName;
  /** Seed of the data set (same seed, same data); default the bench's own. */
  seed?: number;
}): Promise<void> {
  const units = positive('units', opts.units);
  const items = positive('items', opts.items);
  const runs = positive('runs', opts.runs);
  const config = loadConfig();
  const refused = opts.scale && refusal(opts.scale, config.database.dialect);
  if (refused) {
    console.error(refused);
    process.exitCode = 1;
    return;
  }
  const activity = opts.scale ? activityFor(opts.scale, items) : undefined;
  const target = await openBenchTarget(config);
  const { handle } = target;
  console.log(`Ducha bench on ${handle.dialect}: ${target.where}`);
  console.log(
    `${opts.scale ? `Scale set ${opts.scale}: ` : ''}${round(units)} units, ${round(items)} items` +
      (activity
        ? `, ${round(activity.reports)} reports, ${round(activity.urges)} urges, ${round(activity.inspections)} inspections`
        : '') +
      `, ${runs} runs per query, lights as of ${AS_OF}${opts.seed === undefined ? '' : `, seed ${opts.seed}`}`,
  );
  // Timings on a shared machine are only as good as its idleness: say how busy it was.
  const load = () => os.loadavg()[0].toFixed(2);
  console.log(`${os.cpus().length} CPUs, load average ${load()} at the start`);
  if (os.loadavg()[0] > os.cpus().length * 0.75)
    console.log('The machine is busy with other work: expect inflated timings, and rerun when it is idle.');
  if (items < 100_000)
    console.log('The targets of issue 2 are set for 100,000 items; this is a smaller data set.');
  console.log('');

  // Ctrl-C must not leave a multi-gigabyte file or database behind (unless --keep).
  const interrupted = () => {
    console.log(
      opts.keep ? `\nInterrupted; kept ${target.url}` : '\nInterrupted: removing the bench database…',
    );
    // Dropping a PostgreSQL database ends its connections mid-query; their errors no longer matter.
    process.on('uncaughtException', () => process.exit(130));
    void (opts.keep ? Promise.resolve() : target.abort())
      .catch((e: Error) => console.error(`Could not remove it: ${e.message}`))
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  const password = generatePassword();
  try {
    const tty = process.stdout.isTTY;
    const data = await generate(handle, {
      units,
      items,
      asOf: AS_OF,
      password,
      seed: opts.seed,
      activity,
      config: target.config,
      progress: (n) => tty && process.stdout.write(`\rgenerating… ${round(n)} items`),
    });
    const c = data.counts;
    const rows = c.units + c.users + c.ledgers + data.tables.reduce((n, t) => n + t.rows, 0);
    if (tty) process.stdout.write('\r');
    console.log(
      `Generated in ${data.seconds.toFixed(1)} s (${round(Math.round(rows / data.seconds))} rows/s, ANALYZE included): ` +
        `${round(c.units)} units, ${round(c.users)} users, ${c.ledgers} ledgers, ${round(c.items)} items, ` +
        `${round(c.responsibilities)} responsibilities, ${round(c.milestones)} milestones, ${round(c.targets)} targets` +
        (activity
          ? `, ${round(c.reports)} reports, ${round(c.urges)} urges, ${round(c.inspections)} inspections, ${round(c.findings)} findings`
          : ''),
    );
    // The loading rate of each table, its write time alone (building the rows in JavaScript is not in it).
    console.log(
      `Load rates: ${data.tables
        .filter((t) => t.rows > 0)
        .map((t) => `${t.table} ${round(Math.round(t.rows / Math.max(t.seconds, 1e-6)))} rows/s`)
        .join(', ')}`,
    );

    const problems = await verifyDerived(handle, data.itemSample.slice(0, 200));
    if (problems.length) {
      console.error(`Derived columns differ from the service's on ${problems.length} of 200 sampled items:`);
      for (const p of problems.slice(0, 10)) console.error(`  ${p}`);
      process.exitCode = 1;
    } else console.log("Derived columns of 200 sampled items match the item service's own computation.");

    const sup = systemCtx(handle, noonInChina(AS_OF), data.supervisor);
    const o = await overview(sup, {});
    const share = (n: number) => `${((100 * n) / Math.max(1, o.open)).toFixed(0)}%`;
    console.log(
      `Open items ${round(o.open)}: red ${round(o.byLight.red)} (${share(o.byLight.red)}), ` +
        `yellow ${round(o.byLight.yellow)} (${share(o.byLight.yellow)}), green ${round(o.byLight.green)} (${share(o.byLight.green)}); ` +
        `overdue ${round(o.overdue)}; completed ${round(o.completed)} (${round(o.completedLate)} late); drafts ${round(o.byStatus.draft)}\n`,
    );

    console.log('Measuring reads…');
    const results: Result[] = await measureReads(handle, data, AS_OF, runs);
    if (activity) results.push(...(await measureHistory(handle, data, AS_OF, runs)));
    console.log('Measuring creates, edits and transitions…');
    const created: string[] = [];
    results.push(await measureCreates(handle, data, AS_OF, created));
    results.push(await measureConcurrentCreates(handle, data, AS_OF));
    results.push(...(await measureEdits(handle, data, AS_OF, created)));
    console.log('Measuring the per-unit reads after a burst of writes…');
    results.push(...(await measureAfterBurst(handle, data, AS_OF, runs)));
    results.push({
      name: 'bench process RSS (in-process, incl. generator)',
      check: 'none',
      median: null,
      p95: null,
      value: process.memoryUsage().rss / 1024 / 1024,
      unit: 'MB',
    });
    console.log('Measuring spreadsheet export and import…');
    results.push(...(await measureSheets(handle, data, AS_OF)));
    console.log('Measuring a server process…');
    try {
      results.push(
        ...(await measureServer({ url: target.url, password, asOf: AS_OF, requests: HTTP_REQUESTS, data })),
      );
    } catch (e) {
      // The service measurements stand on their own; say why the server rows are missing.
      console.error(`The server measurement failed: ${(e as Error).message}`);
      process.exitCode = 1;
    }
    console.log('Measuring concurrency (1 client, then 16)…');
    try {
      results.push(
        ...(await measureConcurrency({
          url: target.url,
          password,
          asOf: AS_OF,
          data,
          dialect: handle.dialect,
          seconds: CONCURRENCY_SECONDS,
        })),
      );
    } catch (e) {
      console.error(`The concurrency measurement failed: ${(e as Error).message}`);
      process.exitCode = 1;
    }

    console.log('Measuring the HTTP overhead of the main requests…');
    let overhead: OverheadRow[] = [];
    try {
      overhead = await measureOverhead({ handle, url: target.url, password, asOf: AS_OF, runs, data });
    } catch (e) {
      console.error(`The overhead measurement failed: ${(e as Error).message}`);
      process.exitCode = 1;
    }

    if (opts.web) {
      console.log("Measuring the cockpit's first load in Chromium…");
      try {
        const { ensureWebBuilt } = await import('../../web-build.js');
        ensureWebBuilt();
        const { measureWeb } = await import('./bench.web.js');
        results.push(...(await measureWeb({ url: target.url, password, webRoot: DEFAULT_WEB_ROOT })));
      } catch (e) {
        console.error(`The web measurement failed: ${(e as Error).message}`);
        process.exitCode = 1;
      }
    }

    console.log(`\n${formatTable(results, handle.dialect)}`);
    if (overhead.length) console.log(`\n${formatOverhead(overhead)}`);
    console.log(`\nLoad average ${load()} at the end (${os.cpus().length} CPUs).`);
    const over = countOver(results, handle.dialect);
    const factor = handle.dialect === 'postgres' ? ' (PostgreSQL: 2× the SQLite targets)' : '';
    console.log(over ? `\n${over} measurement(s) over target${factor}.` : `\nAll targets met${factor}.`);
  } finally {
    process.removeListener('SIGINT', interrupted);
    await target.dispose(opts.keep);
    if (opts.keep) {
      console.log(`Kept the bench database: ${target.url}`);
      // DUCHA_DEMO=off: a kept set is not empty, but say plainly that no demo is to be loaded into it.
      console.log(`Serve it: DUCHA_DATABASE_URL='${target.url}' DUCHA_DEMO=off npx ducha serve`);
      console.log(
        `Log in as ${BENCH_SUPERVISOR} (supervisor), bench_leader (leader) or u<unit>_<0|1|2> (a unit's leader, deputy, responsible person), password ${password}`,
      );
    }
  }
}
