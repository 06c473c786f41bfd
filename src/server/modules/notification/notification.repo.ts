import type { DeliveryChannel } from '../../../core/delivery.js';
import type { Ctx } from '../../context.js';
import type { DeliveriesTable, NotificationsTable } from '../../db/schema.js';

/** Queries of notifications, the outbox and preferences. */

export async function insertNotification(ctx: Ctx, row: NotificationsTable): Promise<boolean> {
  // A digest is unique per user and day: a second one of the same day is not written.
  const res = await ctx.db
    .insertInto('notifications')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'digest_day']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function insertDeliveries(ctx: Ctx, rows: DeliveriesTable[]): Promise<void> {
  if (rows.length) await ctx.db.insertInto('deliveries').values(rows).execute();
}

export async function listNotifications(
  ctx: Ctx,
  userId: string,
  f: { unread?: boolean; offset: number; limit: number },
) {
  let q = ctx.db.selectFrom('notifications as n').where('n.user_id', '=', userId);
  if (f.unread) q = q.where('n.read_at', 'is', null);
  const [rows, count] = await Promise.all([
    q
      .leftJoin('items as i', 'i.id', 'n.item_id')
      .selectAll('n')
      .select('i.code as item_code')
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function countUnread(ctx: Pick<Ctx, 'db'>, userId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('notifications')
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findNotification(ctx: Ctx, id: string) {
  return ctx.db
    .selectFrom('notifications as n')
    .leftJoin('items as i', 'i.id', 'n.item_id')
    .selectAll('n')
    .select('i.code as item_code')
    .where('n.id', '=', id)
    .executeTakeFirst();
}

export async function markRead(ctx: Ctx, userId: string, ids: string[] | 'all', at: string): Promise<number> {
  let q = ctx.db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') {
    if (!ids.length) return 0;
    q = q.where('id', 'in', ids);
  }
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function readPrefs(ctx: Pick<Ctx, 'db'>, userIds: string[]) {
  if (!userIds.length) return [];
  return ctx.db.selectFrom('notification_prefs').selectAll().where('user_id', 'in', userIds).execute();
}

export async function usersForDelivery(ctx: Pick<Ctx, 'db'>, userIds: string[]) {
  if (!userIds.length) return [];
  return ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'unit_id', 'active'])
    .where('id', 'in', userIds)
    .execute();
}

/** The robots that take a unit's messages: its own, else the office-wide ones. */
export async function enabledRobots(ctx: Pick<Ctx, 'db'>) {
  return ctx.db.selectFrom('robots').selectAll().where('enabled', '=', 1).execute();
}

export const DEFAULT_CHANNELS: DeliveryChannel[] = ['in_app', 'email'];
