import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { can, ledgerLimit } from '../../../core/access.js';
import type { Ctx } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { authorize } from './authorize.js';

/**
 * Which items a user reaches. Every read of items, and of anything that hangs
 * off an item by `item_id` (responsibilities, and later reports, notices,
 * inspections, scores), filters through the one predicate built here, so that
 * a list, a single read, a count and a statistic cannot disagree.
 */
export interface ItemScope {
  /** Units whose items the user sees (unit users), or null for no unit limit. */
  unitId: string | null;
  /** Ledgers the user is limited to, or null for all. */
  ledgerIds: string[] | null;
}

/**
 * The item scope of a user. A user who holds both a supervising role and the
 * unit role gets the wider supervising scope.
 */
export function itemScope(ctx: Ctx): ItemScope {
  const user = authorize(ctx, 'item.read');
  if (can(user.roles, 'item.oversee')) return { unitId: null, ledgerIds: ledgerLimit(user) };
  // A unit user without a unit sees nothing: an impossible unit id keeps the predicate uniform.
  return { unitId: user.unitId ?? '\u0000none', ledgerIds: null };
}

/** True when the scope limits nothing: the predicate would be `true`, so callers may skip it. */
export function isUnlimited(scope: ItemScope): boolean {
  return !scope.unitId && !scope.ledgerIds;
}

/** Where a row finds its item: the item id, and the copies of the item's ledger and status a table may keep. */
interface ItemColumns {
  itemId: string;
  ledgerId?: string;
  status?: string;
}

// The conditions are built once, over column names, for `items` itself and for
// every child table; Kysely's column typing is left to the typed entry points.
// biome-ignore lint/suspicious/noExplicitAny: any table that reaches an item
type AnyEb = ExpressionBuilder<any, any>;

function conditions(eb: AnyEb, scope: ItemScope, cols: ItemColumns): Expression<SqlBool>[] {
  const conds: Expression<SqlBool>[] = [];
  if (isUnlimited(scope)) return conds;
  const itemId = sql.ref(cols.itemId);
  // A child table without its own copies of ledger and status asks `items` for them.
  if ((scope.ledgerIds && !cols.ledgerId) || (scope.unitId && !cols.status))
    return [eb(itemId, 'in', eb.selectFrom('items as i').select('i.id').where(scopePredicate(scope)))];
  if (scope.ledgerIds && cols.ledgerId) conds.push(eb(sql.ref(cols.ledgerId), 'in', scope.ledgerIds));
  if (scope.unitId) {
    // A draft is the supervisor's working copy: units see an item once it is assigned to them.
    conds.push(eb(sql.ref(cols.status as string), '!=', 'draft'));
    // Driven from the unit's responsibilities (an index range of a few hundred
    // rows) rather than probing every item for a matching responsibility.
    conds.push(
      eb(
        itemId,
        'in',
        eb.selectFrom('responsibilities as rs').select('rs.item_id').where('rs.unit_id', '=', scope.unitId),
      ),
    );
  }
  return conds;
}

/** The scope as a WHERE predicate over `items` (aliased `i`). */
export function scopePredicate(scope: ItemScope) {
  return (eb: ExpressionBuilder<Database & { i: Database['items'] }, 'i'>) =>
    eb.and(conditions(eb, scope, { itemId: 'i.id', ledgerId: 'i.ledger_id', status: 'i.status' }));
}

/**
 * The scope as a WHERE predicate over any table that names its item in an
 * `item_id` column (`alias.item_id`). Tables that keep copies of the item's
 * ledger and status (responsibilities) name them in `copies`, so that the
 * predicate stays on their own indexes instead of asking `items`.
 */
export function inItemScope(
  scope: ItemScope,
  itemIdColumn: `${string}.item_id`,
  copies: { ledgerId?: `${string}.ledger_id`; status?: `${string}.item_status` } = {},
) {
  return <DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>): Expression<SqlBool> =>
    eb.and(conditions(eb, scope, { itemId: itemIdColumn, ...copies }));
}
