import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatChineseDate } from '../../../core/dates.js';
import type { Light } from '../../../core/enums.js';
import { CADENCE_LABELS, PRIORITY_LABELS, SOURCE_LABELS, STATUS_LABELS } from '../../../core/labels.js';
import type { ItemOut, ItemQuery } from '../../../core/schemas/item.js';
import type { TemplateOut } from '../../../core/schemas/template.js';
import { type Ctx, todayOf } from '../../context.js';
import { AppError } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { listItemsFrom } from '../item/item.service.js';
import { getLedger } from '../ledger/ledger.service.js';
import { loadFieldValues } from '../template/template.repo.js';
import { templateOf } from '../template/template.service.js';
import { presentFieldValues } from '../template/template.values.js';
import { codesOf } from './import.repo.js';
import {
  CHINESE_DATE_FORMAT,
  dateCell,
  milestoneDateText,
  milestoneLine,
  neutralizeFormula,
  rowHeightFor,
} from './sheet.cells.js';
import { type Column, ledgerColumns } from './sheet.layout.js';

export type ExportLayout = 'rows' | 'perItem';

export interface ExportOptions {
  /** One row per item (the ledger) or one sheet per item (一事一表). */
  layout: ExportLayout;
  /** Called after each page of items is written. */
  onProgress?: (done: number, total: number) => void;
}

/** Items read per page: bounded memory whatever the size of the ledger. */
const PAGE = 500;
/** One sheet per item is for printing a handful of items, not a whole district. */
export const MAX_PER_ITEM_SHEETS = 1000;

const LIGHT_FILL: Record<Light, string> = { red: 'FFFF4D4F', yellow: 'FFFADB14', green: 'FF52C41A' };
const LIGHT_WORD: Record<Light, string> = { red: '红', yellow: '黄', green: '绿' };
const THIN = { style: 'thin' as const, color: { argb: 'FF595959' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const BODY_FONT = { name: '宋体', size: 11 };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };

interface Sheetable {
  title: string;
  template: TemplateOut;
  asOf: string;
}

export interface PreparedExport {
  /** How many items the export holds. */
  total: number;
  /** A file name for the download, e.g. `2026年安置房建设工作台账.xlsx`. */
  filename: string;
  /** Streams the workbook to `out`. */
  writeTo(out: Writable): Promise<{ rows: number }>;
}

/**
 * Checks and counts an export of the items matching `query` (the user's scope
 * and filters, as the list shows them) before any byte is written, so that a
 * refusal is an ordinary error; `writeTo` then writes the .xlsx page by page
 * through a streaming workbook writer: memory stays bounded by a page, not by
 * the ledger.
 */
export async function prepareLedgerExport(
  ctx: Ctx,
  query: ItemQuery,
  opts: ExportOptions,
): Promise<PreparedExport> {
  authorize(ctx, 'item.read');
  const asOf = query.asOf ?? todayOf(ctx);
  const ledger = query.ledgerId ? await getLedger(ctx, query.ledgerId) : null;
  const template = ledger
    ? await templateOf(ctx, ledger.id)
    : { ledgerId: '', fields: [], milestones: [], kpis: [], retired: [], version: 0 };
  const title = ledger ? `${ledger.year}年${ledger.name}工作台账` : '重点工作督办台账';
  const pageQuery = { ...query, asOf, page: 1, pageSize: PAGE };
  const first = await listItemsFrom(ctx, pageQuery, { offset: 0 }, { exactTotal: true });
  if (opts.layout === 'perItem' && first.total > MAX_PER_ITEM_SHEETS)
    throw new AppError('rule_violation', [
      {
        field: 'layout',
        zh: `一事一表最多导出${MAX_PER_ITEM_SHEETS}项，请先筛选`,
        en: `one sheet per item exports at most ${MAX_PER_ITEM_SHEETS} items; filter first`,
      },
    ]);
  return {
    total: first.total,
    filename: `${title}${opts.layout === 'perItem' ? '（一事一表）' : ''}.xlsx`,
    async writeTo(out) {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: false,
      });
      wb.creator = 'Ducha 督察台账';
      wb.created = ctx.now;
      const sheet: Sheetable = { title, template, asOf };
      const rowsSheet = opts.layout === 'rows' ? startRowsSheet(wb, sheet, first.total) : null;
      let done = 0;
      let page = first;
      for (;;) {
        const [values, parents] = await Promise.all([
          loadFieldValues(
            ctx,
            page.items.map((i) => i.id),
          ),
          codesOf(
            ctx,
            page.items.flatMap((i) => (i.parentId ? [i.parentId] : [])),
          ),
        ]);
        for (const item of page.items) {
          const extra: Extra = {
            fields: presentFieldValues(template.fields, values.get(item.id)),
            parentCode: item.parentId ? (parents.get(item.parentId) ?? null) : null,
          };
          if (rowsSheet) writeItemRow(rowsSheet, item, extra, ++done);
          else writeItemSheet(wb, sheet, item, extra, ++done);
        }
        opts.onProgress?.(done, first.total);
        if (page.items.length < PAGE) break;
        page = await listItemsFrom(ctx, pageQuery, page.next);
      }
      if (rowsSheet) rowsSheet.ws.commit();
      await wb.commit();
      return { rows: done };
    },
  };
}

