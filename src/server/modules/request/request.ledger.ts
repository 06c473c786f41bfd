import type { Ctx } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { ledgerRefusal } from '../ledger/ledger.policy.js';
import { findLedger } from '../ledger/ledger.repo.js';

/** A ledger's approval chain is read by whoever reads the ledger and set by whoever may change it. */
export async function assertLedgerWritable(
  ctx: Ctx,
  ledgerId: string,
  permission: 'ledger.read' | 'ledger.write',
): Promise<void> {
  const refusal = ledgerRefusal(ctx.user, permission === 'ledger.read' ? 'read' : 'change', ledgerId);
  if (refusal) throw new AppError(refusal);
  if (!(await findLedger(ctx, ledgerId))) throw notFound();
}
