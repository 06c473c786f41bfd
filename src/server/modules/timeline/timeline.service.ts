import type { TimelineEntry } from '../../../core/schemas/timeline.js';
import { describeEvent, TIMELINE_LABELS, type TimelineKind } from '../../../core/timeline.js';
import type { Ctx } from '../../context.js';
import { can, checkAccess } from '../access/policy.js';
import { listItemEvents } from './timeline.repo.js';

/**
 * An item's timeline, newest first: who did what when. Whoever may read the
 * item reads its timeline; restricted events only those who oversee items.
 */
export async function getTimeline(
  ctx: Ctx,
  itemId: string,
  q: { page: number; pageSize: number },
): Promise<{ items: TimelineEntry[]; total: number }> {
  const user = await checkAccess(ctx, 'item.read', [itemId]);
  const { rows, total } = await listItemEvents(ctx, itemId, {
    withRestricted: can(user, 'item.oversee'),
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  });
  return {
    total,
    items: rows.map((r) => {
      const payload = JSON.parse(r.payload) as Record<string, unknown>;
      return {
        id: Number(r.seq),
        at: r.at,
        kind: r.kind,
        title: TIMELINE_LABELS[r.kind as TimelineKind]?.[ctx.lang] ?? r.kind,
        text: describeEvent(r.kind, payload, ctx.lang),
        actorId: r.actor_id,
        actorName: r.actor_name,
        unitId: r.unit_id,
        unitName: r.unit_name,
        restricted: r.restricted === 1,
        payload,
      };
    }),
  };
}
