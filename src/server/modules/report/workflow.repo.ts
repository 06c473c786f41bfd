import { sql } from 'kysely';
import type { Ctx } from '../../context.js';
import { type ItemScope, inItemScope } from '../access/policy.js';

/**
 * What waits for someone, counted within the scope: for a unit user their own
 * unit's part (its acknowledgements, its returned reports, the instructions it
 * has to acknowledge), for supervisors and leaders everyone's.
 */
export async function workflowCounts(ctx: Ctx, scope: ItemScope) {
  const unitId = scope.unitId;
  const n = sql<number>`count(*)`.as('n');
  const [unack, toReview, returned, instructions, obstacles] = await Promise.all([
    ctx.db
      .selectFrom('responsibilities as r')
      .select(n)
      .where('r.acknowledged_at', 'is', null)
      .where('r.item_status', 'in', ['assigned', 'in_progress'])
      .where(inItemScope(scope, 'r.item_id', { ledgerId: 'r.ledger_id', status: 'r.item_status' }))
      .$if(!!unitId, (q) => q.where('r.unit_id', '=', unitId as string))
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('reports as p')
      .select(n)
      .where('p.status', '=', 'submitted')
      .where(inItemScope(scope, 'p.item_id'))
      .executeTakeFirstOrThrow(),
    // A returned report waits for the unit until it reports on the item again.
    ctx.db
      .selectFrom('reports as p')
      .select(n)
      .where('p.status', '=', 'returned')
      .where(inItemScope(scope, 'p.item_id'))
      .$if(!!unitId, (q) => q.where('p.unit_id', '=', unitId as string))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('reports as later')
              .select('later.id')
              .whereRef('later.item_id', '=', 'p.item_id')
              .whereRef('later.unit_id', '=', 'p.unit_id')
              .whereRef('later.id', '!=', 'p.id')
              .whereRef('later.created_at', '>=', 'p.created_at'),
          ),
        ),
      )
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('instructions as n')
      .select(n)
      .where(inItemScope(scope, 'n.item_id'))
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('instruction_acks as a')
            .select('a.unit_id')
            .whereRef('a.instruction_id', '=', 'n.id')
            .where('a.acknowledged_at', 'is', null)
            .$if(!!unitId, (q) => q.where('a.unit_id', '=', unitId as string)),
        ),
      )
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('obstacles as o')
      .select(n)
      .where('o.status', '=', 'open')
      .where(inItemScope(scope, 'o.item_id'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    unacknowledged: Number(unack.n),
    reportsToReview: Number(toReview.n),
    reportsReturned: Number(returned.n),
    instructionsOpen: Number(instructions.n),
    openObstacles: Number(obstacles.n),
  };
}
