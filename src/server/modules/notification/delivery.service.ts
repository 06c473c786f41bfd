import { sql } from 'kysely';
import { backoffMs, MAX_ATTEMPTS } from '../../../core/delivery.js';
import type { DeliveryOut, DeliveryQuery } from '../../../core/schemas/notification.js';
import { type Ctx, inTransaction } from '../../context.js';
import type { DbHandle } from '../../db/database.js';
import type { DeliveriesTable } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import type { Job } from '../../platform/job-scheduler.js';
import { type Mailer, SmtpMailer } from '../../platform/mailer.js';
import { type OutboundGuard, OutboundRefused } from '../../platform/outbound.js';
import type { Services } from '../../platform/services.js';
import { systemCtx } from '../../system.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { maskSecret, readSmtp, type SmtpSettings, smtpUrl } from './channels.service.js';

/**
 * The outbox job: takes the deliveries that are due, sends each once, and
 * records the outcome. A delivery is claimed by one statement that marks it
 * `sending` with a lease — on PostgreSQL over `FOR UPDATE SKIP LOCKED`, so
 * instances running side by side take different rows; on SQLite under the
 * database's single write lock. An instance that dies mid-send leaves the
 * lease to run out, and another one takes the delivery over. A failed attempt
 * waits (1, 2, 4 … minutes); after MAX_ATTEMPTS the delivery is `failed` and
 * shown to the office.
 */
export const LEASE_MS = 2 * 60_000;
const BATCH = 50;

