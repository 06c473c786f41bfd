import type { InstructionQuery } from '../../../core/schemas/report.js';
import type { Ctx } from '../../context.js';
import type { InstructionsTable } from '../../db/schema.js';
import { type ItemScope, inItemScope } from '../access/policy.js';

/** The queries of leader instructions and their acknowledgements; reads filter through the item scope. */

export async function insertInstruction(ctx: Ctx, row: InstructionsTable, unitIds: readonly string[]) {
  await ctx.db.insertInto('instructions').values(row).execute();
  if (unitIds.length)
    await ctx.db
      .insertInto('instruction_acks')
      .values(
        unitIds.map((unit_id) => ({
          instruction_id: row.id,
          unit_id,
          item_id: row.item_id,
          acknowledged_at: null,
          acknowledged_by: null,
          reply: null,
        })),
      )
      .execute();
}

/** Marks a unit's acknowledgement once; false when it was already there. */
export async function acknowledgeIfOpen(
  ctx: Ctx,
  instructionId: string,
  unitId: string,
  userId: string,
  reply: string | null,
): Promise<boolean> {
  const res = await ctx.db
    .updateTable('instruction_acks')
    .set({ acknowledged_at: ctx.now.toISOString(), acknowledged_by: userId, reply })
    .where('instruction_id', '=', instructionId)
    .where('unit_id', '=', unitId)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

function scoped(ctx: Ctx, scope: ItemScope) {
  return ctx.db
    .selectFrom('instructions as n')
    .innerJoin('items as i', 'i.id', 'n.item_id')
    .selectAll('n')
    .select(['i.code as item_code', 'i.title as item_title'])
    .where(inItemScope(scope, 'n.item_id'));
}

async function withAcks(ctx: Ctx, rows: Awaited<ReturnType<ReturnType<typeof scoped>['execute']>>) {
  const ids = rows.map((r) => r.id);
  const acks = ids.length
    ? await ctx.db
        .selectFrom('instruction_acks as a')
        .innerJoin('units as u', 'u.id', 'a.unit_id')
        .leftJoin('users as b', 'b.id', 'a.acknowledged_by')
        .selectAll('a')
        .select(['u.name as unit_name', 'b.display_name as acknowledged_by_name'])
        .where('a.instruction_id', 'in', ids)
        .orderBy('u.sort_order')
        .orderBy('u.name')
        .execute()
    : [];
  return rows.map((r) => ({ ...r, acks: acks.filter((a) => a.instruction_id === r.id) }));
}
export type InstructionRows = Awaited<ReturnType<typeof withAcks>>;

export async function findInstruction(ctx: Ctx, scope: ItemScope, id: string) {
  const row = await scoped(ctx, scope).where('n.id', '=', id).executeTakeFirst();
  return row ? (await withAcks(ctx, [row]))[0] : undefined;
}

/** Newest first; `pending`: waiting for an acknowledgement — for a unit user, their own unit's. */
export async function queryInstructions(ctx: Ctx, scope: ItemScope, f: InstructionQuery) {
  let q = scoped(ctx, scope);
  if (f.itemId) q = q.where('n.item_id', '=', f.itemId);
  if (f.pending)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('instruction_acks as pa')
          .select('pa.unit_id')
          .whereRef('pa.instruction_id', '=', 'n.id')
          .where('pa.acknowledged_at', 'is', null)
          .$if(!!scope.unitId, (sq) => sq.where('pa.unit_id', '=', scope.unitId as string)),
      ),
    );
  const [rows, count] = await Promise.all([
    q
      .orderBy('n.created_at', 'desc')
      .orderBy('n.id', 'desc')
      .offset((f.page - 1) * f.pageSize)
      .limit(f.pageSize)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: await withAcks(ctx, rows), total: Number(count.n) };
}
