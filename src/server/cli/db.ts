import type { Command } from 'commander';

/** `ducha db …`: database administration run as the owner of the tables (PostgreSQL). */
export function addDbCommands(program: Command): void {
  const db = program.command('db').description('database roles (PostgreSQL), run as the owner of the tables');
  db.command('grant-app-role')
    .description(
      'give an existing role what `serve` needs and no more: read/write on business tables, only SELECT and ' +
        'INSERT on audit_log, no TRUNCATE/TRIGGER/ownership (idempotent; `serve` and `migrate` repeat it)',
    )
    .argument('<role>', 'the application role, created first: CREATE ROLE ducha_app LOGIN PASSWORD …')
    .action(async (role: string) => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig, ownerDatabase } = await import('../config.js');
      const { grantAppRole } = await import('../db/app-role.js');
      const { migrate, openDatabase } = await import('../db/database.js');
      const config = ownerDatabase(loadConfig());
      if (config.dialect !== 'postgres') {
        console.error('grant-app-role is for PostgreSQL: SQLite has no roles (the file permissions decide).');
        process.exitCode = 1;
        return;
      }
      const handle = openDatabase(config);
      try {
        await migrate(handle.db);
        const g = await grantAppRole(handle.db, role);
        console.log(
          `Granted ${g.role} in schema ${g.schema}: SELECT, INSERT, UPDATE, DELETE on ${g.businessTables.length} tables; ` +
            `SELECT, INSERT only on ${g.appendOnlyTables.join(', ')}; USAGE on ${g.sequences} sequences; ` +
            'the same on tables later migrations create (default privileges).',
        );
      } catch (e) {
        console.error(`Not granted: ${(e as Error).message}`);
        process.exitCode = 1;
      } finally {
        await handle.close();
      }
    });
}
