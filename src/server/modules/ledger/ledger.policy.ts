import { can, ledgerLimit } from '../../../core/access.js';
import type { Actor } from '../../context.js';

/** Why a user may not do something with a ledger, as the error code to answer with. */
export type LedgerRefusal = 'unauthenticated' | 'forbidden' | 'not_found';

/** The ledgers a user sees, or null for all: a supervisor or leader limited to some ledgers sees only those. */
export function visibleLedgers(user: Actor | null): string[] | null {
  return user ? ledgerLimit(user) : null;
}

/**
 * Whether a user may read (one ledger, or without `ledgerId` the list),
 * create or change (update, delete) a ledger; null when they may. A ledger outside a limited user's ledgers reads as missing,
 * so that its existence is not revealed; a limited supervisor creates none,
 * since the new ledger would be outside their limit at once.
 */
export function ledgerRefusal(
  user: Actor | null,
  action: 'read' | 'create' | 'change',
  ledgerId?: string,
): LedgerRefusal | null {
  if (!user) return 'unauthenticated';
  if (!can(user.roles, action === 'read' ? 'ledger.read' : 'ledger.write')) return 'forbidden';
  const limit = ledgerLimit(user);
  if (!limit) return null;
  if (action === 'create') return 'forbidden';
  // Reading without an id is the list, which visibleLedgers() narrows.
  if (action === 'read' && ledgerId === undefined) return null;
  return ledgerId && limit.includes(ledgerId) ? null : 'not_found';
}
