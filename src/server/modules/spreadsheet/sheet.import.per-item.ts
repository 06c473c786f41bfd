import type ExcelJS from 'exceljs';
import { formatChineseDate } from '../../../core/dates.js';
import {
  type CellRead,
  columnLetter,
  columnSpec,
  type ParsedSheet,
  readCell,
  type SheetColumn,
  type SheetRow,
  text,
} from './sheet.import.parse.js';
import type { Column, ColumnKind } from './sheet.layout.js';

/** Labels are short: a longer text in a label's place is a value. */
const MAX_LABEL = 24;
const ROADMAP_TITLE = ['节点', '节点名称', '工作节点', '里程碑'];
const ROADMAP_PLANNED = ['计划完成', '计划时间', '计划完成时间', '计划日期', '完成时限'];
const ROADMAP_DONE = ['实际完成', '实际完成时间', '完成日期', '实际时间'];

const norm = (s: string) => s.replace(/\s+/g, '');

/** A label as the export writes it (`责任分工·牵头单位`) or as offices do (`牵头单位：`), as a column spec. */
function labelSpec(label: string, columns: Column[]): ColumnKind | null {
  if (!label || label.length > MAX_LABEL) return null;
  const stack = label
    .split(/[·•・]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return columnSpec(stack, columns);
}

/**
 * Reads a workbook of one sheet per item (一事一表): each sheet a form of
 * label and value pairs (one or two pairs a row), the item's roadmap as a
 * small table headed 节点 / 计划完成 / 实际完成. Each sheet naming the item's
 * title becomes one row of the import, each value keeping its own cell
 * address for the preview's problems. Null when no sheet reads as an item.
 */
export function readPerItemSheets(wb: ExcelJS.Workbook, columns: Column[]): ParsedSheet | null {
  const specs = new Map<string, SheetColumn>();
  const colFor = (spec: ColumnKind, header: string): number => {
    const key = JSON.stringify(spec);
    let c = specs.get(key);
    if (!c) {
      c = { col: specs.size + 1, header, spec };
      specs.set(key, c);
    }
    return c.col;
  };
  const rows: SheetRow[] = [];
  const passed: string[] = [];
  let n = 0;
  for (const ws of wb.worksheets) {
    const row = readItemSheet(ws, columns, colFor, ++n);
    if (row) rows.push(row);
    else passed.push(ws.name);
  }
  if (!rows.length) return null;
  const first = rows[0].sheet as string;
  const last = rows[rows.length - 1].sheet as string;
  return {
    layout: 'perItem',
    sheetName: rows.length === 1 ? first : `${first} … ${last}`,
    columns: [...specs.values()],
    rows,
    otherSheets: passed,
  };
}

function readItemSheet(
  ws: ExcelJS.Worksheet,
  columns: Column[],
  colFor: (spec: ColumnKind, header: string) => number,
  ordinal: number,
): SheetRow | null {
  const cells = new Map<number, CellRead>();
  const at = new Map<number, string>();
  const address = (r: number, c: number) => `'${ws.name.replace(/'/g, "''")}'!${columnLetter(c)}${r}`;
  let hasTitle = false;
  let known = 0;
  let roadmap: { title: number; planned: number; done: number | null } | null = null;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: CellRead[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
      const cell = row.getCell(c);
      // A value merged across columns counts once, in its first cell.
      values[c] = cell.isMerged && cell.master.address !== cell.address ? null : readCell(cell.value);
    }
    const words = values.map((v) => norm(text(v ?? null)));
    const titleAt = words.findIndex((w) => ROADMAP_TITLE.includes(w));
    const plannedAt = words.findIndex((w) => ROADMAP_PLANNED.includes(w));
    if (titleAt > 0 && plannedAt > 0) {
      const doneAt = words.findIndex((w) => ROADMAP_DONE.includes(w));
      roadmap = { title: titleAt, planned: plannedAt, done: doneAt > 0 ? doneAt : null };
      continue;
    }
    if (roadmap) {
      const title = text(values[roadmap.title] ?? null).trim();
      const planned = values[roadmap.planned] ?? null;
      if (title && planned !== null) {
        const done = roadmap.done ? (values[roadmap.done] ?? null) : null;
        const col = colFor({ kind: 'milestone', title }, title);
        cells.set(col, done === null ? planned : `${dateWords(planned)}（已完成 ${dateWords(done)}）`);
        at.set(col, address(r, roadmap.planned));
        continue;
      }
      if (!title && planned === null && words.every((w) => !w)) continue;
      roadmap = null;
    }
    // Label and value pairs: a label, its value in the next cell; then perhaps another pair.
    for (let c = 1; c < values.length; c++) {
      const label = text(values[c] ?? null).trim();
      const spec = labelSpec(label, columns);
      if (!spec) continue;
      let v = c + 1;
      while (v < values.length && values[v] === null && row.getCell(v).isMerged) v++;
      const value = values[v] ?? null;
      known++;
      if (spec.kind === 'title') hasTitle = true;
      if (value !== null && spec.kind !== 'milestone' && spec.kind !== 'milestones') {
        const col = colFor(spec, label.split(/[·•・]/).pop() as string);
        cells.set(col, value);
        at.set(col, address(r, v));
      }
      c = v;
    }
  }
  if (!hasTitle || known < 2) return null;
  return { row: ordinal, cells, at, sheet: ws.name };
}

/** A planned or done date as words the milestone reader takes back. */
function dateWords(v: CellRead): string {
  if (v instanceof Date) return formatChineseDate(v.toISOString().slice(0, 10), true);
  return text(v);
}
