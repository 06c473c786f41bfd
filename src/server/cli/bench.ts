import type { Command } from 'commander';

export function addBenchCommand(program: Command): void {
  program
    .command('bench')
    .description('generate a city-sized data set and print query latencies (median and p95)')
    .option('--units <n>', 'number of units', '500')
    .option('--items <n>', 'number of items', '100000')
    .option('--runs <n>', 'runs of each measured query', '200')
    .option('--keep', 'keep the generated database (SQLite) or schema (PostgreSQL)')
    .option(
      '--web',
      "also measure the cockpit's first load in Chromium (CHROMIUM_PATH, default /usr/bin/chromium): time to the painted totals and the JavaScript loaded",
    )
    .action(async (opts: { units: string; items: string; runs: string; keep?: boolean; web?: boolean }) => {
      const { runBench } = await import('../tools/bench/bench.js');
      await runBench({
        units: Number(opts.units),
        items: Number(opts.items),
        runs: Number(opts.runs),
        keep: !!opts.keep,
        web: !!opts.web,
      });
    });
}
