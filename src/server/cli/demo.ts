import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/database.js';

export function addDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load the demo district (units, people, 13 ledgers, 150+ items) into the database')
    .option('--force', 'load even when the database already holds units')
    .action(async (opts: { force?: boolean }) => {
      const config = loadConfig();
      const handle = openDatabase(config.database);
      try {
        await migrate(handle.db);
        const { isEmpty, loadDemo } = await import('../tools/demo/demo.loader.js');
        if (!opts.force && !(await isEmpty(handle))) {
          console.error('The database already holds units; use --force to load the demo district anyway.');
          process.exitCode = 1;
        } else await loadDemo(handle, { password: config.demoPassword, print: true });
      } finally {
        const { advanceAuditAnchor } = await import('../modules/audit/audit.repo.js');
        await advanceAuditAnchor(handle.db);
        await handle.close();
      }
    });
}
