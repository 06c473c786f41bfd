import { Writable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { ItemQuery } from '../../../core/schemas/item.js';
import type { DbHandle } from '../../db/database.js';
import { createLedger } from '../../modules/ledger/ledger.service.js';
import { applyImport } from '../../modules/spreadsheet/import.service.js';
import { exportLedger } from '../../modules/spreadsheet/sheet.export.js';
import { systemCtx } from '../../system.js';
import type { BenchData } from './bench.generate.js';
import { noonInChina, type Result } from './bench.measure.js';

/** Rows of the generated spreadsheet the import is measured with. */
export const IMPORT_ROWS = 2000;

const MB = 1024 * 1024;

/**
 * A full garbage collection on demand (what `node --expose-gc` gives): the heap
 * measured right after it is what the work really holds, not garbage waiting
 * for a collection.
 */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/**
 * Samples the process's memory while `work` runs: the peaks of RSS and of the
 * JavaScript heap, and the heap still held after a full collection, sampled
 * at each `retained()` call (after each page of an export).
 */
async function withMemory<T>(work: (retained: () => void) => Promise<T>) {
  const gc = collector();
  gc();
  const start = process.memoryUsage();
  let held = 0;
  const retained = () => {
    gc();
    held = Math.max(held, process.memoryUsage().heapUsed - start.heapUsed);
  };
  let rss = start.rss;
  let heap = start.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 20);
  const began = performance.now();
  try {
    const value = await work(retained);
    return {
      value,
      seconds: (performance.now() - began) / 1000,
      rssPeak: rss / MB,
      heapGrowth: (heap - start.heapUsed) / MB,
      heldGrowth: held / MB,
    };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The spreadsheet section: every item exported through the streaming writer
 * into a sink (memory must stay bounded by a page, not grow with the rows),
 * and a generated office ledger of IMPORT_ROWS rows imported in one transaction.
 */
export async function measureSheets(handle: DbHandle, data: BenchData, asOf: string): Promise<Result[]> {
  const ctx = systemCtx(handle, noonInChina(asOf), data.supervisor);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  // A full collection after every tenth page: frequent enough to see growth, rare enough not to dominate.
  let pages = 0;
  const exported = await withMemory((retained) =>
    exportLedger(ctx, ItemQuery.parse({ asOf }), sink, {
      layout: 'rows',
      onProgress: () => {
        if (++pages % 10 === 0) retained();
      },
    }),
  );
  const rows = exported.value.rows;
  const results: Result[] = [
    {
      name: `export ${rows.toLocaleString('en')} items to .xlsx (${(bytes / MB).toFixed(1)} MB file)`,
      check: 'none',
      median: null,
      p95: null,
      value: rows / exported.seconds,
      unit: 'items/s',
    },
    {
      name: 'export: heap held after full GCs, most over the start',
      check: 'none',
      median: null,
      p95: null,
      value: exported.heldGrowth,
      unit: 'MB',
    },
    {
      name: 'export: growth of the JavaScript heap at its peak',
      check: 'none',
      median: null,
      p95: null,
      value: exported.heapGrowth,
      unit: 'MB',
    },
    {
      name: 'export: process RSS at its peak',
      check: 'none',
      median: null,
      p95: null,
      value: exported.rssPeak,
      unit: 'MB',
    },
  ];

  // An office's file: title row, header words, unit names as people type them.
  const units = await handle.db.selectFrom('units').select('name').limit(50).execute();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['2026年压测导入台账']);
  ws.addRow(['序号', '工作任务', '牵头单位', '配合单位', '完成时限', '路线图']);
  for (let i = 0; i < IMPORT_ROWS; i++)
    ws.addRow([
      i + 1,
      `压测导入事项${i + 1}`,
      units[i % units.length].name,
      units[(i + 7) % units.length].name,
      `${(i % 12) + 1}月底`,
      `方案制定：2026.${(i % 12) + 1}.1`,
    ]);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const ledger = await createLedger(ctx, { name: `压测导入${Date.now()}`, code: 'BIMP', year: 2026 });
  const imported = await withMemory(() => applyImport(ctx, ledger.id, file));
  results.push(
    {
      name: `import ${IMPORT_ROWS.toLocaleString('en')} rows from .xlsx (preview + one transaction)`,
      check: 'none',
      median: null,
      p95: null,
      value: imported.value.created / imported.seconds,
      unit: 'items/s',
    },
    {
      name: 'import: growth of the JavaScript heap at its peak',
      check: 'none',
      median: null,
      p95: null,
      value: imported.heapGrowth,
      unit: 'MB',
    },
  );
  return results;
}
