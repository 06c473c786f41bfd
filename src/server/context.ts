import { dateInChina } from '../core/dates.js';
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
  /**
   * Values read once per request (settings, the calendar) and shared by every
   * service call in it; absent outside requests, where each call reads afresh.
   */
  memo?: Map<string, Promise<unknown>>;
  /** Files, mail, robots, jobs; set on request contexts, absent in command-line and start-up work. */
  services?: Services;
}

/** Runs `fn` in one transaction: a command either changes everything it should, or nothing. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}

/** `read()` once per request when the context has a memo; every time otherwise. */
export function memoized<T>(ctx: Ctx, key: string, read: () => Promise<T>): Promise<T> {
  if (!ctx.memo) return read();
  let value = ctx.memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = read();
    ctx.memo.set(key, value);
    // A failed read is not remembered: the next call tries again.
    value.catch(() => ctx.memo?.delete(key));
  }
  return value;
}

/** Today's date in China, the day that date rules judge by. */
export const todayOf = (ctx: Pick<Ctx, 'now'>) => dateInChina(ctx.now);

export function hasRole(ctx: Ctx, ...roles: Role[]): boolean {
  return !!ctx.user && roles.some((r) => ctx.user?.roles.includes(r));
}
