import { Command } from 'commander';
import { addBackupCommands } from './backup.js';
import { addBenchCommand } from './bench.js';
import { addDemoCommand } from './demo.js';
import { addExportCommand } from './export.js';
import { addImportCommand } from './import.js';
import { registerIngest } from './ingest.js';
import { addJobsCommand } from './jobs.js';
import { addMigrateCommand } from './migrate.js';
import { addServeCommand } from './serve.js';
import { addUserCommands } from './user-add.js';
import { addVerifyCommand } from './verify.js';

/** The `ducha` program; each command lives in its own file and loads its heavy parts only when run. */
export function buildProgram(): Command {
  const program = new Command()
    .name('ducha')
    .description('Ducha 督察台账 — key-work supervision ledger. Configuration by environment (see README).')
    .showHelpAfterError();
  addServeCommand(program);
  addMigrateCommand(program);
  addDemoCommand(program);
  addUserCommands(program);
  addImportCommand(program);
  addExportCommand(program);
  addVerifyCommand(program);
  addBackupCommands(program);
  addBenchCommand(program);
  addJobsCommand(program);
  registerIngest(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
