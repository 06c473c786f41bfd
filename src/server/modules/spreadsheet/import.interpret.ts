import type { z } from 'zod';
import { readDateCell } from '../../../core/date-words.js';
import type { Cadence, ItemSource, Priority } from '../../../core/enums.js';
import { CADENCE_LABELS, PRIORITY_LABELS, SOURCE_LABELS } from '../../../core/labels.js';
import { ItemInput } from '../../../core/schemas/item.js';
import type { FieldValues, TemplateOut } from '../../../core/schemas/template.js';
import { fieldText } from '../template/template.values.js';
import type { Directory } from './import.directory.js';
import { readMilestoneDate, readMilestoneLines, splitNames } from './sheet.cells.js';
import { type CellRead, cellOf, type SheetColumn, type SheetRow } from './sheet.import.parse.js';

/** Something wrong with a row, pointing at its cell (`G7`) and column. */
export interface RowProblem {
  cell: string | null;
  column: string | null;
  zh: string;
  en: string;
  /** "Did you mean": unit names from the directory. */
  suggestions?: string[];
}

export interface InterpretedRow {
  row: number;
  /** 一事一表: the sheet the item came from. */
  sheet?: string;
  code: string | null;
  /** The parent's code (上级事项编号): in the same file or already in the ledger. */
  parentCode: string | null;
  /** The cell of the parent code, for problems found once the whole file is read. */
  parentCell: RowProblem['cell'];
  codeCell: RowProblem['cell'];
  title: string | null;
  /** The item to create or update; null when the row has errors or is skipped. */
  input: z.output<typeof ItemInput> | null;
  fieldValues: FieldValues;
  errors: RowProblem[];
  warnings: RowProblem[];
  /** Rows that are no item: blank, a section heading (一、城建类), a total (合计). */
  skipped: 'heading' | 'total' | null;
}

function fromLabel<K extends string>(table: Record<K, { zh: string; en: string }>, text: string): K | null {
  const t = text.trim();
  for (const [k, v] of Object.entries(table) as [K, { zh: string; en: string }][])
    if (v.zh === t || v.en.toLowerCase() === t.toLowerCase() || k === t) return k;
  return null;
}

const SOURCE_WORDS: [RegExp, ItemSource][] = [
  [/会议|纪要|常务会/, 'meeting'],
  [/批示|领导交办|指示/, 'instruction'],
  [/文件|方案|意见|通知/, 'document'],
  [/上级|省|市委|市政府|交办/, 'upper'],
];

