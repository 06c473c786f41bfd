import { afterQuietHours, type DeliveryChannel } from '../../../core/delivery.js';
import type {
  NotificationOut,
  NotificationQuery,
  PrefsInput,
  PrefsOut,
} from '../../../core/schemas/notification.js';
import { type Ctx, inTransaction } from '../../context.js';
import type { DeliveriesTable, NotificationsTable, RobotsTable } from '../../db/schema.js';
import { AppError, notFound, staleVersion } from '../../errors.js';
import { newId } from '../../ids.js';
import { appendAudit } from '../audit/audit.repo.js';
import {
  countUnread,
  DEFAULT_CHANNELS,
  enabledRobots,
  findNotification,
  insertDeliveries,
  insertNotification,
  listNotifications,
  markRead,
  readPrefs,
  usersForDelivery,
} from './notification.repo.js';

export interface NewNotification {
  userId: string;
  kind: NotificationsTable['kind'];
  title: string;
  body: string;
  itemId?: string | null;
  /** Set for the day's digest: at most one per user and day. */
  digestDay?: string | null;
}

/** The robot a user's messages go to: their unit's, else the office-wide one. */
export function robotFor(robots: readonly RobotsTable[], unitId: string | null): RobotsTable | null {
  return robots.find((r) => unitId && r.unit_id === unitId) ?? robots.find((r) => r.unit_id === null) ?? null;
}

/**
 * Writes notifications and their deliveries (the outbox) in the caller's
 * transaction: in-app at once, e-mail and robot by each recipient's choice,
 * held back until their quiet hours end. Returns the ids written (a second
 * digest of a day is not) by user id; publish the users to the live stream
 * once the transaction has committed.
 */
export async function notify(ctx: Ctx, list: readonly NewNotification[]): Promise<Map<string, string>> {
  const written = new Map<string, string>();
  if (!list.length) return written;
  const userIds = [...new Set(list.map((n) => n.userId))];
  const [prefs, users, robots] = await Promise.all([
    readPrefs(ctx, userIds),
    usersForDelivery(ctx, userIds),
    enabledRobots(ctx),
  ]);
  const prefsOf = new Map(prefs.map((p) => [p.user_id, p]));
  const userOf = new Map(users.map((u) => [u.id, u]));
  const now = ctx.now.toISOString();
  const deliveries: DeliveriesTable[] = [];
  for (const n of list) {
    const user = userOf.get(n.userId);
    if (!user?.active) continue;
    const id = newId();
    const ok = await insertNotification(ctx, {
      id,
      user_id: n.userId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      item_id: n.itemId ?? null,
      digest_day: n.digestDay ?? null,
      created_at: now,
      read_at: null,
    });
    if (!ok) continue;
    written.set(n.userId, id);
    const p = prefsOf.get(n.userId);
    const channels: DeliveryChannel[] = p ? JSON.parse(p.channels) : DEFAULT_CHANNELS;
    const quiet = p?.quiet_start && p.quiet_end ? { start: p.quiet_start, end: p.quiet_end } : null;
    const at = afterQuietHours(ctx.now, quiet).toISOString();
    const row = (channel: DeliveryChannel, target: string, sent: boolean): DeliveriesTable => ({
      id: newId(),
      notification_id: id,
      channel,
      target,
      status: sent ? 'sent' : 'pending',
      attempts: sent ? 1 : 0,
      next_attempt_at: sent ? now : at,
      lease_until: null,
      last_error: null,
      sent_at: sent ? now : null,
      created_at: now,
      updated_at: now,
    });
    // In-app is delivered by being written: the bell reads the table.
    deliveries.push(row('in_app', n.userId, true));
    if (channels.includes('email') && user.email) deliveries.push(row('email', user.email, false));
    const robot = channels.includes('robot') ? robotFor(robots, user.unit_id) : null;
    if (robot) deliveries.push(row('robot', robot.id, false));
  }
  await insertDeliveries(ctx, deliveries);
  return written;
}

