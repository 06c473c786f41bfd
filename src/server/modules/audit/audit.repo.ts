import { createHash } from 'node:crypto';
import type { AuditOutcome } from '../../../core/schemas/audit.js';
import type { Ctx } from '../../context.js';
import { lockForTransaction } from '../../db/dialect.js';
import type { AuditLogTable } from '../../db/schema.js';

export type { AuditOutcome };

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  outcome: AuditOutcome;
  before?: unknown;
  after?: unknown;
}

/** Advisory lock key of the audit chain's appenders. */
const AUDIT_CHAIN_LOCK = 724100;

const GENESIS = '0'.repeat(64);

type HashedFields = Omit<AuditLogTable, 'seq' | 'hash'>;

/** The hash of a row covers every field and the previous row's hash: editing or removing a row breaks the chain. */
export function auditHash(row: HashedFields): string {
  const canonical = JSON.stringify([
    row.at,
    row.actor_id,
    row.actor_name,
    row.ip,
    row.action,
    row.entity,
    row.entity_id,
    row.outcome,
    row.before,
    row.after,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends to the audit log inside the caller's transaction, so the record and
 * the change it records commit or roll back together.
 */
export async function appendAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  // Appenders queue so that each row chains to the one before it.
  await lockForTransaction(ctx.db, ctx.dialect, AUDIT_CHAIN_LOCK);
  const last = await ctx.db
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const row: HashedFields = {
    at: ctx.now.toISOString(),
    actor_id: ctx.user?.id ?? null,
    actor_name: ctx.user?.displayName ?? null,
    ip: ctx.ip,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    outcome: entry.outcome,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    prev_hash: last?.hash ?? GENESIS,
  };
  await ctx.db
    .insertInto('audit_log')
    .values({ ...row, hash: auditHash(row) })
    .execute();
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  outcome?: AuditOutcome;
  offset: number;
  limit: number;
}

export async function listAudit(ctx: Ctx, f: AuditFilter) {
  let q = ctx.db.selectFrom('audit_log');
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('seq', 'desc').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Walks the whole chain; returns the first broken sequence number, or null when intact. */
export async function verifyAuditChain(ctx: Ctx): Promise<{ rows: number; brokenAt: number | null }> {
  let prev = GENESIS;
  let rows = 0;
  let after = 0;
  for (;;) {
    const batch = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(1000)
      .execute();
    if (batch.length === 0) return { rows, brokenAt: null };
    for (const r of batch) {
      const { seq, hash, ...fields } = r;
      if (r.prev_hash !== prev || auditHash(fields) !== hash) return { rows, brokenAt: Number(seq) };
      prev = hash;
      rows++;
      after = Number(seq);
    }
  }
}
