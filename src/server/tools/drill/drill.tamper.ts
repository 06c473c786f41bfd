import { type Selectable, sql } from 'kysely';
import type { DbHandle } from '../../db/database.js';
import type { AuditLogTable } from '../../db/schema.js';
import { advanceAuditAnchor, auditMac, verifyAuditChain } from '../../modules/audit/audit.repo.js';
import type { DrillRandom } from './drill.random.js';

/**
 * Audit tampering ×K (SECURITY.md AUDIT-2 figure): someone who can write the
 * database but holds neither the key nor the data folder changes the log out
 * of band — an edited field, a deleted row, the newest rows deleted, two rows
 * swapped, a forged row appended with or without a MAC, the table emptied —
 * and `verifyAuditChain` must say so every time. Each attempt starts from the
 * intact log and puts it back afterwards.
 */
type AuditRow = Selectable<AuditLogTable>;

export const TAMPER_KINDS = [
  'edit',
  'delete',
  'delete-newest',
  'swap',
  'forge-keyed',
  'forge-unkeyed',
  'truncate',
] as const;
export type TamperKind = (typeof TAMPER_KINDS)[number];

export interface TamperFigures {
  attempts: number;
  detected: number;
  /** Detected and the first broken sequence number is where the change was made. */
  located: number;
  byKind: Record<TamperKind, { attempts: number; detected: number }>;
  rows: number;
  /** One full verification of the untouched log, in ms. */
  verifyMs: number;
  /** The log verifies intact again after the drill put every row back. */
  intactAfter: boolean;
}

/** Turns the append-only guard off and on, as a database superuser could. */
async function guard(handle: DbHandle, on: boolean): Promise<void> {
  const db = handle.db;
  if (handle.dialect === 'postgres') {
    await sql`ALTER TABLE audit_log ${on ? sql`ENABLE` : sql`DISABLE`} TRIGGER USER`.execute(db);
    return;
  }
  if (!on) {
    await sql`DROP TRIGGER IF EXISTS audit_log_no_update`.execute(db);
    await sql`DROP TRIGGER IF EXISTS audit_log_no_delete`.execute(db);
    return;
  }
  await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
    db,
  );
  await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
    db,
  );
}

/** Applies one change and returns the sequence number verification should name. */
async function tamper(
  handle: DbHandle,
  rows: AuditRow[],
  kind: TamperKind,
  rnd: DrillRandom,
): Promise<number> {
  const db = handle.db;
  const last = rows.length;
  // Rows 2 … last-1: a middle row, so that "delete" is a gap and "swap" has a next row.
  const pick = () => 2 + rnd.int(last - 2);
  switch (kind) {
    case 'edit': {
      const seq = pick();
      const field = rnd.pick(['outcome', 'after', 'actor_name', 'at'] as const);
      const value =
        field === 'outcome'
          ? 'refused'
          : field === 'after'
            ? '{"forged":true}'
            : field === 'at'
              ? '2020-01-01T00:00:00.000Z'
              : '某人';
      await db
        .updateTable('audit_log')
        .set({ [field]: value })
        .where('seq', '=', seq)
        .execute();
      return seq;
    }
    case 'delete': {
      const seq = pick();
      await db.deleteFrom('audit_log').where('seq', '=', seq).execute();
      return seq;
    }
    case 'delete-newest': {
      const n = 1 + rnd.int(5);
      await db
        .deleteFrom('audit_log')
        .where('seq', '>', last - n)
        .execute();
      return last - n + 1;
    }
    case 'swap': {
      const seq = pick();
      const [a, b] = [rows[seq - 1], rows[seq]];
      await db
        .deleteFrom('audit_log')
        .where('seq', 'in', [seq, seq + 1])
        .execute();
      await db
        .insertInto('audit_log')
        .values([
          { ...b, seq },
          { ...a, seq: seq + 1 },
        ])
        .execute();
      return seq;
    }
    case 'forge-keyed':
    case 'forge-unkeyed': {
      const head = rows[last - 1];
      const { seq: _s, hash: _h, mac_alg: _m, ...fields } = head;
      const forged = {
        ...fields,
        prev_hash: head.hash,
        action: 'user.update',
        after: '{"roles":["auditor"]}',
      };
      const seq = last + 1;
      const keyed = kind === 'forge-keyed';
      await db
        .insertInto('audit_log')
        .values({
          ...forged,
          seq,
          // A well-formed MAC under a guessed key, or a plain row as before keying.
          mac_alg: keyed ? head.mac_alg : null,
          hash: auditMac(Buffer.from(`guess-${rnd.int(1e9)}`), seq, forged),
        })
        .execute();
      return seq;
    }
    case 'truncate':
      if (handle.dialect === 'postgres') await sql`TRUNCATE audit_log`.execute(db);
      else await db.deleteFrom('audit_log').execute();
      return 1;
  }
}

async function putBack(handle: DbHandle, rows: AuditRow[]): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('audit_log').execute();
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto('audit_log')
        .values(rows.slice(i, i + 200))
        .execute();
  });
}

export async function tamperDrill(
  handle: DbHandle,
  attempts: number,
  rnd: DrillRandom,
): Promise<TamperFigures> {
  await advanceAuditAnchor(handle.db);
  const rows = await handle.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  if (rows.length < 10) throw new Error(`the tamper drill needs an audit log; it has ${rows.length} rows`);
  const started = performance.now();
  const clean = await verifyAuditChain({ db: handle.db });
  const verifyMs = performance.now() - started;
  if (!clean.intact)
    throw new Error(`the audit log is not intact before the drill: ${JSON.stringify(clean)}`);

  const byKind = Object.fromEntries(
    TAMPER_KINDS.map((k) => [k, { attempts: 0, detected: 0 }]),
  ) as TamperFigures['byKind'];
  let detected = 0;
  let located = 0;
  await guard(handle, false);
  try {
    for (let i = 0; i < attempts; i++) {
      // Every kind in turn, then at random, so that a small K still tries each.
      const kind = i < TAMPER_KINDS.length ? TAMPER_KINDS[i] : rnd.pick(TAMPER_KINDS);
      const at = await tamper(handle, rows, kind, rnd);
      const v = await verifyAuditChain({ db: handle.db });
      byKind[kind].attempts++;
      if (!v.intact) {
        detected++;
        byKind[kind].detected++;
        if (v.brokenAt === at) located++;
      }
      await putBack(handle, rows);
    }
  } finally {
    await guard(handle, true);
  }
  const after = await verifyAuditChain({ db: handle.db });
  return { attempts, detected, located, byKind, rows: rows.length, verifyMs, intactAfter: after.intact };
}
