import type { ItemStatus } from '../../../core/enums.js';
import { explainLight, explainText, isLit, lightAt } from '../../../core/light.js';
import type { ItemOut, MilestoneOut, ResponsibilityOut, TargetOut } from '../../../core/schemas/item.js';
import type { ItemAction } from '../../../core/status.js';
import type { Ctx } from '../../context.js';
import type { ItemsTable } from '../../db/schema.js';
import type { RuleSettings } from '../settings/settings.service.js';
import type { ItemParts } from './item.repo.js';

type Row = ItemsTable & { ledger_name: string; child_count: number | string | null };

function person(id: string | null, name: string | null, title: string | null) {
  return id && name ? { id, displayName: name, title } : null;
}

export function groupParts(parts: ItemParts) {
  const by = <T extends { item_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.item_id, [...(m.get(r.item_id) ?? []), r]);
    return m;
  };
  return {
    targets: by(parts.targets),
    responsibilities: by(parts.responsibilities),
    milestones: by(parts.milestones),
  };
}

export function toItemOut(
  ctx: Ctx,
  row: Row,
  parts: ReturnType<typeof groupParts>,
  rules: RuleSettings,
  asOf: string,
  actions: ItemAction[],
): ItemOut {
  const status = row.status as ItemStatus;
  const milestones: MilestoneOut[] = (parts.milestones.get(row.id) ?? []).map((m) => ({
    id: m.id,
    title: m.title,
    plannedDate: m.planned_date,
    doneDate: m.done_date,
    sortOrder: m.sort_order,
  }));
  const targets: TargetOut[] = (parts.targets.get(row.id) ?? []).map((t) => ({
    id: t.id,
    name: t.name,
    unit: t.unit,
    targetValue: Number(t.target_value),
    baselineValue: Number(t.baseline_value),
    currentValue: t.current_value === null ? null : Number(t.current_value),
  }));
  const responsibilities: ResponsibilityOut[] = (parts.responsibilities.get(row.id) ?? []).map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    role: r.role as ResponsibilityOut['role'],
    leaderId: r.leader_id,
    deputyId: r.deputy_id,
    responsibleId: r.responsible_id,
    leader: person(r.leader_id, r.leader_name, r.leader_title),
    deputy: person(r.deputy_id, r.deputy_name, r.deputy_title),
    responsible: person(r.responsible_id, r.responsible_name, r.responsible_title),
    acknowledgedAt: r.acknowledged_at,
  }));
  const lit = isLit(status);
  const thresholds =
    lit && row.yellow_from && row.red_from ? { yellowFrom: row.yellow_from, redFrom: row.red_from } : null;
  const reasons = lit
    ? explainLight(
        {
          status,
          dueDate: row.current_due_date,
          openMilestoneDates: milestones.filter((m) => !m.doneDate).map((m) => m.plannedDate),
        },
        asOf,
        rules.light,
        rules.calendar,
      )
    : [];
  return {
    id: row.id,
    code: row.code,
    ledgerId: row.ledger_id,
    ledgerName: row.ledger_name,
    title: row.title,
    source: row.source as ItemOut['source'],
    sourceRef: row.source_ref,
    goal: row.goal,
    priority: row.priority as ItemOut['priority'],
    startDate: row.start_date,
    dueDate: row.due_date,
    currentDueDate: row.current_due_date,
    extensionCount: row.extension_count,
    cadence: row.cadence as ItemOut['cadence'],
    parentId: row.parent_id,
    childCount: Number(row.child_count ?? 0),
    status,
    light: lightAt(thresholds, asOf),
    lightReasons: reasons.map((r) => explainText(r, ctx.lang)),
    asOf,
    progress: row.progress,
    assignedOn: row.assigned_on,
    closedOn: row.closed_on,
    closedOnTime: status === 'completed' && row.closed_on ? row.closed_on <= row.current_due_date : null,
    targets,
    responsibilities,
    milestones,
    actions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
