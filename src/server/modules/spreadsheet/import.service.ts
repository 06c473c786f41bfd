import { createHash } from 'node:crypto';
import type {
  ImportAction,
  ImportPreview,
  ImportProblem,
  ImportResult,
} from '../../../core/schemas/import.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { FieldValues } from '../../../core/schemas/template.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { AppError } from '../../errors.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { createItem, getItem, updateItem } from '../item/item.service.js';
import { ledgerRefusal } from '../ledger/ledger.policy.js';
import { getLedger } from '../ledger/ledger.service.js';
import { loadFieldValues } from '../template/template.repo.js';
import { setFieldValues, templateOf } from '../template/template.service.js';
import { presentFieldValues } from '../template/template.values.js';
import { loadDirectory } from './import.directory.js';
import { type InterpretedRow, interpretRow, type RowProblem } from './import.interpret.js';
import { codesOf, findItemsByCode } from './import.repo.js';
import { columnLetter, parseLedgerWorkbook } from './sheet.import.parse.js';
import { checkXlsxZip } from './zip-guard.js';

/** Uploads above this are refused before they are read (offices' ledgers are well under 1 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const fileHash = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');

const badFile = (zh: string, en: string) => new AppError('bad_file', [{ field: 'file', zh, en }]);

/** The parent a row names: an item of the ledger, another row of the file (by its code), none, or as it is. */
type ParentRef = { id: string } | { fileCode: string } | null | undefined;

interface Planned extends InterpretedRow {
  action: ImportAction;
  existing: { id: string; version: number } | null;
  parent: ParentRef;
}

interface Plan {
  preview: ImportPreview;
  rows: Planned[];
}

/**
 * Reads a ledger spreadsheet and says, row by row, what importing it would
 * create, update or leave, and every problem at its cell. Writes nothing.
 */
export async function previewImport(ctx: Ctx, ledgerId: string, buf: Buffer): Promise<ImportPreview> {
  return (await planImport(ctx, ledgerId, buf)).preview;
}