/** Writes the export to `out` in one call (the command line, tests). */
export async function exportLedger(
  ctx: Ctx,
  query: ItemQuery,
  out: Writable,
  opts: ExportOptions,
): Promise<{ rows: number }> {
  return (await prepareLedgerExport(ctx, query, opts)).writeTo(out);
}

type Ws = ExcelJS.Worksheet;
interface RowsSheet {
  ws: Ws;
  columns: Column[];
}

/** A3 landscape, header rows repeated on each page, 第 N 页 / 共 M 页 in the footer. */
function printSetup(headerRows: number): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 8 as ExcelJS.PaperSize, // A3
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `1:${headerRows}`,
  };
}
const FOOTER = { oddFooter: '&C第 &P 页，共 &N 页' };

function startRowsSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, s: Sheetable, total: number): RowsSheet {
  const columns = ledgerColumns(s.template);
  const headerRows = 4;
  const ws = wb.addWorksheet('台账', {
    pageSetup: printSetup(headerRows),
    headerFooter: FOOTER,
    // Frozen below the headers and right of the item's name: the name stays in sight while scrolling.
    views: [{ state: 'frozen', xSplit: 4, ySplit: headerRows }],
  });
  ws.columns = columns.map((c) => ({ width: c.width }));
  const n = columns.length;
  const title = ws.addRow([s.title]);
  title.height = 36;
  title.getCell(1).font = { name: '方正小标宋简体', size: 20 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.mergeCells(1, 1, 1, n);
  title.commit();
  const sub = ws.addRow([`截至${formatChineseDate(s.asOf, true)}，共${total}项`]);
  sub.getCell(1).font = { ...BODY_FONT, size: 10 };
  sub.getCell(1).alignment = { horizontal: 'right' };
  ws.mergeCells(2, 1, 2, n);
  sub.commit();
  // Two header rows: a group (责任分工, 时间表, 路线图 …) merged over its columns, or the column's own
  // name merged down both rows when it has no group.
  const top = ws.addRow(columns.map((c) => c.group ?? c.header));
  const bottom = ws.addRow(columns.map((c) => (c.group ? c.header : '')));
  for (const row of [top, bottom]) {
    row.height = 22;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { ...BODY_FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    });
  }
  for (let i = 0; i < n; ) {
    const group = columns[i].group;
    let j = i;
    while (group && j + 1 < n && columns[j + 1].group === group) j++;
    if (!group) ws.mergeCells(3, i + 1, 4, i + 1);
    else if (j > i) ws.mergeCells(3, i + 1, 3, j + 1);
    i = j + 1;
  }
  top.commit();
  bottom.commit();
  return { ws, columns };
}

const names = (list: string[]) => list.join('、');

/** What a row needs beside the item: its template-field values and its parent's code. */
interface Extra {
  fields: Record<string, unknown>;
  parentCode: string | null;
}

/** The value of one column for one item, as the cell holds it. */
function cellValue(
  c: Column,
  item: ItemOut,
  { fields, parentCode }: Extra,
  seq: number,
  templateTitles: ReadonlySet<string>,
): ExcelJS.CellValue {
  const lead = item.responsibilities.filter((r) => r.role !== 'cooperating');
  const leadFirst = [...lead].sort((a, b) => (a.role === 'lead' ? -1 : b.role === 'lead' ? 1 : 0));
  const main = leadFirst[0];
  const text = (s: string | null | undefined) => (s ? neutralizeFormula(s) : null);
  const spec = c.spec;
  switch (spec.kind) {
    case 'seq':
      return seq;
    case 'code':
      return item.code;
    case 'parent':
      return parentCode;
    case 'title':
      return text(item.title);
    case 'source':
      return SOURCE_LABELS[item.source].zh;
    case 'sourceRef':
      return text(item.sourceRef);
    case 'goal':
      return text(item.goal);
    case 'kpi':
      return item.targets.find((t) => t.name === spec.name)?.targetValue ?? null;
    case 'lead':
      return names(leadFirst.map((r) => r.unitName));
    case 'coop':
      return (
        names(item.responsibilities.filter((r) => r.role === 'cooperating').map((r) => r.unitName)) || null
      );
    case 'leader':
      return main?.leader?.displayName ?? null;
    case 'deputy':
      return main?.deputy?.displayName ?? null;
    case 'responsible':
      return main?.responsible?.displayName ?? null;
    case 'start':
      return dateCell(item.startDate);
    case 'due':
      return dateCell(item.dueDate);
    case 'milestone': {
      const m = item.milestones.find((x) => x.title === spec.title);
      if (!m) return null;
      return m.doneDate ? milestoneDateText(m) : dateCell(m.plannedDate);
    }
    case 'milestones':
      // The milestones the template has no column for, one per line.
      return (
        item.milestones
          .filter((m) => !templateTitles.has(m.title))
          .map((m) => neutralizeFormula(milestoneLine(m)))
          .join('\n') || null
      );
    case 'field': {
      const v = fields[spec.key];
      if (v === undefined || v === null) return null;
      if (c.date && typeof v === 'string') return dateCell(v);
      return typeof v === 'string' ? neutralizeFormula(v) : (v as number);
    }
    case 'priority':
      return PRIORITY_LABELS[item.priority].zh;
    case 'cadence':
      return CADENCE_LABELS[item.cadence].zh;
    case 'progress':
      return item.progress;
    case 'status':
      return STATUS_LABELS[item.status].zh;
    case 'light':
      return item.light ? LIGHT_WORD[item.light] : null;
  }
}

