import dayjs, { type Dayjs } from 'dayjs';
import type { Cadence, ItemSource, Priority, ResponsibilityRole } from '../../../core/enums.js';
import type { ItemInput, ItemOut } from '../../backend/types.js';

/** The item form's values as antd holds them (dates as Dayjs, numbers possibly empty). */
export interface ItemFormValues {
  ledgerId?: string;
  title?: string;
  source?: ItemSource;
  sourceRef?: string;
  goal?: string;
  priority?: Priority;
  cadence?: Cadence;
  startDate?: Dayjs | null;
  dueDate?: Dayjs | null;
  parentId?: string | null;
  targets?: {
    id?: string;
    name?: string;
    unit?: string;
    targetValue?: number | null;
    baselineValue?: number | null;
  }[];
  responsibilities?: {
    id?: string;
    unitId?: string;
    role?: ResponsibilityRole;
    leaderId?: string | null;
    deputyId?: string | null;
    responsibleId?: string | null;
  }[];
  milestones?: { id?: string; title?: string; plannedDate?: Dayjs | null; doneDate?: Dayjs | null }[];
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

export function emptyValues(prefill: { ledgerId?: string; parentId?: string }): ItemFormValues {
  return {
    ledgerId: prefill.ledgerId,
    parentId: prefill.parentId ?? null,
    source: 'meeting',
    priority: 'normal',
    cadence: 'monthly',
    startDate: dayjs(),
    dueDate: null,
    goal: '',
    targets: [],
    responsibilities: [{ role: 'lead' }],
    milestones: [],
  };
}

export function toFormValues(item: ItemOut): ItemFormValues {
  return {
    ledgerId: item.ledgerId,
    title: item.title,
    source: item.source,
    sourceRef: item.sourceRef ?? '',
    goal: item.goal,
    priority: item.priority,
    cadence: item.cadence,
    startDate: dayjs(item.startDate),
    dueDate: dayjs(item.dueDate),
    parentId: item.parentId,
    targets: item.targets.map((x) => ({
      id: x.id,
      name: x.name,
      unit: x.unit,
      targetValue: x.targetValue,
      baselineValue: x.baselineValue,
    })),
    responsibilities: item.responsibilities.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      role: r.role,
      leaderId: r.leaderId,
      deputyId: r.deputyId,
      responsibleId: r.responsibleId,
    })),
    milestones: [...item.milestones]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((m) => ({
        id: m.id,
        title: m.title,
        plannedDate: dayjs(m.plannedDate),
        doneDate: m.doneDate ? dayjs(m.doneDate) : null,
      })),
  };
}

/**
 * The API input for the form's values. Missing values stay `undefined` so that
 * the schema reports them as required on the right field.
 */
export function toInput(v: ItemFormValues): Record<keyof ItemInput, unknown> {
  return {
    ledgerId: v.ledgerId,
    title: v.title ?? '',
    source: v.source,
    sourceRef: v.sourceRef?.trim() || null,
    goal: v.goal ?? '',
    priority: v.priority,
    cadence: v.cadence,
    startDate: day(v.startDate),
    dueDate: day(v.dueDate),
    parentId: v.parentId ?? null,
    targets: (v.targets ?? []).map((x) => ({
      ...(x.id ? { id: x.id } : {}),
      name: x.name ?? '',
      unit: x.unit ?? '',
      targetValue: x.targetValue ?? undefined,
      baselineValue: x.baselineValue ?? 0,
    })),
    responsibilities: (v.responsibilities ?? []).map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      unitId: r.unitId,
      role: r.role,
      leaderId: r.leaderId ?? null,
      deputyId: r.deputyId ?? null,
      responsibleId: r.responsibleId ?? null,
    })),
    milestones: (v.milestones ?? []).map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      title: m.title ?? '',
      plannedDate: day(m.plannedDate),
      doneDate: day(m.doneDate) ?? null,
    })),
  };
}

/** Fields the server refuses to change after assignment (core_locked) — the task book, dates and responsibilities. */
export const CORE_FIELDS = [
  'goal',
  'targets',
  'startDate',
  'dueDate',
  'responsibilities',
  'ledgerId',
  'parentId',
] as const;

/** Only the fields that differ from the stored item, so a locked core is never re-sent unchanged. */
export function changedFields(
  next: Record<string, unknown>,
  before: Record<string, unknown>,
  locked: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (locked && (CORE_FIELDS as readonly string[]).includes(key)) continue;
    if (JSON.stringify(value) !== JSON.stringify(before[key])) out[key] = value;
  }
  return out;
}
