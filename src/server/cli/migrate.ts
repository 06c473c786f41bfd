import type { Command } from 'commander';

export function addMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig } = await import('../config.js');
      const { migrate, openDatabase } = await import('../db/database.js');
      const handle = openDatabase(loadConfig().database);
      try {
        const done = await migrate(handle.db);
        console.log(done.length ? `Applied: ${done.join(', ')}` : 'The schema is up to date.');
      } finally {
        await handle.close();
      }
    });
}