/** Tells the users' open browsers; failures only delay the count until the next reload. */
export async function publishToUsers(ctx: Ctx, userIds: Iterable<string>): Promise<void> {
  const ids = [...userIds];
  if (!ids.length || !ctx.services) return;
  await ctx.services.live.publish(ids).catch(() => undefined);
}

function me(ctx: Ctx) {
  if (!ctx.user) throw new AppError('unauthenticated');
  return ctx.user;
}

const toOut = (r: NotificationsTable & { item_code: string | null }): NotificationOut => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  itemId: r.item_id,
  itemCode: r.item_code,
  createdAt: r.created_at,
  readAt: r.read_at,
});

export async function listMyNotifications(ctx: Ctx, q: NotificationQuery) {
  const user = me(ctx);
  const { rows, total } = await listNotifications(ctx, user.id, {
    unread: q.unread,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  return { items: rows.map(toOut), total };
}

export async function myUnreadCount(ctx: Ctx) {
  return { unread: await countUnread(ctx, me(ctx).id) };
}

/** Marks one of the user's own notifications read; another user's is not found. */
export async function readNotification(ctx: Ctx, id: string): Promise<NotificationOut> {
  const user = me(ctx);
  const row = await findNotification(ctx, id);
  if (!row || row.user_id !== user.id) throw notFound();
  if (!row.read_at) {
    await markRead(ctx, user.id, [id], ctx.now.toISOString());
    await publishToUsers(ctx, [user.id]);
  }
  return toOut({ ...row, read_at: row.read_at ?? ctx.now.toISOString() });
}

export async function readAllNotifications(ctx: Ctx) {
  const user = me(ctx);
  const marked = await markRead(ctx, user.id, 'all', ctx.now.toISOString());
  if (marked) await publishToUsers(ctx, [user.id]);
  return { unread: 0 };
}

export async function getMyPrefs(ctx: Ctx): Promise<PrefsOut> {
  const user = me(ctx);
  const [[p], [u], robots] = await Promise.all([
    readPrefs(ctx, [user.id]),
    usersForDelivery(ctx, [user.id]),
    enabledRobots(ctx),
  ]);
  return {
    channels: p ? JSON.parse(p.channels) : DEFAULT_CHANNELS,
    quietStart: p?.quiet_start ?? null,
    quietEnd: p?.quiet_end ?? null,
    email: u?.email ?? null,
    robot: robotFor(robots, u?.unit_id ?? null)?.name ?? null,
    version: p?.version ?? 0,
  };
}

/** Each user chooses their channels and quiet hours; in-app is always on. Version 0 for the first choice. */
export async function putMyPrefs(ctx: Ctx, input: PrefsInput): Promise<PrefsOut> {
  const user = me(ctx);
  const channels = [...new Set<DeliveryChannel>(['in_app', ...input.channels])];
  await inTransaction(ctx, async (tx) => {
    const [before] = await readPrefs(tx, [user.id]);
    const values = {
      channels: JSON.stringify(channels),
      quiet_start: input.quietStart,
      quiet_end: input.quietEnd,
      updated_at: tx.now.toISOString(),
    };
    if (!before) {
      if (input.version !== 0) throw staleVersion();
      await tx.db
        .insertInto('notification_prefs')
        .values({ user_id: user.id, ...values, version: 1 })
        .onConflict((oc) => oc.column('user_id').doNothing())
        .execute()
        .then(async () => {
          const [now] = await readPrefs(tx, [user.id]);
          if (now?.updated_at !== values.updated_at || now.version !== 1) throw staleVersion();
        });
    } else {
      const res = await tx.db
        .updateTable('notification_prefs')
        .set({ ...values, version: before.version + 1 })
        .where('user_id', '=', user.id)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
    }
    await appendAudit(tx, {
      action: 'notification_prefs.update',
      entity: 'user',
      entityId: user.id,
      outcome: 'success',
      before: before
        ? {
            channels: JSON.parse(before.channels),
            quietStart: before.quiet_start,
            quietEnd: before.quiet_end,
          }
        : null,
      after: { channels, quietStart: input.quietStart, quietEnd: input.quietEnd },
    });
  });
  return getMyPrefs(ctx);
}
