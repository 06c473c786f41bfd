import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { NoticeQuery } from '../../../core/schemas/notice.js';
import type { Ctx } from '../../context.js';
import type { Database, NoticeRepliesTable, NoticesTable } from '../../db/schema.js';
import type { ItemScope } from '../access/policy.js';

/**
 * The queries of notices and their replies. Who sees a notice: a unit user the
 * notices addressed to their own unit; a supervisor or leader limited to some
 * ledgers the notices about at least one item of those ledgers; others all.
 */

export type NoticeRow = NoticesTable & { unit_name: string; reply_count: number | string };
export type ReplyRow = NoticeRepliesTable & {
  submitted_by_name: string | null;
  reviewed_by_name: string | null;
};

type NoticeEb = ExpressionBuilder<Database & { n: NoticesTable }, 'n'>;

/** The notice-visibility predicate of a scope, over `notices as n`. */
export function noticeVisible(scope: ItemScope) {
  return (eb: NoticeEb): Expression<SqlBool> => {
    const conds: Expression<SqlBool>[] = [];
    if (scope.unitId) conds.push(eb('n.unit_id', '=', scope.unitId));
    if (scope.ledgerIds)
      conds.push(
        eb.exists(
          eb
            .selectFrom('notice_items as ni')
            .innerJoin('items as si', 'si.id', 'ni.item_id')
            .select('ni.item_id')
            .whereRef('ni.notice_id', '=', 'n.id')
            .where('si.ledger_id', 'in', scope.ledgerIds),
        ),
      );
    return eb.and(conds);
  };
}

function scoped(ctx: Ctx, scope: ItemScope) {
  return ctx.db
    .selectFrom('notices as n')
    .innerJoin('units as u', 'u.id', 'n.unit_id')
    .selectAll('n')
    .select((eb) => [
      'u.name as unit_name',
      eb
        .selectFrom('notice_replies as r')
        .select(eb.fn.countAll<number>().as('c'))
        .whereRef('r.notice_id', '=', 'n.id')
        .as('reply_count'),
    ])
    .where(noticeVisible(scope));
}

export function findNotice(ctx: Ctx, scope: ItemScope, id: string): Promise<NoticeRow | undefined> {
  return scoped(ctx, scope).where('n.id', '=', id).executeTakeFirst() as Promise<NoticeRow | undefined>;
}

/** Newest first; with `awaiting`, the nearest reply deadline first. `today` judges `late`. */
export async function queryNotices(ctx: Ctx, scope: ItemScope, f: NoticeQuery, today: string) {
  let q = scoped(ctx, scope);
  if (f.kind) q = q.where('n.kind', '=', f.kind);
  if (f.status) q = q.where('n.status', '=', f.status);
  if (f.unitId) q = q.where('n.unit_id', '=', f.unitId);
  if (f.itemId) {
    const itemId = f.itemId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('notice_items as fi')
          .select('fi.item_id')
          .whereRef('fi.notice_id', '=', 'n.id')
          .where('fi.item_id', '=', itemId),
      ),
    );
  }
  if (f.awaiting === true) q = q.where('n.status', 'in', ['issued', 'returned']);
  if (f.late === true) q = q.where('n.status', '!=', 'accepted').where('n.reply_due', '<', today);
  if (f.late === false)
    q = q.where((eb) => eb.or([eb('n.status', '=', 'accepted'), eb('n.reply_due', '>=', today)]));
  const [rows, count] = await Promise.all([
    (f.awaiting ? q.orderBy('n.reply_due') : q)
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .offset((f.page - 1) * f.pageSize)
      .limit(f.pageSize)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as NoticeRow[], total: Number(count.n) };
}

/** The items of notices, in the order the notice names them. */
export function itemsOfNotices(ctx: Ctx, noticeIds: readonly string[]) {
  if (noticeIds.length === 0) return Promise.resolve([]);
  return ctx.db
    .selectFrom('notice_items as ni')
    .innerJoin('items as i', 'i.id', 'ni.item_id')
    .select(['ni.notice_id', 'i.id', 'i.code', 'i.title'])
    .where('ni.notice_id', 'in', [...noticeIds])
    .orderBy('ni.notice_id')
    .orderBy('ni.sort_order')
    .execute();
}

/** A notice's replies, oldest first. */
export function repliesOf(ctx: Ctx, noticeId: string): Promise<ReplyRow[]> {
  return ctx.db
    .selectFrom('notice_replies as r')
    .leftJoin('users as s', 's.id', 'r.submitted_by')
    .leftJoin('users as v', 'v.id', 'r.reviewed_by')
    .selectAll('r')
    .select(['s.display_name as submitted_by_name', 'v.display_name as reviewed_by_name'])
    .where('r.notice_id', '=', noticeId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

export async function insertNotice(ctx: Ctx, row: NoticesTable, itemIds: readonly string[]): Promise<void> {
  await ctx.db.insertInto('notices').values(row).execute();
  await ctx.db
    .insertInto('notice_items')
    .values(itemIds.map((item_id, sort_order) => ({ notice_id: row.id, item_id, sort_order })))
    .execute();
}

export async function insertReply(ctx: Ctx, row: NoticeRepliesTable): Promise<void> {
  await ctx.db.insertInto('notice_replies').values(row).execute();
}

/** The reply waiting for review, if any. */
export function pendingReply(ctx: Ctx, noticeId: string) {
  return ctx.db
    .selectFrom('notice_replies')
    .selectAll()
    .where('notice_id', '=', noticeId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
}

/** The items of `itemIds` where `unitId` has a role, with their status and code. */
export async function unitRolesOn(ctx: Ctx, unitId: string, itemIds: readonly string[]) {
  return ctx.db
    .selectFrom('responsibilities as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .select(['i.id', 'i.status', 'i.code'])
    .where('r.unit_id', '=', unitId)
    .where('r.item_id', 'in', [...itemIds])
    .execute();
}

/**
 * Hands files still loose on one of the notice's items to a reply. Returns how
 * many moved: fewer than asked means a file is missing, of another item, or
 * already someone else's.
 */
export async function claimReplyFiles(
  ctx: Ctx,
  itemIds: readonly string[],
  fileIds: readonly string[],
  replyId: string,
): Promise<number> {
  if (fileIds.length === 0) return 0;
  const res = await ctx.db
    .updateTable('files')
    .set({ owner_kind: 'notice_reply', owner_id: replyId })
    .where('id', 'in', [...fileIds])
    .where('item_id', 'in', [...itemIds])
    .where('owner_kind', '=', 'item')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
