import type { Ctx } from '../../../context.js';
import { inTransaction } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { SYSTEM_ACTOR } from '../../../system.js';
import { itemScope } from '../../access/policy.js';
import { appendAudit } from '../../audit/audit.repo.js';
import { appendItemEvent } from '../../timeline/timeline.repo.js';
import { requireSupervisorWrite } from '../item.access.js';
import { loadForWrite } from '../item.kernel.js';
import { auditSnapshot } from '../item.state.js';
import { setItemArchived } from '../item.write.repo.js';

/**
 * Archives a draft (归档) instead of deleting it: business records are never deleted (issue 13). An
 * archived draft leaves every list (`GET /api/items?archived=true` shows them to supervisors), keeps its
 * code, history and audit trail, cannot be changed, and can be restored. Anything assigned stays on record
 * in its own right (cancel it instead).
 */
export async function archiveItem(ctx: Ctx, id: string): Promise<void> {
  requireSupervisorWrite(ctx);
  const scope = itemScope(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await loadForWrite({ tx, scope }, id);
    if (before.item.archived_at) return;
    if (before.item.status !== 'draft')
      throw new AppError('rule_violation', [
        {
          zh: '只有草稿可以归档，已交办事项请撤销',
          en: 'Only drafts can be archived; cancel assigned items',
        },
      ]);
    if (before.childCount > 0)
      throw new AppError('rule_violation', [{ zh: '请先归档其子事项', en: 'Archive its sub-items first' }]);
    // Work of the system actor (command line, start-up) is archived by nobody in `users`.
    const by = tx.user && tx.user.id !== SYSTEM_ACTOR.id ? tx.user.id : null;
    await setItemArchived(tx, id, { at: tx.now.toISOString(), by });
    // The draft's history stays readable (to those who oversee items) and says when it left the lists.
    await appendItemEvent(tx, { itemId: id, kind: 'archived' });
    await appendAudit(tx, {
      action: 'item.archive',
      entity: 'item',
      entityId: id,
      outcome: 'success',
      before: auditSnapshot(before),
    });
  });
}

/** Puts an archived draft back among the drafts. */
export async function restoreItem(ctx: Ctx, id: string): Promise<void> {
  requireSupervisorWrite(ctx);
  const scope = itemScope(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await loadForWrite({ tx, scope }, id);
    if (!before.item.archived_at)
      throw new AppError('rule_violation', [{ zh: '该事项未归档', en: 'The item is not archived' }]);
    await setItemArchived(tx, id, null);
    await appendItemEvent(tx, { itemId: id, kind: 'restored' });
    await appendAudit(tx, {
      action: 'item.restore',
      entity: 'item',
      entityId: id,
      outcome: 'success',
      after: { code: before.item.code, title: before.item.title },
    });
  });
}
