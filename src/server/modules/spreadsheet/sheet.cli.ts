import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { ItemQuery } from '../../../core/schemas/item.js';
import type { Ctx } from '../../context.js';
import { applyImport, previewImport } from './import.service.js';
import { type ExportLayout, prepareLedgerExport } from './sheet.export.js';

type Progress = { update(done: number, total: number): void; done(summary: string): void };

/**
 * A ledger named the way an operator types it: its id, its code (`AZ`, the
 * latest year's), `2026-AZ`, or its name (`安置房建设`, the latest year's).
 */
export async function findLedgerByRef(ctx: Ctx, ref: string) {
  const m = /^(\d{4})-([A-Z]{1,6})$/.exec(ref);
  const rows = await ctx.db
    .selectFrom('ledgers')
    .select(['id', 'name', 'year', 'code'])
    .where((eb) =>
      m
        ? eb.and([eb('year', '=', Number(m[1])), eb('code', '=', m[2])])
        : eb.or([eb('id', '=', ref), eb('code', '=', ref), eb('name', '=', ref)]),
    )
    .orderBy('year', 'desc')
    .execute();
  return rows[0] ?? null;
}

/** The ledger a file's title names (`2026年安置房建设重点工作推进台账`), when exactly one does. */
async function ledgerFromTitle(ctx: Ctx, file: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const titles = wb.worksheets.map((ws) => ws.getCell('A1').text).join(' ');
  const ledgers = await ctx.db.selectFrom('ledgers').select(['id', 'name', 'year', 'code']).execute();
  const named = ledgers.filter(
    (l) => titles.includes(l.name) && (!/\d{4}年/.test(titles) || titles.includes(`${l.year}年`)),
  );
  return named.length === 1 ? named[0] : null;
}

export interface ImportCliOptions {
  ledger?: string;
  dryRun?: boolean;
}

/** `ducha import FILE`: prints the preview row by row; applies it unless `--dry-run`. Returns the exit code. */
export async function importFromCli(
  ctx: Ctx,
  path: string,
  opts: ImportCliOptions,
  bar: Progress,
): Promise<number> {
  const file = fs.readFileSync(path);
  const ledger = opts.ledger
    ? await findLedgerByRef(ctx, opts.ledger)
    : await ledgerFromTitle(ctx, file).catch(() => null);
  if (!ledger) {
    console.error(
      opts.ledger
        ? `No ledger "${opts.ledger}" (give its id, code, year-code such as 2026-AZ, or name).`
        : 'Name the ledger with --ledger (the file title names none, or several).',
    );
    return 2;
  }
  const preview = await previewImport(ctx, ledger.id, file);
  console.log(`${path} → ${ledger.year}年${ledger.name} (sheet "${preview.sheetName}")`);
  for (const r of preview.rows) {
    if (r.action === 'skipped') continue;
    console.log(`  row ${r.row}: ${r.action.padEnd(9)} ${r.code ?? ''} ${r.title ?? ''}`.trimEnd());
    for (const e of r.errors) console.log(`      ✗ ${e.cell ?? ''} ${e.message}`);
    for (const e of r.warnings) console.log(`      ! ${e.cell ?? ''} ${e.message}`);
  }
  const c = preview.counts;
  console.log(
    `create ${c.create}, update ${c.update}, unchanged ${c.unchanged}, errors ${c.error}, skipped ${c.skipped}`,
  );
  if (c.error > 0) {
    console.error('Nothing imported: correct the rows marked ✗ and try again.');
    return 1;
  }
  if (opts.dryRun) {
    console.log('Dry run: nothing written.');
    return 0;
  }
  const result = await applyImport(ctx, ledger.id, file, (done, total) => bar.update(done, total));
  bar.done(
    `Imported: ${result.created} created (as drafts), ${result.updated} updated, ${result.unchanged} unchanged.`,
  );
  return 0;
}

/** `ducha export -o FILE`: streams the matching items to the file with a progress bar. */
export async function exportFromCli(
  ctx: Ctx,
  query: ItemQuery,
  layout: ExportLayout,
  outPath: string,
  bar: Progress,
): Promise<void> {
  const prepared = await prepareLedgerExport(ctx, query, { layout, onProgress: (d, t) => bar.update(d, t) });
  const out = fs.createWriteStream(outPath);
  const { rows } = await prepared.writeTo(out);
  await finished(out);
  bar.done(`Exported ${rows} items to ${outPath}`);
}
