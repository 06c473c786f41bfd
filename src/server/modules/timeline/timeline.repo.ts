import type { Ctx } from '../../context.js';

export interface NewItemEvent {
  itemId: string;
  kind: string;
  /** The unit the event concerns (the one that acknowledged, reported, was urged…), if any. */
  unitId?: string | null;
  /** Hidden from unit users (e.g. an undisclosed unannounced inspection). */
  restricted?: boolean;
  payload?: Record<string, unknown>;
}

/** Appends an event to an item's timeline, in the caller's transaction. */
export async function appendItemEvent(ctx: Ctx, e: NewItemEvent): Promise<void> {
  await itemEventInsert(ctx, e).execute();
}

/** The insert of an item event, for a caller that runs it together with other writes. */
export function itemEventInsert(ctx: Ctx, e: NewItemEvent) {
  return ctx.db.insertInto('item_events').values({
    item_id: e.itemId,
    at: ctx.now.toISOString(),
    actor_id: ctx.user?.id ?? null,
    actor_name: ctx.user?.displayName ?? null,
    kind: e.kind,
    unit_id: e.unitId ?? null,
    restricted: e.restricted ? 1 : 0,
    payload: JSON.stringify(e.payload ?? {}),
  });
}

/** A page of an item's events, newest first, and their number; restricted ones only when asked. */
export async function listItemEvents(
  ctx: Ctx,
  itemId: string,
  f: { withRestricted: boolean; offset: number; limit: number },
) {
  let q = ctx.db.selectFrom('item_events as e').where('e.item_id', '=', itemId);
  if (!f.withRestricted) q = q.where('e.restricted', '=', 0);
  const [rows, count] = await Promise.all([
    q
      .leftJoin('units as u', 'u.id', 'e.unit_id')
      .selectAll('e')
      .select('u.name as unit_name')
      .orderBy('e.seq', 'desc')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