async function claimDue(handle: DbHandle, now: Date): Promise<DeliveriesTable[]> {
  const at = now.toISOString();
  const lease = new Date(now.getTime() + LEASE_MS).toISOString();
  const db = handle.db;
  let due = db
    .selectFrom('deliveries')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', at)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', at)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(BATCH);
  if (handle.dialect === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('deliveries')
    .set({ status: 'sending', lease_until: lease, updated_at: at })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** The mailer deliveries use: the office's SMTP server when configured, else the server's own. */
class OfficeMailer {
  private cached: { key: string; mailer: SmtpMailer } | null = null;

  constructor(
    private readonly fallback: Mailer,
    private readonly guard: OutboundGuard,
  ) {}

  get(smtp: SmtpSettings | null): { mailer: Mailer; from?: string } {
    if (!smtp) return { mailer: this.fallback };
    const key = JSON.stringify(smtp);
    if (this.cached?.key !== key) {
      this.cached?.mailer.close();
      this.cached = { key, mailer: new SmtpMailer(smtpUrl(smtp), smtp.from, this.guard) };
    }
    return { mailer: this.cached.mailer };
  }

  close(): void {
    this.cached?.mailer.close();
    this.cached = null;
  }
}

export interface Deliverer {
  /** Sends what is due as of `now`; returns how many were sent and failed. */
  run(now: Date): Promise<{ sent: number; retried: number; failed: number }>;
  close(): void;
}

export function createDeliverer(
  handle: DbHandle,
  services: Pick<Services, 'mailer' | 'webhooks' | 'outbound'>,
): Deliverer {
  const office = new OfficeMailer(services.mailer, services.outbound);
  return {
    close: () => office.close(),
    async run(now) {
      const tally = { sent: 0, retried: 0, failed: 0 };
      for (let round = 0; round < 100; round++) {
        const batch = await claimDue(handle, now);
        if (!batch.length) break;
        const smtp = await readSmtp(handle);
        for (const d of batch) {
          const outcome = await sendOne(handle, d, () => office.get(smtp), services, now);
          tally[outcome]++;
        }
      }
      return tally;
    },
  };
}

async function sendOne(
  handle: DbHandle,
  d: DeliveriesTable,
  mailer: () => { mailer: Mailer },
  services: Pick<Services, 'webhooks'>,
  now: Date,
): Promise<'sent' | 'retried' | 'failed'> {
  const db = handle.db;
  const n = await db
    .selectFrom('notifications as n')
    .leftJoin('items as i', 'i.id', 'n.item_id')
    .select(['n.title', 'n.body', 'i.code as item_code'])
    .where('n.id', '=', d.notification_id)
    .executeTakeFirstOrThrow();
  let error: string | null = null;
  let refused: OutboundRefused | null = null;
  try {
    if (d.channel === 'email') {
      await mailer().mailer.send({ to: [d.target], subject: n.title, text: `${n.body}\n\n— 督察台账` });
    } else if (d.channel === 'robot') {
      const robot = await db.selectFrom('robots').selectAll().where('id', '=', d.target).executeTakeFirst();
      if (!robot?.enabled) throw new Error('the robot was removed or switched off');
      await services.webhooks.send(
        { kind: robot.kind, url: robot.url, secret: robot.secret ?? undefined },
        `${n.title}\n${n.body}`,
      );
    }
  } catch (e) {
    if (e instanceof OutboundRefused) refused = e;
    error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
  }
  const attempts = d.attempts + 1;
  const at = now.toISOString();
  // A refused destination does not become allowed by waiting: failed at once, for the office to see.
  const status = error === null ? 'sent' : refused || attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
  if (refused) {
    const reason = refused.message;
    await inTransaction(systemCtx(handle, now), (tx) =>
      appendAudit(tx, {
        action: 'delivery.refused',
        entity: 'delivery',
        entityId: d.id,
        outcome: 'refused',
        after: { channel: d.channel, host: refused.host, reason },
      }),
    );
  }
  // Only while the lease is still ours: an instance that took the delivery over decides instead.
  await db
    .updateTable('deliveries')
    .set({
      status,
      attempts,
      lease_until: null,
      last_error: error,
      sent_at: error === null ? at : null,
      next_attempt_at:
        error === null ? d.next_attempt_at : new Date(now.getTime() + backoffMs(attempts)).toISOString(),
      updated_at: at,
    })
    .where('id', '=', d.id)
    .where('status', '=', 'sending')
    .where('lease_until', '=', d.lease_until)
    .execute();
  return error === null ? 'sent' : status === 'failed' ? 'failed' : 'retried';
}

/** The delivery job: every half minute, on one instance at a time (the deliveries' own locks keep it once anyway). */
export function deliveryJob(deliverer: Deliverer): Job {
  return {
    name: 'notifications.deliver',
    everyMs: 30_000,
    run: async (at) => {
      await deliverer.run(at);
    },
  };
}

const toOut = (r: DeliveriesTable & { title: string; recipient_name: string | null }): DeliveryOut => ({
  id: r.id,
  notificationId: r.notification_id,
  title: r.title,
  recipientName: r.recipient_name,
  channel: r.channel,
  target: r.channel === 'email' ? r.target : r.channel === 'robot' ? r.target : '',
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
});

/** Deliveries by status for the office (default: the failed ones), newest first. */
export async function listDeliveries(ctx: Ctx, q: DeliveryQuery) {
  authorize(ctx, 'delivery.read');
  const status = q.status ?? 'failed';
  const base = ctx.db.selectFrom('deliveries as d').where('d.status', '=', status);
  const [rows, count] = await Promise.all([
    base
      .innerJoin('notifications as n', 'n.id', 'd.notification_id')
      .leftJoin('users as u', 'u.id', 'n.user_id')
      .leftJoin('robots as r', (j) => j.on('d.channel', '=', 'robot').onRef('r.id', '=', 'd.target'))
      .selectAll('d')
      .select(['n.title', 'u.display_name as recipient_name', 'r.name as robot_name'])
      .orderBy('d.updated_at', 'desc')
      .orderBy('d.id')
      .offset((q.page - 1) * q.pageSize)
      .limit(q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) =>
      toOut({ ...r, target: r.channel === 'robot' ? (r.robot_name ?? maskSecret(r.target)) : r.target }),
    ),
    total: Number(count.n),
  };
}

/** Puts a failed delivery back in the queue, due at once (the office fixed the address or the server). */
export async function retryDelivery(ctx: Ctx, id: string): Promise<DeliveryOut> {
  authorize(ctx, 'delivery.read');
  const at = ctx.now.toISOString();
  await inTransaction(ctx, async (tx) => {
    const res = await tx.db
      .updateTable('deliveries')
      .set({ status: 'pending', attempts: 0, next_attempt_at: at, last_error: null, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'failed')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw notFound();
    await appendAudit(tx, { action: 'delivery.retry', entity: 'delivery', entityId: id, outcome: 'success' });
  });
  const row = await ctx.db
    .selectFrom('deliveries as d')
    .innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .leftJoin('users as u', 'u.id', 'n.user_id')
    .selectAll('d')
    .select(['n.title', 'u.display_name as recipient_name'])
    .where('d.id', '=', id)
    .executeTakeFirstOrThrow();
  return toOut(row);
}

/** Counts per status, for `ducha jobs`. */
export async function deliveryCounts(db: DbHandle['db']) {
  const rows = await db
    .selectFrom('deliveries')
    .select(['status', sql<number>`count(*)`.as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
