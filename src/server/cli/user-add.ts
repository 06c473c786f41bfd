import { type Command, Option } from 'commander';
import { ROLES, type Role } from '../../core/enums.js';

interface UserAddOptions {
  username: string;
  name: string;
  role: Role[];
  unit?: string;
  title?: string;
  password?: string;
}

/** `ducha user …`: today only `add`. */
export function addUserCommands(program: Command): void {
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
    .action(async (opts: UserAddOptions) => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig } = await import('../config.js');
      const { migrate, openDatabase } = await import('../db/database.js');
      const { describeError } = await import('../errors.js');
      const { generatePassword } = await import('../modules/auth/password.js');
      const handle = openDatabase(loadConfig().database);
      await migrate(handle.db);
      try {
        const { addUserFromCli } = await import('../modules/user/user.cli.js');
        const password = opts.password ?? generatePassword();
        const u = await addUserFromCli(handle, { ...opts, password });
        console.log(
          `Added ${u.username} (${u.displayName}), roles: ${u.roles.join(', ')}${opts.password ? '' : `, password: ${password}`}`,
        );
      } catch (e) {
        console.error(`Could not add the user: ${describeError(e)}`);
        process.exitCode = 1;
      } finally {
        const { advanceAuditAnchor } = await import('../modules/audit/audit.repo.js');
        await advanceAuditAnchor(handle.db);
        await handle.close();
      }
    });
}