async function planImport(ctx: Ctx, ledgerId: string, buf: Buffer): Promise<Plan> {
  authorize(ctx, 'item.manage');
  const refusal = ledgerRefusal(ctx.user, 'change', ledgerId);
  if (refusal) throw new AppError(refusal);
  const ledger = await getLedger(ctx, ledgerId);
  if (buf.length > MAX_IMPORT_BYTES) throw badFile('文件超过10MB', 'the file is larger than 10 MB');
  const zip = await checkXlsxZip(buf);
  if (!zip.ok)
    throw zip.reason === 'too_large'
      ? badFile('文件解压后过大，拒绝读取', 'the file unpacks to too much data')
      : zip.reason === 'corrupt'
        ? badFile('文件已损坏', 'the file is damaged')
        : badFile('不是 Excel 工作簿（.xlsx）', 'not an Excel workbook (.xlsx)');
  const template = await templateOf(ctx, ledgerId);
  let sheet: Awaited<ReturnType<typeof parseLedgerWorkbook>>;
  try {
    sheet = await parseLedgerWorkbook(buf, template);
  } catch {
    throw badFile('文件无法作为 Excel 工作簿读取', 'the file cannot be read as an Excel workbook');
  }
  if (!sheet)
    throw badFile(
      '没有找到台账表头：表头应含“事项名称”（或“重点工作事项”）和“牵头单位”等列',
      'no ledger header found: it should name the item title and lead unit columns',
    );
  const directory = await loadDirectory(ctx);
  const today = todayOf(ctx);
  const interpreted = sheet.rows
    .map((r) => interpretRow(r, sheet.columns, { ledgerId, year: ledger.year, template, directory, today }))
    .filter((r): r is InterpretedRow => r !== null);
  const codes = [
    ...new Set(interpreted.flatMap((r) => [r.code, r.parentCode].filter((c): c is string => !!c))),
  ];
  const existing = new Map((await findItemsByCode(ctx, ledgerId, codes)).map((i) => [i.code, i]));
  const hasParentColumn = sheet.columns.some((c) => c.spec.kind === 'parent');
  const parentColumn = sheet.columns.find((c) => c.spec.kind === 'parent')?.header ?? null;
  const codeColumn = sheet.columns.find((c) => c.spec.kind === 'code')?.header ?? null;
  const inFile = new Map<string, InterpretedRow>();
  for (const r of interpreted) if (r.code && !r.skipped && !inFile.has(r.code)) inFile.set(r.code, r);
  const where = (r: InterpretedRow) => (r.sheet ? `工作表“${r.sheet}”` : `第${r.row}行`);
  const whereEn = (r: InterpretedRow) => (r.sheet ? `sheet “${r.sheet}”` : `row ${r.row}`);
  const seen = new Map<string, InterpretedRow>();
  const rows: Planned[] = [];
  for (const r of interpreted) {
    const planned: Planned = { ...r, action: 'error', existing: null, parent: undefined };
    if (r.skipped) planned.action = 'skipped';
    if (r.code && !r.skipped) {
      const first = seen.get(r.code);
      if (first !== undefined)
        r.errors.push({
          cell: r.codeCell,
          column: codeColumn,
          zh: `编号${r.code}与${where(first)}重复`,
          en: `code ${r.code} repeats ${whereEn(first)}`,
        });
      else seen.set(r.code, r);
    }
    if (!r.skipped && hasParentColumn) planned.parent = resolveParent(r, inFile, existing, parentColumn);
    const found = r.code ? existing.get(r.code) : undefined;
    if (!r.skipped && r.errors.length === 0 && r.input) {
      if (!found) planned.action = 'create';
      else {
        planned.existing = { id: found.id, version: found.version };
        const current = await getItem(ctx, found.id);
        const values = await loadFieldValues(ctx, [found.id]);
        const currentParent = current.parentId
          ? ((await codesOf(ctx, [current.parentId])).get(current.parentId) ?? null)
          : null;
        const same =
          signature(current, presentFieldValues(template.fields, values.get(found.id)), currentParent) ===
          signature(r.input, r.fieldValues, hasParentColumn ? r.parentCode : currentParent);
        if (same) planned.action = 'unchanged';
        else if (found.status !== 'draft') {
          r.errors.push({
            cell: r.codeCell,
            column: codeColumn,
            zh: `事项${r.code}已交办，其内容须经调整申请修改，不能通过导入修改`,
            en: `item ${r.code} is assigned: change it through an adjustment request, not an import`,
          });
          planned.action = 'error';
        } else planned.action = 'update';
      }
    }
    if (r.errors.length) planned.action = 'error';
    if (r.code && !found && planned.action === 'create')
      r.warnings.push({
        cell: r.codeCell,
        column: codeColumn,
        zh: `本台账没有编号${r.code}的事项，将新建并由系统编号`,
        en: `no item ${r.code} in this ledger: created with a new code`,
      });
    rows.push(planned);
  }
  const word = (p: RowProblem): ImportProblem => ({
    cell: p.cell,
    column: p.column,
    message: ctx.lang === 'en' ? p.en : p.zh,
    ...(p.suggestions ? { suggestions: p.suggestions } : {}),
  });
  const counts = { create: 0, update: 0, unchanged: 0, error: 0, skipped: 0 };
  for (const r of rows) counts[r.action]++;
  return {
    rows,
    preview: {
      fileHash: fileHash(buf),
      ledgerId,
      layout: sheet.layout,
      sheetName: sheet.sheetName,
      columns: sheet.columns.map((c) => ({
        column: sheet.layout === 'rows' ? columnLetter(c.col) : '',
        header: c.header,
        kind: c.spec.kind,
      })),
      otherSheets: sheet.otherSheets,
      rows: rows.map((r) => ({
        row: r.row,
        ...(r.sheet ? { sheet: r.sheet } : {}),
        action: r.action,
        code: r.code,
        title: r.title,
        errors: r.errors.map(word),
        warnings: r.warnings.map(word),
      })),
      counts,
    },
  };
}

const isFileRef = (ref: ParentRef) => !!ref && 'fileCode' in ref;

/**
 * The parent a row names in its 上级事项编号 cell: another row of the file
 * or an item of the ledger, itself no sub-item (decomposition is one level).
 * Problems go on the row with the parent cell.
 */
function resolveParent(
  r: InterpretedRow,
  inFile: Map<string, InterpretedRow>,
  existing: Map<string, { id: string; parent_id: string | null }>,
  column: string | null,
): ParentRef {
  const code = r.parentCode;
  if (!code) return null;
  const fail = (zh: string, en: string) => {
    r.errors.push({ cell: r.parentCell, column, zh, en });
    return undefined;
  };
  if (code === r.code) return fail('事项不能以自身为上级事项', 'an item cannot be its own parent');
  const row = inFile.get(code);
  if (row) {
    if (row.parentCode)
      return fail(
        `上级事项${code}本身是子事项：只能分解一级`,
        `parent ${code} is itself a sub-item: one level only`,
      );
    return { fileCode: code };
  }
  const item = existing.get(code);
  if (item) {
    if (item.parent_id)
      return fail(
        `上级事项${code}本身是子事项：只能分解一级`,
        `parent ${code} is itself a sub-item: one level only`,
      );
    return { id: item.id };
  }
  return fail(
    `上级事项编号${code}在本文件和本台账中都没有`,
    `no item ${code} in this file or this ledger to be the parent`,
  );
}

