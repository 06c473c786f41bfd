import { Command, Option } from 'commander';
import { ROLES, type Role } from '../core/enums.js';
import { registerIngest } from './cli-ingest.js';
import { loadConfig } from './config.js';
import { migrate, openDatabase } from './db/database.js';
import { describeError } from './errors.js';
import { serve } from './main.js';
import { generatePassword } from './modules/auth/password.js';

const program = new Command()
  .name('ducha')
  .description('Ducha 督察台账 — key-work supervision ledger. Configuration by environment (see README).')
  .showHelpAfterError();

program
  .command('serve')
  .description(
    'build the web app if missing, migrate, load the demo district into an empty database, and serve',
  )
  .option('--no-demo', 'do not load the demo district into an empty database')
  .action(async (opts: { demo: boolean }) => {
    const config = loadConfig();
    const { ensureWebBuilt } = await import('./web-build.js');
    await ensureWebBuilt();
    await serve(config, {
      afterMigrate: async (handle) => {
        if (!opts.demo) return;
        const { isEmpty, loadDemo } = await import('./modules/demo/demo.loader.js');
        if (await isEmpty(handle)) await loadDemo(handle, { password: config.demoPassword, print: true });
      },
    });
  });

program
  .command('migrate')
  .description('bring the database schema up to date')
  .action(async () => {
    const handle = openDatabase(loadConfig().database);
    const done = await migrate(handle.db);
    console.log(done.length ? `Applied: ${done.join(', ')}` : 'The schema is up to date.');
    await handle.close();
  });

program
  .command('demo')
  .description('load the demo district (units, people, 13 ledgers, 150+ items) into the database')
  .option('--force', 'load even when the database already holds units')
  .action(async (opts: { force?: boolean }) => {
    const config = loadConfig();
    const handle = openDatabase(config.database);
    await migrate(handle.db);
    const { isEmpty, loadDemo } = await import('./modules/demo/demo.loader.js');
    if (!opts.force && !(await isEmpty(handle))) {
      console.error('The database already holds units; use --force to load the demo district anyway.');
      process.exitCode = 1;
    } else await loadDemo(handle, { password: config.demoPassword, print: true });
    await handle.close();
  });

const user = program.command('user').description('manage users');
user
  .command('add')
  .description('add a user')
  .requiredOption('--username <name>', 'login name (letters, digits, _ . -)')
  .requiredOption('--name <displayName>', 'name shown to others, e.g. 张伟')
  .addOption(new Option('--role <role...>', 'one or more roles').choices([...ROLES]).makeOptionMandatory())
  .option('--unit <unit>', 'unit name or id (required for the unit role)')
  .option('--title <title>', 'job title (职务)')
  .option('--password <password>', 'initial password (generated and printed when omitted)')
  .action(
    async (opts: {
      username: string;
      name: string;
      role: Role[];
      unit?: string;
      title?: string;
      password?: string;
    }) => {
      const handle = openDatabase(loadConfig().database);
      await migrate(handle.db);
      const { addUserFromCli } = await import('./modules/user/user.cli.js');
      try {
        const password = opts.password ?? generatePassword();
        const u = await addUserFromCli(handle, { ...opts, password });
        console.log(
          `Added ${u.username} (${u.displayName}), roles: ${u.roles.join(', ')}${opts.password ? '' : `, password: ${password}`}`,
        );
      } catch (e) {
        console.error(`Could not add the user: ${describeError(e)}`);
        process.exitCode = 1;
      } finally {
        await handle.close();
      }
    },
  );

program
  .command('bench')
  .description('generate a city-sized data set and print query latencies (median and p95)')
  .option('--units <n>', 'number of units', '500')
  .option('--items <n>', 'number of items', '100000')
  .option('--runs <n>', 'runs of each measured query', '200')
  .option('--keep', 'keep the generated database (SQLite) or schema (PostgreSQL)')
  .action(async (opts: { units: string; items: string; runs: string; keep?: boolean }) => {
    const { runBench } = await import('./modules/bench/bench.js');
    await runBench({
      units: Number(opts.units),
      items: Number(opts.items),
      runs: Number(opts.runs),
      keep: !!opts.keep,
    });
  });

registerIngest(program);

await program.parseAsync(process.argv);
