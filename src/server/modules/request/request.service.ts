import type { z } from 'zod';
import type { ApprovalStep } from '../../../core/requests.js';
import type {
  ApprovalChainInput,
  ApprovalChainOut,
  RequestOut,
  RequestQuery,
} from '../../../core/schemas/request.js';
import { type Ctx, inTransaction } from '../../context.js';
import { notFound } from '../../errors.js';
import { itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { filesOfOwners } from '../file/file.repo.js';
import { toFileOut } from '../file/file.service.js';
import { findItem } from '../item/item.repo.js';
import { assertLedgerWritable as assertLedgerAccess } from './request.ledger.js';
import { toRequestOut } from './request.mapper.js';
import { decidesStep } from './request.policy.js';
import {
  chainOf,
  decisionsOf,
  findRequest,
  queryRequests,
  type RequestRow,
  requestsOfItem,
  writeChain,
} from './request.repo.js';

/**
 * Requests' reads and the ledgers' approval chains; the commands (submit,
 * decide) are in `commands/`.
 */
export { decideRequest } from './commands/decide.js';
export { submitRequest } from './commands/submit.js';

/** The requests as the API shows them, each with whether the current user decides its waiting step. */
async function present(ctx: Ctx, rows: RequestRow[]): Promise<RequestOut[]> {
  const user = ctx.user;
  const [decisions, leads, files] = await Promise.all([
    decisionsOf(
      ctx,
      rows.map((r) => r.id),
    ),
    rows.length
      ? ctx.db
          .selectFrom('responsibilities')
          .select(['item_id', 'unit_id', 'leader_id', 'deputy_id'])
          .where('role', '=', 'lead')
          .where('item_id', 'in', [...new Set(rows.map((r) => r.item_id))])
          .execute()
      : [],
    filesOfOwners(
      ctx,
      'request',
      rows.map((r) => r.id),
    ),
  ]);
  const fileOuts = files.map(toFileOut);
  const leadOf = new Map(leads.map((l) => [l.item_id, l]));
  return rows.map((r) =>
    toRequestOut(
      r,
      decisions,
      !!user &&
        r.status === 'pending' &&
        !!r.waiting_on &&
        decidesStep(user, r.waiting_on as ApprovalStep, leadOf.get(r.item_id), r.requested_by),
      fileOuts,
    ),
  );
}

export async function getRequest(ctx: Ctx, id: string): Promise<RequestOut> {
  const row = await findRequest(ctx, itemScope(ctx), id);
  if (!row) throw notFound();
  return (await present(ctx, [row]))[0];
}

/** An item's requests, newest first; the item must be in the user's scope. */
export async function listItemRequests(
  ctx: Ctx,
  itemId: string,
): Promise<{ items: RequestOut[]; total: number }> {
  const item = await findItem(ctx, itemScope(ctx), itemId);
  if (!item) throw notFound();
  const items = await present(ctx, await requestsOfItem(ctx, itemId));
  return { items, total: items.length };
}

/** Requests in the user's scope; `awaiting=me` is the approver's inbox. */
export async function listRequests(
  ctx: Ctx,
  q: RequestQuery,
): Promise<{ items: RequestOut[]; total: number }> {
  const { rows, total } = await queryRequests(ctx, itemScope(ctx), q);
  return { items: await present(ctx, rows), total };
}

export async function getApprovalChain(
  ctx: Ctx,
  ledgerId: string,
): Promise<z.infer<typeof ApprovalChainOut>> {
  await assertLedgerAccess(ctx, ledgerId, 'ledger.read');
  return { ledgerId, ...(await chainOf(ctx, ledgerId)) };
}

/** Sets a ledger's approval chain; requests already made keep the chain they were made with. */
export async function setApprovalChain(
  ctx: Ctx,
  ledgerId: string,
  input: z.output<typeof ApprovalChainInput>,
): Promise<z.infer<typeof ApprovalChainOut>> {
  await assertLedgerAccess(ctx, ledgerId, 'ledger.write');
  return inTransaction(ctx, async (tx) => {
    const before = await chainOf(tx, ledgerId);
    await writeChain(tx, ledgerId, input.steps);
    await appendAudit(tx, {
      action: 'ledger.approval_chain',
      entity: 'ledger',
      entityId: ledgerId,
      outcome: 'success',
      before: before.steps,
      after: input.steps,
    });
    return { ledgerId, steps: input.steps, isDefault: false };
  });
}
