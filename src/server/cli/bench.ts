import type { Command } from 'commander';
import { isScale, SCALES } from '../tools/bench/bench.scale.js';

interface BenchOptions {
  units: string;
  items: string;
  runs: string;
  keep?: boolean;
  web?: boolean;
  crash?: string;
  writers?: string;
  seconds: string;
  servers: string;
  tamper?: string;
  seed: string;
  pgCluster?: boolean;
  instances?: string;
  connections: string;
  duration: string;
  scale?: string;
  redmine?: string;
  redmineKey?: string;
  redmineProject: string;
  rounds: string;
}

function count(name: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
  return n;
}

export function addBenchCommand(program: Command): void {
  program
    .command('bench')
    .description(
      'generate a city-sized data set and print query latencies (median and p95); or, with --crash/--writers/--tamper, run the reliability drills of SECURITY.md',
    )
    .option('--units <n>', 'number of units', '500')
    .option('--items <n>', 'number of items', '100000')
    .option('--runs <n>', 'runs of each measured query', '200')
    .option('--keep', 'keep the generated database (SQLite) or schema (PostgreSQL)')
    .option(
      '--web',
      "also measure the cockpit's first load in Chromium (CHROMIUM_PATH, default /usr/bin/chromium): time to the painted totals and the JavaScript loaded",
    )
    .option('--crash <k>', 'drill: kill a writing server with SIGKILL k times, check the database after each')
    .option(
      '--writers <n>',
      'drill: n concurrent writers edit one item (see --seconds, --servers); count lost updates',
    )
    .option('--seconds <t>', 'how long the writers drill runs', '60')
    .option('--servers <p>', 'server processes the writers are spread over (one database)', '1')
    .option('--tamper <k>', 'drill: k out-of-band changes to the audit log, each must be detected')
    .option(
      '--pg-cluster',
      'crash drill on PostgreSQL: crash a private cluster (pg_ctl stop -m immediate, Debian binaries) instead of only the server',
    )
    .option(
      '--instances <n>',
      'scale-out (PostgreSQL): read throughput of 1 instance against n behind the balancer, with autocannon',
    )
    .option('--connections <c>', 'concurrent connections of the --instances runs', '16')
    .option('--duration <s>', 'seconds of each --instances run', '10')
    .option(
      '--seed <s>',
      'seed of the drills’ random choices and of the bench data set (same seed, same data)',
      '1',
    )
    .option(
      '--scale <set>',
      `a scale set: city (${SCALES.city.units} units, ${SCALES.city.items.toLocaleString('en')} items, ${SCALES.city.reports.toLocaleString('en')} reports, urges, inspections) or province (PostgreSQL only, 10× the city); --units/--items override, the history keeps its proportions`,
    )
    .option(
      '--redmine <url>',
      'compare writes over HTTP with a running Redmine (issue 14): item creates and title edits, sequential and by 16 clients, in interleaved rounds',
    )
    .option(
      '--redmine-key <key>',
      "the Redmine user's REST API key (an administrator's, or one who may add issues)",
    )
    .option('--redmine-project <id>', 'the Redmine project the issues are created in (id or identifier)', '1')
    .option('--rounds <n>', 'interleaved rounds of the --redmine comparison', '5')
    .action(async (opts: BenchOptions, cmd: Command) => {
      const drills = {
        crash: count('crash', opts.crash),
        writers: count('writers', opts.writers),
        tamper: count('tamper', opts.tamper),
      };
      if (drills.crash || drills.writers || drills.tamper) {
        const { runDrills } = await import('../tools/drill/drill.js');
        const sound = await runDrills({
          ...drills,
          seconds: count('seconds', opts.seconds),
          servers: count('servers', opts.servers),
          seed: Number(opts.seed) || 1,
          pgCluster: !!opts.pgCluster,
        });
        if (!sound) process.exitCode = 1;
        return;
      }
      if (opts.redmine !== undefined) {
        if (!opts.redmineKey)
          throw new Error('--redmine needs --redmine-key (Redmine: My account → API access key)');
        const { runRedmineBench } = await import('../tools/bench/bench.redmine.js');
        await runRedmineBench({
          units: count('units', opts.units),
          items: count('items', opts.items),
          rounds: count('rounds', opts.rounds),
          keep: !!opts.keep,
          redmine: { url: opts.redmine, key: opts.redmineKey, project: opts.redmineProject },
        });
        return;
      }
      if (opts.instances !== undefined) {
        const { runScaleoutBench } = await import('../tools/bench/bench.scaleout.js');
        await runScaleoutBench({
          units: count('units', opts.units),
          items: count('items', opts.items),
          instances: count('instances', opts.instances),
          connections: count('connections', opts.connections),
          duration: count('duration', opts.duration),
          keep: !!opts.keep,
        });
        return;
      }
      if (opts.scale !== undefined && !isScale(opts.scale))
        throw new Error(`--scale must be one of: ${Object.keys(SCALES).join(', ')}`);
      const scale = opts.scale !== undefined && isScale(opts.scale) ? SCALES[opts.scale] : undefined;
      // A preset sets the sizes, unless the command line gives them.
      const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
      const seed = Number(opts.seed);
      if (given('seed') && !Number.isInteger(seed)) throw new Error('--seed must be a whole number');
      const { runBench } = await import('../tools/bench/bench.js');
      await runBench({
        units: scale && !given('units') ? scale.units : Number(opts.units),
        items: scale && !given('items') ? scale.items : Number(opts.items),
        runs: Number(opts.runs),
        keep: !!opts.keep,
        web: !!opts.web,
        scale: opts.scale !== undefined && isScale(opts.scale) ? opts.scale : undefined,
        // Without --seed the data set is the one the bench always generated.
        seed: given('seed') ? seed : undefined,
      });
    });
}