/** What an import compares to tell an update from an unchanged row. */
function signature(
  item: Pick<
    ItemOut,
    'title' | 'source' | 'sourceRef' | 'goal' | 'priority' | 'startDate' | 'dueDate' | 'cadence'
  > & {
    targets: { name: string; unit: string; targetValue: number }[];
    responsibilities: {
      unitId: string;
      role: string;
      leaderId?: string | null;
      deputyId?: string | null;
      responsibleId?: string | null;
    }[];
    milestones: { title: string; plannedDate: string; doneDate?: string | null }[];
  },
  fields: FieldValues,
  parentCode: string | null,
): string {
  const sorted = <T>(list: T[], key: (t: T) => string) =>
    [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return JSON.stringify([
    item.title,
    item.source,
    item.sourceRef ?? null,
    item.goal ?? '',
    item.priority,
    item.startDate,
    item.dueDate,
    item.cadence,
    sorted(
      item.targets.map((t) => [t.name, t.unit, t.targetValue]),
      (t) => String(t[0]),
    ),
    sorted(
      item.responsibilities.map((r) => [
        r.unitId,
        r.role,
        r.leaderId ?? null,
        r.deputyId ?? null,
        r.responsibleId ?? null,
      ]),
      (r) => `${r[1]}${r[0]}`,
    ),
    sorted(
      item.milestones.map((m) => [m.title, m.plannedDate, m.doneDate ?? null]),
      (m) => `${m[1]}${m[0]}`,
    ),
    sorted(Object.entries(fields), (e) => e[0]),
    parentCode,
  ]);
}

/**
 * Imports the file: everything in one transaction or nothing. A file with any
 * error row is refused whole; new items start as drafts.
 */
export async function applyImport(
  ctx: Ctx,
  ledgerId: string,
  buf: Buffer,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const { preview, rows } = await planImport(ctx, ledgerId, buf);
  if (preview.counts.error > 0)
    throw new AppError(
      'rule_violation',
      rows
        .filter((r) => r.action === 'error')
        .slice(0, 20)
        .flatMap((r) => r.errors.map((e) => ({ field: e.cell ?? `row ${r.row}`, zh: e.zh, en: e.en }))),
    );
  // Parents first: a sub-item names a row of the file by its code, whatever the order in the file.
  const todo = rows
    .filter((r) => r.action === 'create' || r.action === 'update')
    .sort((a, b) => Number(isFileRef(a.parent)) - Number(isFileRef(b.parent)));
  return inTransaction(ctx, async (tx) => {
    const itemIds: string[] = [];
    // The file's codes → the items they are now (existing, or just created under a new code).
    const idOfCode = new Map<string, string>();
    for (const r of rows) if (r.code && r.existing) idOfCode.set(r.code, r.existing.id);
    const parentId = (ref: ParentRef): string | null | undefined =>
      ref === undefined || ref === null ? ref : 'id' in ref ? ref.id : idOfCode.get(ref.fileCode);
    let done = 0;
    for (const r of todo) {
      const input = r.input as NonNullable<typeof r.input>;
      const parent = parentId(r.parent);
      const item =
        r.action === 'create' || !r.existing
          ? await createItem(tx, { ...input, parentId: parent ?? null })
          : await updateItem(tx, r.existing.id, {
              ...input,
              // Without a parent column the file says nothing about parents: they stay as they are.
              parentId: parent === undefined ? undefined : parent,
              version: r.existing.version,
            });
      if (r.code) idOfCode.set(r.code, item.id);
      if (Object.keys(r.fieldValues).length || r.action === 'update')
        await setFieldValues(tx, item.id, r.fieldValues);
      itemIds.push(item.id);
      if (++done % 100 === 0) onProgress?.(done, todo.length);
    }
    onProgress?.(done, todo.length);
    const result = {
      created: preview.counts.create,
      updated: preview.counts.update,
      unchanged: preview.counts.unchanged,
      itemIds,
    };
    await appendAudit(tx, {
      action: 'ledger.import',
      entity: 'ledger',
      entityId: ledgerId,
      outcome: 'success',
      after: { fileHash: preview.fileHash, sheet: preview.sheetName, ...result, itemIds: undefined },
    });
    return result;
  });
}
