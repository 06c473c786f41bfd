import type { Command } from 'commander';

export function addDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load the demo district (units, people, 13 ledgers, 150+ items) into the database')
    .option(
      '--force',
      'load even when the database already holds units: the demo is ADDED beside what is there — nothing is ' +
        'deleted or overwritten — so a second load gives duplicate units and items, and stops part-way at a ' +
        'login name or ledger code already taken. Use an empty database (DUCHA_DATABASE_URL) for a clean demo.',
    )
    .option('--logins', 'print the demo logins again, without loading anything')
    .option(
      '--purge',
      'remove the demo accounts for good (turned off, password and sessions deleted, login names freed as ' +
        'demo-removed-…) and archive the demo units and ledgers. Their records stay readable, and the audit ' +
        'log keeps every row about them: it is append-only, and a record of the demo having been there is correct.',
    )
    .addHelpText(
      'after',
      '\nThe demo password is DUCHA_DEMO_PASSWORD, or generated and printed once when the demo is loaded.',
    )
    .action(async (opts: { force?: boolean; logins?: boolean; purge?: boolean }) => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig } = await import('../config.js');
      const { migrate, openDatabase } = await import('../db/database.js');
      const config = loadConfig();
      const handle = openDatabase(config.database);
      try {
        await migrate(handle.db);
        if (opts.purge) {
          const { purgeDemo } = await import('../modules/demo/demo.service.js');
          const { systemCtx } = await import('../system.js');
          const r = await purgeDemo(systemCtx(handle));
          console.log(
            r.accounts
              ? `Purged the demo: ${r.accounts} accounts removed, ${r.units} units and ${r.ledgers} ledgers archived.`
              : 'No demo accounts to purge.',
          );
          return;
        }
        if (opts.logins) {
          const { demoLoginLines, hasDemo } = await import('../tools/demo/demo.logins.js');
          if (!(await hasDemo(handle))) {
            console.error('This database holds no demo district; `ducha demo` loads it.');
            process.exitCode = 1;
          } else for (const line of demoLoginLines({ fromEnv: !!config.demoPassword })) console.log(line);
          return;
        }
        const { isEmpty, loadDemo } = await import('../tools/demo/demo.loader.js');
        if (!opts.force && !(await isEmpty(handle))) {
          console.error(
            'The database already holds units. `ducha demo --force` adds the demo beside them (it deletes nothing, ' +
              'and a second demo duplicates units and items); `ducha demo --logins` prints the demo logins.',
          );
          process.exitCode = 1;
        } else {
          const { createServices } = await import('../platform/services.js');
          await loadDemo(handle, {
            password: config.demoPassword,
            print: true,
            progress: true,
            services: createServices(config, handle),
          });
        }
      } finally {
        const { advanceAuditAnchor } = await import('../modules/audit/audit.repo.js');
        await advanceAuditAnchor(handle.db);
        await handle.close();
      }
    });
}
