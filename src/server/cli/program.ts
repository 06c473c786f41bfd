import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { environmentHelp } from '../config.variables.js';
import { addBackupCommands } from './backup.js';
import { addBenchCommand } from './bench.js';
import { addClusterCommand } from './cluster.js';
import { addDbCommands } from './db.js';
import { addDemoCommand } from './demo.js';
import { addExportCommand } from './export.js';
import { addImportCommand } from './import.js';
import { registerIngest } from './ingest.js';
import { addJobsCommand } from './jobs.js';
import { addMigrateCommand } from './migrate.js';
import { addServeCommand } from './serve.js';
import { addUserCommands } from './user-add.js';
import { addVerifyCommand } from './verify.js';

/** The version of package.json, read at run time so that the compiled CLI and the sources agree. */
function packageVersion(): string {
  const file = new URL('../../../package.json', import.meta.url);
  // From dist/server/cli/ as from src/server/cli/, package.json is three folders up.
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The `ducha` program; each command lives in its own file and loads its heavy parts only when run. */
export function buildProgram(): Command {
  const program = new Command()
    .name('ducha')
    .description('Ducha 督察台账 — key-work supervision ledger (重点工作督察督办系统).')
    .version(packageVersion(), '-V, --version', 'print the version')
    .addHelpText('after', environmentHelp())
    .showHelpAfterError();
  addServeCommand(program);
  addClusterCommand(program);
  addMigrateCommand(program);
  addDbCommands(program);
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
