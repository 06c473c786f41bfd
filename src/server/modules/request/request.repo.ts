import type { SelectQueryBuilder } from 'kysely';
import { APPROVAL_STEPS, type ApprovalStep, DEFAULT_APPROVAL_CHAIN } from '../../../core/requests.js';
import type { Actor, Ctx } from '../../context.js';
import type { Database, ItemRequestsTable, RequestDecisionsTable } from '../../db/schema.js';
import { type ItemScope, inItemScope } from '../access/policy.js';

/** All SQL of requests, their decisions and the ledgers' approval chains. */

export type RequestRow = ItemRequestsTable & { item_code: string; item_title: string };

type RequestsQuery = SelectQueryBuilder<
  Database & { r: ItemRequestsTable; i: Database['items'] },
  'r' | 'i',
  object
>;

function withItem(ctx: Ctx) {
  return ctx.db
    .selectFrom('item_requests as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .selectAll('r')
    .select(['i.code as item_code', 'i.title as item_title']);
}

export async function insertRequest(ctx: Ctx, row: ItemRequestsTable): Promise<void> {
  await ctx.db.insertInto('item_requests').values(row).execute();
}

/** Moves a request on under its version; false when someone else decided first. */
export async function updateRequestIfVersion(
  ctx: Ctx,
  row: Pick<ItemRequestsTable, 'id' | 'status' | 'step' | 'waiting_on' | 'decided_at' | 'version'>,
  version: number,
): Promise<boolean> {
  const res = await ctx.db
    .updateTable('item_requests')
    .set({
      status: row.status,
      step: row.step,
      waiting_on: row.waiting_on,
      decided_at: row.decided_at,
      version: row.version,
    })
    .where('id', '=', row.id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertDecision(ctx: Ctx, row: Omit<RequestDecisionsTable, 'seq'>): Promise<void> {
  await ctx.db.insertInto('request_decisions').values(row).execute();
}

/** A request within the user's item scope. */
export async function findRequest(ctx: Ctx, scope: ItemScope, id: string): Promise<RequestRow | undefined> {
  return withItem(ctx).where('r.id', '=', id).where(inItemScope(scope, 'r.item_id')).executeTakeFirst();
}

/** The pending request of an item, if any (an item has at most one at a time). */
export async function pendingRequestOf(ctx: Ctx, itemId: string) {
  return ctx.db
    .selectFrom('item_requests')
    .select(['id', 'kind'])
    .where('item_id', '=', itemId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
}

/** An item's requests, newest first (the item was read within scope by the caller). */
export async function requestsOfItem(ctx: Ctx, itemId: string): Promise<RequestRow[]> {
  return withItem(ctx)
    .where('r.item_id', '=', itemId)
    .orderBy('r.requested_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
}

/**
 * Where the waiting step is the user's to decide — the SQL twin of
 * `decidesStep` (request.policy.ts): the lead responsibility names the unit's
 * deputy and the leader in charge.
 */
function awaitingUser(q: RequestsQuery, user: Actor): RequestsQuery {
  return q
    .leftJoin('responsibilities as lr', (j) =>
      j.onRef('lr.item_id', '=', 'r.item_id').on('lr.role', '=', 'lead'),
    )
    .where('r.status', '=', 'pending')
    .where((eb) => {
      const ors = [];
      if (user.roles.includes('supervisor')) ors.push(eb('r.waiting_on', '=', 'supervisor'));
      if (user.roles.includes('leader'))
        ors.push(
          eb.and([
            eb('r.waiting_on', '=', 'leader'),
            eb.or([eb('lr.leader_id', '=', user.id), eb('lr.leader_id', 'is', null)]),
          ]),
        );
      if (user.roles.includes('unit') && user.unitId)
        ors.push(
          eb.and([
            eb('r.waiting_on', '=', 'unit_head'),
            eb('lr.unit_id', '=', user.unitId),
            eb.or([
              eb('lr.deputy_id', '=', user.id),
              eb.and([eb('lr.deputy_id', 'is', null), eb('r.requested_by', '!=', user.id)]),
            ]),
          ]),
        );
      return ors.length ? eb.or(ors) : eb.val(false);
    }) as unknown as RequestsQuery;
}

/** A page of the requests in the user's scope: all, or those awaiting their decision. */
export async function queryRequests(
  ctx: Ctx,
  scope: ItemScope,
  f: { awaiting?: 'me'; status?: string; page: number; pageSize: number },
) {
  let q = withItem(ctx).where(inItemScope(scope, 'r.item_id')) as unknown as RequestsQuery;
  if (f.awaiting && ctx.user) q = awaitingUser(q, ctx.user);
  if (f.status) q = q.where('r.status', '=', f.status as ItemRequestsTable['status']);
  const [rows, count] = await Promise.all([
    (q as unknown as ReturnType<typeof withItem>)
      .orderBy('r.requested_at', 'desc')
      .orderBy('r.id', 'desc')
      .offset((f.page - 1) * f.pageSize)
      .limit(f.pageSize)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as RequestRow[], total: Number((count as { n: number }).n) };
}

export async function decisionsOf(ctx: Ctx, requestIds: string[]) {
  if (!requestIds.length) return [];
  return ctx.db
    .selectFrom('request_decisions')
    .selectAll()
    .where('request_id', 'in', requestIds)
    .orderBy('seq')
    .execute();
}

/** The ledger's approval chain, or the default when the office set none. */
export async function chainOf(
  ctx: Ctx,
  ledgerId: string,
): Promise<{ steps: ApprovalStep[]; isDefault: boolean }> {
  const row = await ctx.db
    .selectFrom('approval_chains')
    .select('steps')
    .where('ledger_id', '=', ledgerId)
    .executeTakeFirst();
  if (!row) return { steps: [...DEFAULT_APPROVAL_CHAIN], isDefault: true };
  const steps = (JSON.parse(row.steps) as string[]).filter((s): s is ApprovalStep =>
    (APPROVAL_STEPS as readonly string[]).includes(s),
  );
  return { steps, isDefault: false };
}

export async function writeChain(ctx: Ctx, ledgerId: string, steps: ApprovalStep[]): Promise<void> {
  const value = JSON.stringify(steps);
  const at = ctx.now.toISOString();
  await ctx.db
    .insertInto('approval_chains')
    .values({ ledger_id: ledgerId, steps: value, updated_at: at })
    .onConflict((oc) => oc.column('ledger_id').doUpdateSet({ steps: value, updated_at: at }))
    .execute();
}
