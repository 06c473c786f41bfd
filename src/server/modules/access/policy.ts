import type { ExpressionBuilder } from 'kysely';
import type { Role } from '../../../core/enums.js';
import type { Actor, Ctx } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';

/**
 * Who may do what. Every service asks here; list queries and single reads use
 * the same scope predicate, so that they cannot disagree.
 *
 * | action            | supervisor | leader | unit            | sysadmin | secadmin | auditor |
 * |-------------------|------------|--------|-----------------|----------|----------|---------|
 * | item.read         | scope      | scope  | own unit's      | –        | –        | –       |
 * | item.write        | scope      | –      | limited, own    | –        | –        | –       |
 * | ledger.read       | yes        | yes    | yes             | yes      | –        | –       |
 * | ledger.write      | yes        | –      | –               | –        | –        | –       |
 * | unit.read         | all logged-in users                                               |
 * | unit.write        | yes        | –      | –               | yes      | –        | –       |
 * | user.read         | –          | –      | –               | yes      | yes      | –       |
 * | user.manage       | –          | –      | –               | yes      | unlock   | –       |
 * | people.read       | yes        | yes    | yes             | yes      | –        | –       |
 * | audit.read        | –          | –      | –               | –        | –        | yes     |
 * | settings.write    | –          | –      | –               | yes      | yes      | –       |
 * | meeting.read      | yes        | yes    | –               | –        | –        | –       |
 * | meeting.write     | yes        | –      | –               | –        | –        | –       |
 *
 * "scope": a supervisor or leader limited to some ledgers sees only those.
 */
export type Permission =
  | 'item.read'
  | 'item.write'
  | 'ledger.read'
  | 'ledger.write'
  | 'unit.read'
  | 'unit.write'
  | 'user.read'
  | 'user.manage'
  | 'user.unlock'
  | 'people.read'
  | 'audit.read'
  | 'settings.read'
  | 'settings.write'
  | 'meeting.read'
  | 'meeting.write';

const GRANTS: Record<Permission, readonly Role[]> = {
  'item.read': ['supervisor', 'leader', 'unit'],
  'item.write': ['supervisor', 'unit'],
  'ledger.read': ['supervisor', 'leader', 'unit', 'sysadmin'],
  'ledger.write': ['supervisor'],
  'unit.read': ['supervisor', 'leader', 'unit', 'sysadmin', 'secadmin', 'auditor'],
  'unit.write': ['supervisor', 'sysadmin'],
  // The security admin reads users to find and unlock locked accounts.
  'user.read': ['sysadmin', 'secadmin'],
  'user.manage': ['sysadmin'],
  'user.unlock': ['sysadmin', 'secadmin'],
  'people.read': ['supervisor', 'leader', 'unit', 'sysadmin'],
  'audit.read': ['auditor'],
  'settings.read': ['sysadmin', 'secadmin', 'supervisor'],
  'settings.write': ['sysadmin', 'secadmin'],
  'meeting.read': ['supervisor', 'leader'],
  'meeting.write': ['supervisor'],
};

export function can(user: Actor | null, permission: Permission): boolean {
  return !!user && GRANTS[permission].some((r) => user.roles.includes(r));
}

/** Throws `unauthenticated` without a user, `forbidden` without the permission; returns the user. */
export function authorize(ctx: Ctx, permission: Permission): Actor {
  if (!ctx.user) throw new AppError('unauthenticated');
  if (!can(ctx.user, permission)) throw new AppError('forbidden');
  return ctx.user;
}

/** Supervisors and leaders see every ledger unless limited; unit users are scoped by unit, not ledger. */
function seesAllItems(user: Actor): boolean {
  return user.roles.includes('supervisor') || user.roles.includes('leader');
}

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
  if (seesAllItems(user)) return { unitId: null, ledgerIds: user.ledgerIds.length ? user.ledgerIds : null };
  // A unit user without a unit sees nothing: an impossible unit id keeps the predicate uniform.
  return { unitId: user.unitId ?? '\u0000none', ledgerIds: null };
}

/** The scope as a WHERE predicate over `items` (aliased `i`). */
export function scopePredicate(scope: ItemScope) {
  return (eb: ExpressionBuilder<Database & { i: Database['items'] }, 'i'>) => {
    const conds = [];
    if (scope.ledgerIds) conds.push(eb('i.ledger_id', 'in', scope.ledgerIds));
    // A draft is the supervisor's working copy: units see an item once it is assigned to them.
    if (scope.unitId) conds.push(eb('i.status', '!=', 'draft'));
    // Driven from the unit's responsibilities (an index range of a few hundred
    // rows) rather than probing every item for a matching responsibility.
    if (scope.unitId)
      conds.push(
        eb(
          'i.id',
          'in',
          eb.selectFrom('responsibilities as rs').select('rs.item_id').where('rs.unit_id', '=', scope.unitId),
        ),
      );
    return eb.and(conds);
  };
}

/** True when the user writes as a unit user (not as a supervisor). */
export function writesAsUnit(user: Actor): boolean {
  return !user.roles.includes('supervisor') && user.roles.includes('unit');
}
