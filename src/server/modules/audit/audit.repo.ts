import { createHash, createHmac } from 'node:crypto';
import type { AuditOutcome } from '../../../core/schemas/audit.js';
import type { Ctx } from '../../context.js';
import type { Db } from '../../db/database.js';
import { lockForTransaction } from '../../db/dialect.js';
import type { AuditLogTable } from '../../db/schema.js';
import { auditSeal, readAnchor, writeAnchor } from './audit.seal.js';

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
/** The MAC of rows written since the chain was keyed. */
export const MAC_ALG = 'hmac-sha256';

type HashedFields = Omit<AuditLogTable, 'seq' | 'hash' | 'mac_alg'>;

function canonical(row: HashedFields): unknown[] {
  return [
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
  ];
}

/** The plain hash of rows written before the chain was keyed (mac_alg NULL): checked, but forgeable. */
export function auditHash(row: HashedFields): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(row)))
    .digest('hex');
}

/**
 * The MAC of a row: HMAC-SHA256 under the key kept outside the database, over
 * every field, the row's sequence number and the previous row's MAC. Editing,
 * removing or reordering a row breaks it, and without the key no one can
 * write a chain that checks.
 */
export function auditMac(key: Buffer, seq: number, row: HashedFields): string {
  return createHmac('sha256', key)
    .update(JSON.stringify([MAC_ALG, seq, ...canonical(row)]))
    .digest('hex');
}

/**
 * Appends to the audit log inside the caller's transaction, so the record and
 * the change it records commit or roll back together. Sequence numbers are
 * the last one plus one, taken under the appenders' lock, so that a gap means
 * a deleted row (a database sequence would also skip on every rollback).
 */
export async function appendAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  const seal = await auditSeal();
  // Appenders queue so that each row chains to the one before it.
  await lockForTransaction(ctx.db, ctx.dialect, AUDIT_CHAIN_LOCK);
  const last = await ctx.db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
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
    .values({ ...row, seq, hash: auditMac(seal.key, seq, row), mac_alg: MAC_ALG })
    .execute();
  // Tells the request that the head anchor should move once the transaction has committed.
  ctx.memo?.set(AUDIT_APPENDED, Promise.resolve(true));
}

/** The memo key appendAudit sets on a request's context. */
export const AUDIT_APPENDED = 'audit.appended';

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

/** Items named by code and title, for the audit rows that concern them (a deleted draft has none). */
export async function itemLabels(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .selectFrom('items')
    .select(['id', 'code', 'title'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, `${r.code} ${r.title}`]));
}

/** What verification found wrong, the first thing only. */
export type AuditProblem =
  /** A row's fields, MAC or link to the one before do not check: edited, forged or reordered. */
  | 'altered'
  /** Sequence numbers skip: rows were deleted from the middle. */
  | 'gap'
  /** An unkeyed row after keyed ones: someone wrote a row without the key. */
  | 'unkeyed'
  /** The chain ends before the head this installation saw: the newest rows were deleted. */
  | 'truncated'
  /** The row at the anchored head is not the one that was anchored: the chain was rewritten. */
  | 'anchor_mismatch';

export interface AuditVerification {
  /** Rows checked before the first problem (all of them when intact). */
  rows: number;
  intact: boolean;
  /** The sequence number where the chain first breaks (for truncation: the first missing one). */
  brokenAt: number | null;
  problem: AuditProblem | null;
  /** The last sequence number in the database, and the one the anchor file names. */
  lastSeq: number;
  anchorSeq: number | null;
}

/**
 * Walks the whole chain: each row's MAC (or, before keying, plain hash), its
 * link to the one before, sequence numbers without gaps, and the end of the
 * chain against the head anchor kept outside the database.
 */
export async function verifyAuditChain(ctx: Pick<Ctx, 'db'>): Promise<AuditVerification> {
  const seal = await auditSeal();
  const anchor = readAnchor(seal);
  let prev = GENESIS;
  let prevSeq = 0;
  let keyed = false;
  let rows = 0;
  let anchoredMac: string | null = null;
  const fail = (problem: AuditProblem, brokenAt: number): AuditVerification => ({
    rows,
    intact: false,
    brokenAt,
    problem,
    lastSeq: prevSeq,
    anchorSeq: anchor?.seq ?? null,
  });
  for (;;) {
    const batch = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', prevSeq)
      .orderBy('seq')
      .limit(1000)
      .execute();
    if (batch.length === 0) break;
    for (const r of batch) {
      const { seq: rawSeq, hash, mac_alg, ...fields } = r;
      const seq = Number(rawSeq);
      if (mac_alg === MAC_ALG) {
        // Keyed rows are numbered without gaps from the first one on.
        if (keyed && seq !== prevSeq + 1) return fail('gap', prevSeq + 1);
        keyed = true;
        if (fields.prev_hash !== prev || auditMac(seal.key, seq, fields) !== hash)
          return fail('altered', seq);
      } else {
        if (keyed) return fail('unkeyed', seq);
        if (mac_alg !== null || fields.prev_hash !== prev || auditHash(fields) !== hash)
          return fail('altered', seq);
      }
      if (anchor && seq === anchor.seq) anchoredMac = hash;
      prev = hash;
      prevSeq = seq;
      rows++;
    }
  }
  if (anchor && prevSeq < anchor.seq) return fail('truncated', prevSeq + 1);
  if (anchor && anchoredMac !== anchor.mac) return fail('anchor_mismatch', anchor.seq);
  return {
    rows,
    intact: true,
    brokenAt: null,
    problem: null,
    lastSeq: prevSeq,
    anchorSeq: anchor?.seq ?? null,
  };
}

/** The newest sequence number in the log (0 when empty). */
export async function lastAuditSeq(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

let anchoring: Promise<void> = Promise.resolve();

/**
 * Moves the head anchor to the newest committed row, never back: call after a
 * transaction that appended has committed (the audit plugin does so after
 * each request that wrote to the log; the command line after its work).
 * Calls queue, so that a slower one cannot put an older head over a newer.
 */
export function advanceAuditAnchor(db: Db): Promise<void> {
  anchoring = anchoring.then(async () => {
    const seal = await auditSeal();
    if (!seal.anchorFile) return;
    const head = await db
      .selectFrom('audit_log')
      .select(['seq', 'hash', 'at'])
      .where('mac_alg', '=', MAC_ALG)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!head) return;
    const anchor = readAnchor(seal);
    if (anchor && anchor.seq >= Number(head.seq)) return;
    if (anchor) {
      // Rows below the head were deleted and the chain grew again: keep the evidence for verify.
      const anchored = await db
        .selectFrom('audit_log')
        .select('hash')
        .where('seq', '=', anchor.seq)
        .executeTakeFirst();
      if (anchored?.hash !== anchor.mac) return;
    }
    writeAnchor(seal, { seq: Number(head.seq), mac: head.hash, at: head.at });
  });
  // A failed write is reported to this caller; the queue goes on for the next.
  const mine = anchoring;
  anchoring = anchoring.catch(() => {});
  return mine;
}
