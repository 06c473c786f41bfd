import { type Command, Option } from 'commander';
import { ITEM_STATUSES, LIGHTS } from '../../core/enums.js';
import { progressBar } from './progress.js';

interface ExportOptions {
  output: string;
  ledger?: string;
  status?: string;
  light?: string;
  dueFrom?: string;
  dueTo?: string;
  overdue?: boolean;
  q?: string;
  asOf?: string;
  field: string[];
  layout: 'rows' | 'perItem';
}

export function addExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'export items (filters as in the web list) to an .xlsx ledger in the printed layout, streamed',
    )
    .requiredOption('-o, --output <file>', 'the .xlsx file to write')
    .option('--ledger <ledger>', 'ledger id, code (AZ), year-code (2026-AZ) or name')
    .option('--status <list>', `comma-separated: ${ITEM_STATUSES.join(',')}`)
    .option('--light <list>', `comma-separated: ${LIGHTS.join(',')}`)
    .option('--due-from <date>', 'due on or after (YYYY-MM-DD)')
    .option('--due-to <date>', 'due on or before (YYYY-MM-DD)')
    .option('--overdue', 'open items past their due date')
    .option('--q <words>', 'text search')
    .option('--as-of <date>', 'lights as of this date')
    .option(
      '--field <filter>',
      'a template field of the ledger: key=value, key.from=value or key.to=value (repeatable), e.g. --field households.from=500',
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    )
    .addOption(
      new Option('--layout <layout>', 'one row per item, or one sheet per item (一事一表)')
        .choices(['rows', 'perItem'])
        .default('rows'),
    )
    .action(async (opts: ExportOptions) => {
      // Loaded when the command runs, so that `ducha --help` stays instant.
      const { loadConfig } = await import('../config.js');
      const { migrate, openDatabase } = await import('../db/database.js');
      const { describeError } = await import('../errors.js');
      const { systemCtx } = await import('../system.js');
      const { ItemQuery } = await import('../../core/schemas/item.js');
      const handle = openDatabase(loadConfig().database);
      try {
        await migrate(handle.db);
        const { exportFromCli, findLedgerByRef } = await import('../modules/spreadsheet/sheet.cli.js');
        const ctx = systemCtx(handle);
        const ledger = opts.ledger ? await findLedgerByRef(ctx, opts.ledger) : null;
        if (opts.ledger && !ledger) {
          console.error(`No ledger "${opts.ledger}".`);
          process.exitCode = 2;
          return;
        }
        const { gatherFieldFilters } = await import('../../core/field-filters.js');
        const fieldParams = Object.fromEntries(
          opts.field.map((f) => {
            const eq = f.indexOf('=');
            return [`field.${eq < 0 ? f : f.slice(0, eq)}`, eq < 0 ? '' : f.slice(eq + 1)];
          }),
        );
        const query = ItemQuery.parse({
          ...(gatherFieldFilters(fieldParams) as object),
          ledgerId: ledger?.id,
          status: opts.status,
          light: opts.light,
          dueFrom: opts.dueFrom,
          dueTo: opts.dueTo,
          overdue: opts.overdue ? 'true' : undefined,
          q: opts.q,
          asOf: opts.asOf,
        });
        await exportFromCli(ctx, query, opts.layout, opts.output, progressBar('exporting'));
      } catch (e) {
        console.error(`Export failed: ${describeError(e)}`);
        process.exitCode = 1;
      } finally {
        await handle.close();
      }
    });
}
