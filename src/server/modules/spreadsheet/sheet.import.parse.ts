import ExcelJS from 'exceljs';
import type { TemplateOut } from '../../../core/schemas/template.js';
import { restoreNeutralized } from './sheet.cells.js';
import { readPerItemSheets } from './sheet.import.per-item.js';
import {
  type Column,
  type ColumnKind,
  KPI_GROUP,
  ledgerColumns,
  normalizeHeader,
  ROADMAP_GROUP,
} from './sheet.layout.js';

/** A cell's value as import reads it: formulas never evaluated (their cached result only), rich text flattened. */
export type CellRead = string | number | Date | null;

export interface SheetColumn {
  /** 1-based column number in the sheet. */
  col: number;
  /** The words that headed it. */
  header: string;
  spec: ColumnKind;
}

export interface SheetRow {
  /** 1-based row number in the sheet, as Excel shows it (一事一表: the sheet's place in the workbook). */
  row: number;
  cells: Map<number, CellRead>;
  /** 一事一表: where each value stands (`'3.AZ-003'!B5`), since the item is not one row. */
  at?: Map<number, string>;
  /** 一事一表: the sheet the item was read from. */
  sheet?: string;
}

/** The address of a row's cell in a column, as a problem names it. */
export function cellOf(row: SheetRow, col: number): string {
  return row.at?.get(col) ?? `${columnLetter(col)}${row.row}`;
}

export interface ParsedSheet {
  /** One row per item (a ledger) or one sheet per item (一事一表). */
  layout: 'rows' | 'perItem';
  sheetName: string;
  columns: SheetColumn[];
  rows: SheetRow[];
  /** Sheets passed over, and why. */
  otherSheets: string[];
}

/** Column letters as Excel shows them: 1 → A, 28 → AB. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const s = restoreNeutralized(value.trim());
    return s === '' ? null : s;
  }
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    if ('richText' in value) return readCell(value.richText.map((r) => r.text).join(''));
    if ('formula' in value || 'sharedFormula' in value)
      return readCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return readCell((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return null;
  }
  return null;
}

const HEADER_SCAN_ROWS = 15;

/** The column spec recognised from header words, or null. */
export function recognise(text: string, columns: Column[]): Column | null {
  const n = normalizeHeader(text);
  if (!n) return null;
  const bare = n.replace(/（[^）]*）$/, '');
  for (const candidate of [n, bare]) {
    for (const c of columns) if (normalizeHeader(c.header) === candidate) return c;
    for (const c of columns) if (c.aliases.some((a) => normalizeHeader(a) === candidate)) return c;
  }
  return null;
}

export const text = (v: CellRead) => (v === null ? '' : v instanceof Date ? '' : String(v));

/**
 * Reads the ledger sheet of a workbook: the first sheet whose header names an
 * item column, its header recognised by words over one to three rows (merged
 * group cells such as 责任分工 over 牵头单位…, with or without 序号), and the
 * rows below it. Under a 路线图 group, a column headed by words the template
 * does not know is a milestone of that name; under 量化指标, a target.
 */
export async function parseLedgerWorkbook(
  buf: Buffer,
  template: Pick<TemplateOut, 'fields' | 'milestones' | 'kpis'>,
): Promise<ParsedSheet | null> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const columns = ledgerColumns(template);
  const passed: string[] = [];
  let found: ParsedSheet | null = null;
  for (const ws of wb.worksheets) {
    if (found) {
      passed.push(ws.name);
      continue;
    }
    const sheet = readSheet(ws, columns);
    if (sheet) found = sheet;
    else passed.push(ws.name);
  }
  if (found) {
    found.otherSheets = passed;
    return found;
  }
  // No ledger table: perhaps one sheet per item (一事一表), as the perItem export writes them.
  return readPerItemSheets(wb, columns);
}

function readSheet(ws: ExcelJS.Worksheet, columns: Column[]): ParsedSheet | null {
  const texts = (r: number) => {
    const out: string[] = [];
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell) => {
      const t = text(readCell(cell.value));
      if (t) out.push(t);
    });
    return out;
  };
  const known = (t: string) => !!recognise(t, columns) || GROUP_WORDS.includes(normalizeHeader(t));
  const namesTitle = (r: number) => texts(r).some((t) => recognise(t, columns)?.spec.kind === 'title');
  // The header: the first row naming the item's title column and another column, and up to two rows
  // under it made of header words only (a two- or three-row header with merged group cells above).
  let top = 0;
  const last = Math.min(HEADER_SCAN_ROWS, ws.rowCount);
  for (let r = 1; r <= last && !top; r++) {
    const all = texts(r);
    const heads = all.filter((t) => !!recognise(t, columns)).length;
    // Mostly header words: a row of label and value pairs (一事一表's 工作任务 | 马寨… | 完成时限 | …) is a form.
    if (namesTitle(r) && heads >= 2 && heads > all.length - heads) top = r;
  }
  if (!top) return null;
  let bottom = top;
  while (bottom < top + 2) {
    const next = texts(bottom + 1);
    // A row below belongs to the header when every word in it is a header word or names a sub-column
    // of a group above (a milestone under 路线图): short text, and at least one word known.
    if (!next.length || !next.some(known) || !next.every((t) => known(t) || t.length <= 12)) break;
    bottom++;
  }
  const used = new Set<string>();
  const found: SheetColumn[] = [];
  for (let col = 1; col <= ws.columnCount; col++) {
    const stack: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const t = text(readCell(ws.getRow(r).getCell(col).value));
      if (t && stack[stack.length - 1] !== t) stack.push(t);
    }
    const spec = columnSpec(stack, columns);
    if (!spec) continue;
    const key = JSON.stringify(spec);
    if (used.has(key)) continue;
    used.add(key);
    found.push({ col, header: stack[stack.length - 1], spec });
  }
  const rows: SheetRow[] = [];
  for (let r = bottom + 1; r <= ws.rowCount; r++) {
    const cells = new Map<number, CellRead>();
    ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
      // A cell merged down from a row above belongs to that row, not this one.
      if (cell.isMerged && Number(cell.master.fullAddress.row) !== r) return;
      const v = readCell(cell.value);
      if (v !== null) cells.set(col, v);
    });
    rows.push({ row: r, cells });
  }
  return { layout: 'rows', sheetName: ws.name, columns: found, rows, otherSheets: [] };
}

/** Words that head a group of columns rather than one column. */
const GROUP_WORDS = ['责任分工', '时间表', ROADMAP_GROUP, KPI_GROUP, '台账信息'];

/** What a column holds, from its header words top to bottom. */
export function columnSpec(stack: string[], columns: Column[]): ColumnKind | null {
  if (!stack.length) return null;
  const lowest = stack[stack.length - 1];
  const own = recognise(lowest, columns);
  const group = stack.length > 1 ? normalizeHeader(stack[0]) : '';
  if (own && !(group && GROUP_WORDS.includes(normalizeHeader(lowest)))) return own.spec;
  if (group === ROADMAP_GROUP) return { kind: 'milestone', title: lowest.trim() };
  if (group === KPI_GROUP) {
    const m = /^(.+?)（(.+)）$/.exec(normalizeHeader(lowest));
    return { kind: 'kpi', name: m ? m[1] : normalizeHeader(lowest), unit: m ? m[2] : '' };
  }
  for (let i = stack.length - 2; i >= 0; i--) {
    const c = recognise(stack[i], columns);
    if (c) return c.spec;
  }
  return null;
}
