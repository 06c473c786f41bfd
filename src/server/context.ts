import type { Role } from '../core/enums.js';
import type { Lang } from '../core/labels.js';
import type { Db } from './db/database.js';
import type { Dialect } from './db/dialect.js';
import type { Services } from './platform/services.js';

/** The logged-in user as services see them. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  unitId: string | null;
  /** Ledgers a supervisor or leader is limited to; empty: all. */
  ledgerIds: string[];
}

/**
 * What every service function receives: the database (or the open transaction),
 * who acts, when (injected, so that date rules are testable), from where, and
 * in which language to word messages.
 */
export interface Ctx {
  db: Db;
  dialect: Dialect;
  user: Actor | null;
  now: Date;
  ip: string | null;
  lang: Lang;
  /** Files, mail, robots, jobs; set on request contexts, absent in command-line and start-up work. */
  services?: Services;
}

/** Runs `fn` in one transaction: a command either changes everything it should, or nothing. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}

export function hasRole(ctx: Ctx, ...roles: Role[]): boolean {
  return !!ctx.user && roles.some((r) => ctx.user?.roles.includes(r));
}