/** Turns one sheet row into an item input, collecting every problem with its cell. */
export function interpretRow(
  sheetRow: SheetRow,
  columns: SheetColumn[],
  ctx: { ledgerId: string; year: number; template: TemplateOut; directory: Directory; today: string },
): InterpretedRow | null {
  const errors: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const at = (c: SheetColumn) => cellOf(sheetRow, c.col);
  const problem = (c: SheetColumn | null, zh: string, en: string, suggestions?: string[]): RowProblem => ({
    cell: c ? at(c) : null,
    column: c?.header ?? null,
    zh,
    en,
    ...(suggestions ? { suggestions } : {}),
  });
  const col = (kind: string) => columns.find((c) => c.spec.kind === kind) ?? null;
  const value = (c: SheetColumn | null): CellRead => (c ? (sheetRow.cells.get(c.col) ?? null) : null);
  const str = (c: SheetColumn | null) => {
    const v = value(c);
    if (v === null) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v).trim();
  };
  const mapped = columns.filter((c) => sheetRow.cells.has(c.col));
  if (sheetRow.cells.size === 0) return null;
  const titleCol = col('title');
  const title = str(titleCol);
  const parentCol = col('parent');
  const codeCol = col('code');
  const base = {
    row: sheetRow.row,
    ...(sheetRow.sheet ? { sheet: sheetRow.sheet } : {}),
    code: str(codeCol) || null,
    parentCode: str(parentCol) || null,
    parentCell: parentCol ? at(parentCol) : null,
    codeCell: codeCol ? at(codeCol) : null,
    title: title || null,
    fieldValues: {},
  };
  if (/^(合计|小计|总计)$/.test(title.replace(/\s/g, '')))
    return { ...base, input: null, errors, warnings, skipped: 'total' };
  // One filled cell and no title: a section heading such as 一、城建类 (often merged across the row).
  if (!title && (sheetRow.cells.size === 1 || mapped.length <= 1))
    return { ...base, input: null, errors, warnings, skipped: 'heading' };
  if (!title) errors.push(problem(titleCol, '缺少事项名称', 'the item has no title'));

  const date = (kind: 'start' | 'due') => {
    const c = col(kind);
    const v = value(c);
    if (v === null) return null;
    const d = readDateCell(v, ctx.year);
    if (!d.ok) {
      errors.push(problem(c, `日期有误：${d.reason}`, `bad date: ${String(v)}`));
      return null;
    }
    return d.date;
  };
  const dueDate = date('due');
  if (!dueDate && value(col('due')) === null)
    errors.push(problem(col('due'), '缺少时限', 'the due date is missing'));
  let startDate = date('start');
  if (!startDate && value(col('start')) === null && dueDate) {
    // Offices' ledgers often give only the deadline: the work starts with the ledger's year.
    startDate = `${ctx.year}-01-01` < dueDate ? `${ctx.year}-01-01` : dueDate;
    if (col('start'))
      warnings.push(problem(col('start'), '未填开始日期，按年初计', 'no start date: the start of the year'));
  }

  // 责任分工: the first unit of 牵头单位 leads, any others undertake (承办); 配合单位 cooperate.
  const unitsOf = (c: SheetColumn | null) => {
    const ids: { id: string; name: string }[] = [];
    for (const name of splitNames(str(c))) {
      const u = ctx.directory.unit(name);
      if (u) ids.push(u);
      else {
        const s = ctx.directory.suggestUnits(name);
        errors.push(
          problem(
            c,
            `单位目录中没有“${name}”${s.length ? `，是否为：${s.join('、')}` : ''}`,
            `no unit “${name}” in the directory${s.length ? `; did you mean ${s.join(', ')}` : ''}`,
            s,
          ),
        );
      }
    }
    return ids;
  };
  const leadCol = col('lead');
  const leads = unitsOf(leadCol);
  if (!str(leadCol)) errors.push(problem(leadCol, '缺少牵头单位', 'the lead unit is missing'));
  const coops = unitsOf(col('coop'));
  const leadId = leads[0]?.id ?? null;
  const personIn = (kind: 'leader' | 'deputy' | 'responsible') => {
    const c = col(kind);
    const name = str(c);
    if (!name) return null;
    const p = ctx.directory.person(name, leadId);
    if (p === null)
      warnings.push(problem(c, `人员名单中没有“${name}”，导入后留空`, `no person “${name}”; left empty`));
    if (p === 'ambiguous')
      warnings.push(
        problem(c, `有多人名为“${name}”，导入后留空`, `several people are named “${name}”; left empty`),
      );
    return p && p !== 'ambiguous' ? p.id : null;
  };
  const chain = {
    leaderId: personIn('leader'),
    deputyId: personIn('deputy'),
    responsibleId: personIn('responsible'),
  };
  const responsibilities = [
    ...leads.map((u, i) => ({
      unitId: u.id,
      role: i === 0 ? ('lead' as const) : ('undertaking' as const),
      ...(i === 0 ? chain : {}),
    })),
    ...coops
      .filter((u) => !leads.some((l) => l.id === u.id))
      .map((u) => ({ unitId: u.id, role: 'cooperating' as const })),
  ];

  const labelled = <K extends string>(
    kind: string,
    table: Record<K, { zh: string; en: string }>,
    fallback: K,
    words?: [RegExp, K][],
  ): K => {
    const c = col(kind);
    const t = str(c);
    if (!t) return fallback;
    const k = fromLabel(table, t) ?? words?.find(([re]) => re.test(t))?.[1] ?? null;
    if (k) return k;
    const choices = Object.values<{ zh: string }>(table).map((v) => v.zh);
    errors.push(
      problem(c, `“${t}”不是可选值（${choices.join('、')}）`, `“${t}” is not one of ${choices.join(', ')}`),
    );
    return fallback;
  };
  const source = labelled<ItemSource>('source', SOURCE_LABELS, 'other', SOURCE_WORDS);
  const priority = labelled<Priority>('priority', PRIORITY_LABELS, 'normal');
  const cadence = labelled<Cadence>('cadence', CADENCE_LABELS, 'monthly');

  const milestones: { title: string; plannedDate: string; doneDate: string | null }[] = [];
  for (const c of columns) {
    const v = value(c);
    if (v === null) continue;
    if (c.spec.kind === 'milestone') {
      const m = readMilestoneDate(v, ctx.year);
      if (m.ok) milestones.push({ title: c.spec.title, plannedDate: m.plannedDate, doneDate: m.doneDate });
      else errors.push(problem(c, `节点日期有误：${m.reason}`, `bad milestone date: ${String(v)}`));
    } else if (c.spec.kind === 'milestones') {
      const read = readMilestoneLines(String(v), ctx.year);
      milestones.push(...read.milestones);
      for (const p of read.problems) errors.push(problem(c, p, 'a roadmap line is not “milestone: date”'));
    }
  }
  milestones.sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : 0));

  const targets: { name: string; unit: string; targetValue: number }[] = [];
  const fieldValues: FieldValues = {};
  for (const c of columns) {
    const spec = c.spec;
    const v = value(c);
    if (v === null) continue;
    if (spec.kind === 'kpi') {
      const n = typeof v === 'number' ? v : Number(String(v).replace(/[,，\s]/g, ''));
      if (Number.isFinite(n) && !(v instanceof Date))
        targets.push({ name: spec.name, unit: spec.unit || '项', targetValue: n });
      else errors.push(problem(c, '量化指标应为数字', 'a target must be a number'));
    } else if (spec.kind === 'field') {
      const field = ctx.template.fields.find((f) => f.key === spec.key);
      if (!field) continue;
      const t = fieldText(field, v, ctx.year);
      if (t.ok) fieldValues[field.key] = field.type === 'number' ? Number(t.value) : t.value;
      else errors.push(problem(c, `${field.label}：${t.zh}`, `${field.label}: ${t.en}`));
    }
  }

  for (const field of ctx.template.fields)
    if (field.required && fieldValues[field.key] === undefined) {
      const c = columns.find((x) => x.spec.kind === 'field' && x.spec.key === field.key) ?? null;
      errors.push(problem(c, `${field.label}：必填`, `${field.label}: required`));
    }

  const candidate = {
    ledgerId: ctx.ledgerId,
    title,
    source,
    sourceRef: str(col('sourceRef')) || null,
    goal: str(col('goal')),
    targets,
    priority,
    startDate: startDate ?? '',
    dueDate: dueDate ?? '',
    cadence,
    responsibilities,
    milestones,
  };
  if (errors.length === 0) {
    if (candidate.dueDate < candidate.startDate)
      errors.push(problem(col('due'), '时限早于开始日期', 'the due date is before the start date'));
    milestones.forEach((m) => {
      if (m.doneDate && m.doneDate > ctx.today)
        errors.push(
          problem(
            col('milestones'),
            `节点“${m.title}”的完成日期晚于今天`,
            `milestone “${m.title}” is done in the future`,
          ),
        );
      if (m.plannedDate < candidate.startDate || m.plannedDate > candidate.dueDate)
        errors.push(
          problem(
            col('milestones') ?? col('due'),
            `节点“${m.title}”的日期不在开始日期与时限之间`,
            `milestone “${m.title}” is not between the start and due dates`,
          ),
        );
    });
    const parsed = ItemInput.safeParse(candidate);
    if (parsed.success && errors.length === 0)
      return { ...base, input: parsed.data, fieldValues, errors, warnings, skipped: null };
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const kind = String(issue.path[0] ?? '');
        const c = col(
          kind === 'sourceRef' ? 'sourceRef' : kind === 'goal' ? 'goal' : kind === 'title' ? 'title' : kind,
        );
        errors.push(
          problem(
            c,
            `内容不合要求：${issue.path.join('.')}（${issue.message}）`,
            `${issue.path.join('.')}: ${issue.message}`,
          ),
        );
      }
  }
  return {
    ...base,
    input: null,
    fieldValues,
    errors,
    warnings,
    skipped: null,
  };
}
