import { sql } from 'kysely';
import type { MeetingKind } from '../../../core/meeting.js';
import type { MeetingItemOut, MeetingOut } from '../../../core/schemas/meeting.js';
import type { Ctx } from '../../context.js';
import type { MeetingItemsTable, MeetingsTable } from '../../db/schema.js';
import { type ItemScope, scopePredicate } from '../access/policy.js';

const CLOSED = ['completed', 'cancelled'] as const;

export function toMeetingOut(r: MeetingsTable, counts: { total: number; open: number }): MeetingOut {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind as MeetingKind,
    date: r.date,
    chair: r.chair,
    place: r.place,
    attendees: r.attendees,
    minutes: r.minutes,
    itemCount: counts.total,
    openCount: counts.open,
    archivedAt: r.archived_at ?? null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function findMeeting(ctx: Ctx, id: string) {
  return ctx.db.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMeeting(ctx: Ctx, row: MeetingsTable): Promise<void> {
  await ctx.db.insertInto('meetings').values(row).execute();
}

/** Archives a meeting (`null`: restores it), as a new version. */
export async function setMeetingArchived(
  ctx: Ctx,
  id: string,
  archived: { at: string; by: string | null } | null,
): Promise<void> {
  await ctx.db
    .updateTable('meetings')
    .set((eb) => ({
      archived_at: archived?.at ?? null,
      archived_by: archived?.by ?? null,
      updated_at: ctx.now.toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

export async function insertMeetingItems(ctx: Ctx, rows: MeetingItemsTable[]): Promise<void> {
  if (rows.length) await ctx.db.insertInto('meeting_items').values(rows).execute();
}

/** Items of each meeting within the reader's scope: all of them, and those still open. */
export async function countMeetingItems(ctx: Ctx, scope: ItemScope, meetingIds: string[]) {
  const out = new Map<string, { total: number; open: number }>();
  if (!meetingIds.length) return out;
  const rows = await ctx.db
    .selectFrom('meeting_items as mi')
    .innerJoin('items as i', 'i.id', 'mi.item_id')
    .where('mi.meeting_id', 'in', meetingIds)
    .where('i.archived_at', 'is', null)
    .where(scopePredicate(scope))
    .select((eb) => [
      'mi.meeting_id',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>(eb.case().when('i.status', 'not in', CLOSED).then(1).else(0).end()).as('open'),
    ])
    .groupBy('mi.meeting_id')
    .execute();
  for (const r of rows) out.set(r.meeting_id, { total: Number(r.total), open: Number(r.open ?? 0) });
  return out;
}

export async function listMeetings(
  ctx: Ctx,
  scope: ItemScope,
  f: { q?: string; kind?: MeetingKind; open?: boolean; archived?: boolean; offset: number; limit: number },
) {
  let q = ctx.db.selectFrom('meetings as m').where('m.archived_at', f.archived ? 'is not' : 'is', null);
  if (f.kind) q = q.where('m.kind', '=', f.kind);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([eb('m.title', 'like', like), eb('m.chair', 'like', like), eb('m.place', 'like', like)]),
    );
  }
  if (f.open)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('meeting_items as mi')
          .innerJoin('items as i', 'i.id', 'mi.item_id')
          .whereRef('mi.meeting_id', '=', 'm.id')
          .where('i.status', 'not in', CLOSED)
          .where(scopePredicate(scope))
          .select(sql<number>`1`.as('one')),
      ),
    );
  const [rows, count] = await Promise.all([
    q
      .selectAll('m')
      .orderBy('m.date', 'desc')
      .orderBy('m.id', 'desc')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The items a meeting's decisions became, within the reader's scope, in directive order. */
export async function listMeetingItems(
  ctx: Ctx,
  scope: ItemScope,
  meetingId: string,
): Promise<MeetingItemOut[]> {
  const rows = await ctx.db
    .selectFrom('meeting_items as mi')
    .innerJoin('items as i', 'i.id', 'mi.item_id')
    .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
    .leftJoin('responsibilities as r', (j) => j.onRef('r.item_id', '=', 'i.id').on('r.role', '=', 'lead'))
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .where('mi.meeting_id', '=', meetingId)
    .where('i.archived_at', 'is', null)
    .where(scopePredicate(scope))
    .select([
      'i.id',
      'i.code',
      'i.title',
      'i.status',
      'i.due_date',
      'l.name as ledger_name',
      'u.name as lead_unit_name',
      'mi.directive_no',
    ])
    .orderBy('mi.directive_no')
    .orderBy('i.code')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    status: r.status,
    dueDate: r.due_date,
    ledgerName: r.ledger_name,
    leadUnitName: r.lead_unit_name ?? null,
    directiveNo: r.directive_no,
  }));
}

/** The meeting an item came from, if any. */
export async function findMeetingOfItem(ctx: Ctx, scope: ItemScope, itemId: string) {
  return ctx.db
    .selectFrom('meeting_items as mi')
    .innerJoin('meetings as m', 'm.id', 'mi.meeting_id')
    .innerJoin('items as i', 'i.id', 'mi.item_id')
    .where('mi.item_id', '=', itemId)
    .where(scopePredicate(scope))
    .select(['m.id', 'm.title', 'm.date', 'm.kind', 'mi.directive_no'])
    .executeTakeFirst();
}

/** Meetings with decisions still open, with how many are overdue or red as of `asOf`. */
export async function openDecisions(ctx: Ctx, scope: ItemScope, asOf: string, limit: number) {
  const rows = await ctx.db
    .selectFrom('meeting_items as mi')
    .innerJoin('items as i', 'i.id', 'mi.item_id')
    .innerJoin('meetings as m', 'm.id', 'mi.meeting_id')
    .where('m.archived_at', 'is', null)
    .where('i.archived_at', 'is', null)
    .where('i.status', 'not in', CLOSED)
    .where(scopePredicate(scope))
    .select((eb) => [
      'm.id',
      'm.title',
      'm.kind',
      'm.date',
      eb.fn.countAll<number>().as('open'),
      eb.fn.sum<number>(eb.case().when('i.current_due_date', '<', asOf).then(1).else(0).end()).as('overdue'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('i.lit', '=', 1), eb('i.red_from', '<=', asOf)]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('red'),
    ])
    .groupBy(['m.id', 'm.title', 'm.kind', 'm.date'])
    .orderBy('m.date', 'desc')
    .execute();
  return {
    total: rows.length,
    items: rows.slice(0, limit).map((r) => ({
      meetingId: r.id,
      title: r.title,
      kind: r.kind as MeetingKind,
      date: r.date,
      open: Number(r.open),
      overdue: Number(r.overdue ?? 0),
      red: Number(r.red ?? 0),
    })),
  };
}
