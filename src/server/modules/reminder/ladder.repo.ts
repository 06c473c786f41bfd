import { dateInChina } from '../../../core/dates.js';
import type { LadderItem } from '../../../core/ladder.js';
import { reportDueOn } from '../../../core/light.js';
import type { Ctx } from '../../context.js';
import { lightFactsOf } from '../item/item.derive.js';
import type { RuleSettings } from '../settings/settings.service.js';

/**
 * The facts the ladder judges: every item it chases (assigned or in
 * progress) with its open milestones, responsibility chain, unacknowledged
 * instructions and the day its next report is due — a handful of queries
 * whatever the number of items.
 */
export async function loadLadderItems(ctx: Pick<Ctx, 'db'>, rules: RuleSettings): Promise<LadderItem[]> {
  const items = await ctx.db
    .selectFrom('items')
    .select([
      'id',
      'code',
      'title',
      'ledger_id',
      'status',
      'start_date',
      'current_due_date',
      'assigned_on',
      'cadence',
      'last_report_on',
    ])
    .where('status', 'in', ['assigned', 'in_progress'])
    .orderBy('code')
    .execute();
  if (!items.length) return [];
  const ids = items.map((i) => i.id);
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 500) chunks.push(ids.slice(i, i + 500));
  const each = async <T>(q: (part: string[]) => Promise<T[]>) => (await Promise.all(chunks.map(q))).flat();
  const [milestones, resps, acks, owed] = await Promise.all([
    each((part) =>
      ctx.db
        .selectFrom('milestones')
        .select(['id', 'item_id', 'title', 'planned_date', 'done_date'])
        .where('item_id', 'in', part)
        .orderBy('sort_order')
        .execute(),
    ),
    each((part) =>
      ctx.db
        .selectFrom('responsibilities')
        .select(['item_id', 'unit_id', 'role', 'leader_id', 'deputy_id', 'responsible_id', 'acknowledged_at'])
        .where('item_id', 'in', part)
        .orderBy('sort_order')
        .execute(),
    ),
    each((part) =>
      ctx.db
        .selectFrom('instruction_acks as a')
        .innerJoin('instructions as ins', 'ins.id', 'a.instruction_id')
        .select(['a.instruction_id', 'a.unit_id', 'a.item_id', 'ins.created_at'])
        .where('a.item_id', 'in', part)
        .where('a.acknowledged_at', 'is', null)
        .execute(),
    ),
    // Notices still waiting for the unit's reply (issued, or returned for another answer).
    each((part) =>
      ctx.db
        .selectFrom('notice_items as ni')
        .innerJoin('notices as n', 'n.id', 'ni.notice_id')
        .select(['ni.item_id', 'n.id as notice_id', 'n.unit_id', 'n.reply_due'])
        .where('ni.item_id', 'in', part)
        .where('n.status', 'in', ['issued', 'returned'])
        .execute(),
    ),
  ]);
  const group = <T extends { item_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.item_id, [...(m.get(r.item_id) ?? []), r]);
    return m;
  };
  const ms = group(milestones);
  const rs = group(resps);
  const as = group(acks);
  const ns = group(owed);
  return items.map((i) => {
    const own = ms.get(i.id) ?? [];
    const facts = lightFactsOf(i, own);
    return {
      id: i.id,
      code: i.code,
      title: i.title,
      ledgerId: i.ledger_id,
      status: i.status,
      dueDate: i.current_due_date,
      assignedOn: i.assigned_on,
      milestones: own.map((m) => ({
        id: m.id,
        title: m.title,
        plannedDate: m.planned_date,
        doneDate: m.done_date,
      })),
      reportDue: reportDueOn(facts, rules.calendar),
      units: (rs.get(i.id) ?? []).map((r) => ({
        unitId: r.unit_id,
        role: r.role,
        leaderId: r.leader_id,
        deputyId: r.deputy_id,
        responsibleId: r.responsible_id,
        acknowledgedAt: r.acknowledged_at,
      })),
      instructionAcks: (as.get(i.id) ?? []).map((a) => ({
        instructionId: a.instruction_id,
        unitId: a.unit_id,
        since: dateInChina(new Date(a.created_at)),
      })),
      noticeReplies: (ns.get(i.id) ?? []).map((n) => ({
        noticeId: n.notice_id,
        unitId: n.unit_id,
        replyDue: n.reply_due,
      })),
    };
  });
}

/** Names of people and units, for words and previews. */
export async function namesOf(ctx: Pick<Ctx, 'db'>, userIds: string[], unitIds: string[]) {
  const [users, units] = await Promise.all([
    userIds.length
      ? ctx.db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', userIds).execute()
      : [],
    unitIds.length
      ? ctx.db.selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute()
      : [],
  ]);
  return {
    user: new Map(users.map((u) => [u.id, u.display_name])),
    unit: new Map(units.map((u) => [u.id, u.name])),
  };
}
