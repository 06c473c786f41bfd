import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/database.js';

export function addMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const handle = openDatabase(loadConfig().database);
      try {
        const done = await migrate(handle.db);
        console.log(done.length ? `Applied: ${done.join(', ')}` : 'The schema is up to date.');
      } finally {
        await handle.close();
      }
    });
}
