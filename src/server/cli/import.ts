import type { Command } from 'commander';
import { progressBar } from './progress.js';

export function addImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'import a ledger from an .xlsx file: a preview row by row, then everything in one transaction',
    )
    .argument('<file>', 'the .xlsx file (headers are recognised by their words)')
    .option(
      '--ledger <ledger>',
      'ledger id, code (AZ), year-code (2026-AZ) or name; default: the one the title names',
    )
    .option('--dry-run', 'show what would be created or updated and every error; write nothing')
    .action(async (file: string, opts: { ledger?: string; dryRun?: boolean }) => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig } = await import('../config.js');
      const { migrate, openDatabase } = await import('../db/database.js');
      const { describeError } = await import('../errors.js');
      const { systemCtx } = await import('../system.js');
      const handle = openDatabase(loadConfig().database);
      try {
        await migrate(handle.db);
        const { importFromCli } = await import('../modules/spreadsheet/sheet.cli.js');
        process.exitCode = await importFromCli(systemCtx(handle), file, opts, progressBar('importing'));
      } catch (e) {
        console.error(`Import failed: ${describeError(e)}`);
        process.exitCode = 1;
      } finally {
        await handle.close();
      }
    });
}
