import type { ObstacleQuery } from '../../../core/schemas/report.js';
import type { Ctx } from '../../context.js';
import type { ObstaclesTable } from '../../db/schema.js';
import { type ItemScope, inItemScope } from '../access/policy.js';

/** The queries of obstacles (问题/病因); every read filters through the item scope. */

export type ObstacleRow = ObstaclesTable & {
  item_code: string;
  item_title: string;
  solver_unit_name: string;
  raised_by_unit_name: string | null;
  resolved_by_name: string | null;
  created_by_name: string | null;
};

function scoped(ctx: Ctx, scope: ItemScope) {
  return ctx.db
    .selectFrom('obstacles as o')
    .innerJoin('items as i', 'i.id', 'o.item_id')
    .innerJoin('units as su', 'su.id', 'o.solver_unit_id')
    .leftJoin('units as ru', 'ru.id', 'o.raised_by_unit_id')
    .leftJoin('users as rb', 'rb.id', 'o.resolved_by')
    .leftJoin('users as cb', 'cb.id', 'o.created_by')
    .selectAll('o')
    .select([
      'i.code as item_code',
      'i.title as item_title',
      'su.name as solver_unit_name',
      'ru.name as raised_by_unit_name',
      'rb.display_name as resolved_by_name',
      'cb.display_name as created_by_name',
    ])
    .where(inItemScope(scope, 'o.item_id'));
}

export async function insertObstacle(ctx: Ctx, row: ObstaclesTable): Promise<void> {
  await ctx.db.insertInto('obstacles').values(row).execute();
}

export function findObstacle(ctx: Ctx, scope: ItemScope, id: string): Promise<ObstacleRow | undefined> {
  return scoped(ctx, scope).where('o.id', '=', id).executeTakeFirst();
}

/** Open first, then newest first. */
export async function queryObstacles(ctx: Ctx, scope: ItemScope, f: ObstacleQuery & { itemId?: string }) {
  let q = scoped(ctx, scope);
  if (f.itemId) q = q.where('o.item_id', '=', f.itemId);
  if (f.status) q = q.where('o.status', '=', f.status);
  if (f.cause) q = q.where('o.cause', '=', f.cause);
  if (f.solverUnitId) q = q.where('o.solver_unit_id', '=', f.solverUnitId);
  if (f.ledgerId) q = q.where('i.ledger_id', '=', f.ledgerId);
  if (f.blockedUnitId) {
    const blocked = f.blockedUnitId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('responsibilities as lr')
          .select('lr.id')
          .whereRef('lr.item_id', '=', 'o.item_id')
          .where('lr.role', '=', 'lead')
          .where('lr.unit_id', '=', blocked),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    q
      .orderBy('o.status')
      .orderBy('o.created_at', 'desc')
      .orderBy('o.id', 'desc')
      .offset((f.page - 1) * f.pageSize)
      .limit(f.pageSize)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function resolveObstacleIfVersion(
  ctx: Ctx,
  id: string,
  version: number,
  set: Pick<ObstaclesTable, 'resolution' | 'resolved_at' | 'resolved_by' | 'updated_at'>,
): Promise<boolean> {
  const res = await ctx.db
    .updateTable('obstacles')
    .set({ ...set, status: 'resolved', version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** How many of `ids` are open obstacles of the item. */
export async function countOpenObstacles(ctx: Ctx, itemId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await ctx.db
    .selectFrom('obstacles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('item_id', '=', itemId)
    .where('status', '=', 'open')
    .where('id', 'in', [...ids])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The open obstacles within the scope, grouped for the bottleneck view. */
export async function obstacleSummary(ctx: Ctx, scope: ItemScope, f: { ledgerId?: string } = {}) {
  let open = ctx.db
    .selectFrom('obstacles as o')
    .innerJoin('items as i', 'i.id', 'o.item_id')
    .where('o.status', '=', 'open')
    .where(inItemScope(scope, 'o.item_id'));
  if (f.ledgerId) open = open.where('i.ledger_id', '=', f.ledgerId);
  const [byCause, byLedger, bySolver, blocks, cells] = await Promise.all([
    open
      .select(['o.cause'])
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .groupBy('o.cause')
      .execute(),
    open
      .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
      .select(['l.id as ledger_id', 'l.name as ledger_name', 'o.cause'])
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .groupBy(['l.id', 'l.name', 'o.cause'])
      .execute(),
    open
      .innerJoin('units as su', 'su.id', 'o.solver_unit_id')
      .select(['su.id as unit_id', 'su.name as unit_name', 'o.cause'])
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .groupBy(['su.id', 'su.name', 'o.cause'])
      .execute(),
    // The held-back item's lead unit against the unit that must solve its obstacle.
    open
      .innerJoin('responsibilities as lr', (j) =>
        j.onRef('lr.item_id', '=', 'o.item_id').on('lr.role', '=', 'lead'),
      )
      .innerJoin('units as bu', 'bu.id', 'lr.unit_id')
      .innerJoin('units as su', 'su.id', 'o.solver_unit_id')
      .whereRef('lr.unit_id', '!=', 'o.solver_unit_id')
      .select([
        'bu.id as blocked_id',
        'bu.name as blocked_name',
        'su.id as solver_id',
        'su.name as solver_name',
      ])
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('o.created_at').as('oldest')])
      .groupBy(['bu.id', 'bu.name', 'su.id', 'su.name'])
      .execute(),
    // The cross table: cause × ledger × the unit that must solve it.
    open
      .innerJoin('ledgers as l', 'l.id', 'i.ledger_id')
      .innerJoin('units as su', 'su.id', 'o.solver_unit_id')
      .select([
        'o.cause',
        'l.id as ledger_id',
        'l.name as ledger_name',
        'su.id as unit_id',
        'su.name as unit_name',
      ])
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .groupBy(['o.cause', 'l.id', 'l.name', 'su.id', 'su.name'])
      .execute(),
  ]);
  return { byCause, byLedger, bySolver, blocks, cells };
}
