import type { Command } from 'commander';

export function addMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description(
      'bring the database schema up to date (as DUCHA_MIGRATE_DATABASE_URL, the owner, when set; then re-grant the application role)',
    )
    .action(async () => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig, ownerDatabase } = await import('../config.js');
      const { migrate, openDatabase } = await import('../db/database.js');
      const config = loadConfig();
      const handle = openDatabase(ownerDatabase(config));
      try {
        const done = await migrate(handle.db);
        console.log(done.length ? `Applied: ${done.join(', ')}` : 'The schema is up to date.');
        if (config.migrateDatabase) {
          // Tables of new migrations get the application role's grants (audit_log: SELECT, INSERT only).
          const { currentRole, grantAppRole } = await import('../db/app-role.js');
          const app = openDatabase(config.database);
          const role = await currentRole(app.db).finally(() => app.close());
          if (role !== (await currentRole(handle.db))) {
            const g = await grantAppRole(handle.db, role);
            console.log(
              `Granted ${role}: ${g.businessTables.length} tables read/write, audit_log read/append.`,
            );
          }
        }
      } finally {
        await handle.close();
      }
    });
}