function writeItemRow(sheet: RowsSheet, item: ItemOut, extra: Extra, seq: number) {
  const { ws, columns } = sheet;
  const templateTitles = new Set(columns.flatMap((c) => (c.spec.kind === 'milestone' ? [c.spec.title] : [])));
  const values = columns.map((c) => cellValue(c, item, extra, seq, templateTitles));
  const row = ws.addRow(values);
  row.height = rowHeightFor(
    values,
    columns.map((c) => c.width),
  );
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.font = BODY_FONT;
    cell.border = BORDER;
    cell.alignment = {
      vertical: 'middle',
      wrapText: true,
      horizontal: c.width <= 10 || c.date ? 'center' : 'left',
    };
    if (c.date) cell.numFmt = CHINESE_DATE_FORMAT;
    if (c.spec.kind === 'light' && item.light)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[item.light] } };
  });
  row.commit();
}

/** 一事一表: one sheet per item, a form of label and value the way an item's file card is printed. */
function writeItemSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  s: Sheetable,
  item: ItemOut,
  extra: Extra,
  seq: number,
) {
  const ws = wb.addWorksheet(`${seq}.${item.code}`.slice(0, 31), {
    pageSetup: { ...printSetup(2), paperSize: 9 as ExcelJS.PaperSize, orientation: 'portrait' },
    headerFooter: FOOTER,
  });
  ws.columns = [{ width: 16 }, { width: 24 }, { width: 16 }, { width: 24 }];
  const title = ws.addRow([`${s.title}（一事一表）`]);
  title.getCell(1).font = { name: '方正小标宋简体', size: 16 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 30;
  ws.mergeCells(1, 1, 1, 4);
  title.commit();
  const lines: [string, ExcelJS.CellValue, boolean?][] = [];
  for (const c of ledgerColumns(s.template)) {
    if (c.spec.kind === 'seq' || c.spec.kind === 'milestone' || c.spec.kind === 'milestones') continue;
    lines.push([
      c.group && c.group !== '台账信息' ? `${c.group}·${c.header}` : c.header,
      cellValue(c, item, extra, seq, new Set()),
      c.date,
    ]);
  }
  for (const [label, value, isDate] of lines) {
    const row = ws.addRow([label, value]);
    ws.mergeCells(row.number, 2, row.number, 4);
    styleFormRow(row, isDate);
    if (label === '亮灯' && item.light)
      row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LIGHT_FILL[item.light] } };
    row.commit();
  }
  const head = ws.addRow(['路线图', '节点', '计划完成', '实际完成']);
  styleFormRow(head, false, true);
  head.commit();
  for (const m of item.milestones) {
    const row = ws.addRow([
      '',
      neutralizeFormula(m.title),
      dateCell(m.plannedDate),
      m.doneDate ? dateCell(m.doneDate) : null,
    ]);
    styleFormRow(row, false);
    row.getCell(3).numFmt = CHINESE_DATE_FORMAT;
    row.getCell(4).numFmt = CHINESE_DATE_FORMAT;
    row.commit();
  }
  ws.commit();
}

function styleFormRow(row: ExcelJS.Row, isDate?: boolean, header = false) {
  for (let i = 1; i <= 4; i++) {
    const cell = row.getCell(i);
    cell.font = { ...BODY_FONT, bold: header || i === 1 };
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: i === 1 ? 'center' : 'left' };
    if (i === 1) cell.fill = HEADER_FILL;
  }
  if (isDate) row.getCell(2).numFmt = CHINESE_DATE_FORMAT;
}
