import { explainLight, explainText, isLit, lightAt, reportDueOn } from '../../../core/light.js';
import type { RequestKind } from '../../../core/requests.js';
import type {
  ItemListOut,
  ItemOut,
  MilestoneOut,
  ResponsibilityOut,
  TargetOut,
} from '../../../core/schemas/item.js';
import { closedOnTime, type ItemAction, judgedDue } from '../../../core/status.js';
import { trajectoryAt, trajectoryNumbers } from '../../../core/trajectory.js';
import type { Ctx } from '../../context.js';
import type { RuleSettings } from '../settings/settings.service.js';
import { lightFactsOf } from './item.derive.js';
import type { ItemState } from './item.state.js';

function person(id: string | null, name: string | null, title: string | null) {
  return id && name ? { id, displayName: name, title } : null;
}

/** The API shape of an item, with its light and the reasons for it as of `asOf`. */
export function toItemOut(
  ctx: Pick<Ctx, 'lang'>,
  state: ItemState,
  rules: RuleSettings,
  asOf: string,
  actions: ItemAction[],
  requestKinds: RequestKind[] = [],
): ItemOut {
  const row = state.item;
  const status = row.status;
  const milestones: MilestoneOut[] = state.milestones.map((m) => ({
    id: m.id,
    title: m.title,
    plannedDate: m.planned_date,
    doneDate: m.done_date,
    doneNote: m.done_note ?? null,
    sortOrder: m.sort_order,
  }));
  const targets: TargetOut[] = state.targets.map((t) => ({
    id: t.id,
    name: t.name,
    unit: t.unit,
    targetValue: Number(t.target_value),
    baselineValue: Number(t.baseline_value),
    currentValue: t.current_value === null ? null : Number(t.current_value),
  }));
  const responsibilities: ResponsibilityOut[] = state.responsibilities.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    role: r.role,
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
  const lightFacts = lightFactsOf(row, state.milestones);
  const titles: Record<string, string> = {};
  for (const m of state.milestones)
    if (!m.done_date)
      titles[m.planned_date] = titles[m.planned_date] ? `${titles[m.planned_date]}、${m.title}` : m.title;
  const reasons = lit ? explainLight(lightFacts, asOf, rules.light, rules.calendar, titles) : [];
  const numbers = lit
    ? trajectoryNumbers(
        {
          startDate: row.start_date,
          dueDate: row.current_due_date,
          targets: targets.map((t) => ({
            targetValue: t.targetValue,
            baselineValue: t.baselineValue,
            currentValue: t.currentValue,
          })),
        },
        asOf,
      )
    : null;
  const trajectory = numbers
    ? trajectoryAt({ behindFrom: row.behind_from, farBehindFrom: row.far_behind_from }, asOf)
    : null;
  return {
    id: row.id,
    code: row.code,
    ledgerId: row.ledger_id,
    ledgerName: state.ledgerName,
    title: row.title,
    source: row.source,
    sourceRef: row.source_ref,
    goal: row.goal,
    priority: row.priority,
    startDate: row.start_date,
    dueDate: row.due_date,
    currentDueDate: row.current_due_date,
    extensionCount: row.extension_count,
    cadence: row.cadence,
    parentId: row.parent_id,
    childCount: state.childCount,
    status,
    light: lightAt(thresholds, asOf),
    lightReasons: reasons.map((r) => explainText(r, ctx.lang)),
    asOf,
    progress: row.progress,
    trajectory,
    trajectoryPlanned: numbers?.planned ?? null,
    trajectoryActual: numbers?.actual ?? null,
    nextReportDue: lit ? reportDueOn(lightFacts, rules.calendar) : null,
    lastReportOn: row.last_report_on,
    assignedOn: row.assigned_on,
    closedOn: row.closed_on,
    closedOnTime: closedOnTime({
      status,
      closedOn: row.closed_on,
      dueDate: row.current_due_date,
      judgedDueDate: row.judged_due_date,
    }),
    judgedDueDate: judgedDue({ dueDate: row.current_due_date, judgedDueDate: row.judged_due_date }),
    closingRating: row.closing_rating,
    closingComment: row.closing_comment,
    judgement:
      row.judgement_level && row.judgement_on
        ? {
            level: row.judgement_level,
            reason: row.judgement_reason ?? '',
            on: row.judgement_on,
            by: row.judgement_by,
          }
        : null,
    targets,
    responsibilities,
    milestones,
    actions,
    requestKinds,
    archivedAt: row.archived_at ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** A list row (`view=list`): the fields a list shows, from the full item so that both always agree. */
export function toItemListOut(o: ItemOut): ItemListOut {
  return {
    id: o.id,
    code: o.code,
    ledgerId: o.ledgerId,
    ledgerName: o.ledgerName,
    title: o.title,
    goal: o.goal,
    priority: o.priority,
    startDate: o.startDate,
    dueDate: o.dueDate,
    currentDueDate: o.currentDueDate,
    extensionCount: o.extensionCount,
    parentId: o.parentId,
    status: o.status,
    light: o.light,
    lightReasons: o.lightReasons,
    asOf: o.asOf,
    progress: o.progress,
    trajectory: o.trajectory,
    lastReportOn: o.lastReportOn,
    closedOn: o.closedOn,
    ...(o.fields ? { fields: o.fields } : {}),
    archivedAt: o.archivedAt,
    updatedAt: o.updatedAt,
    version: o.version,
    targets: o.targets.map((t) => ({
      name: t.name,
      unit: t.unit,
      targetValue: t.targetValue,
      currentValue: t.currentValue,
    })),
    responsibilities: o.responsibilities.map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      role: r.role,
      leader: r.leader,
      deputy: r.deputy,
      responsible: r.responsible,
      acknowledgedAt: r.acknowledgedAt,
    })),
  };
}
