import { sql } from 'kysely';
import type { Ctx } from '../../context.js';

/**
 * A split item's progress is its sub-items' (分解): the mean progress of the
 * children that are not cancelled, written onto the parent whenever a child
 * is saved. A derived column like the light dates: no version bump, no audit
 * row of its own — the child's save is audited.
 */
export async function rollUpProgress(ctx: Ctx, parentId: string): Promise<void> {
  await ctx.db
    .updateTable('items')
    .set({
      progress: sql<number>`coalesce((SELECT CAST(ROUND(AVG(c.progress)) AS INTEGER) FROM items c WHERE c.parent_id = ${parentId} AND c.status <> 'cancelled'), 0)`,
    })
    .where('id', '=', parentId)
    .execute();
}
