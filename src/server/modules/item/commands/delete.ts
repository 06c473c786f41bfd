import type { Ctx } from '../../../context.js';
import { inTransaction } from '../../../context.js';
import { AppError } from '../../../errors.js';
import { itemScope } from '../../access/policy.js';
import { appendAudit } from '../../audit/audit.repo.js';
import { deleteItemEvents } from '../../timeline/timeline.repo.js';
import { requireSupervisorWrite } from '../item.access.js';
import { loadForWrite } from '../item.kernel.js';
import { auditSnapshot } from '../item.state.js';
import { deleteItemRows } from '../item.write.repo.js';

/** Only drafts can be deleted; anything assigned stays on record (cancel it instead). */
export async function deleteItem(ctx: Ctx, id: string): Promise<void> {
  requireSupervisorWrite(ctx);
  const scope = itemScope(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await loadForWrite({ tx, scope }, id);
    if (before.item.status !== 'draft')
      throw new AppError('rule_violation', [
        { zh: '只有草稿可以删除，已交办事项请撤销', en: 'Only drafts can be deleted; cancel assigned items' },
      ]);
    if (before.childCount > 0)
      throw new AppError('rule_violation', [{ zh: '请先删除其子事项', en: 'Delete its sub-items first' }]);
    await deleteItemEvents(tx, id);
    await deleteItemRows(tx, id);
    await appendAudit(tx, {
      action: 'item.delete',
      entity: 'item',
      entityId: id,
      outcome: 'success',
      before: auditSnapshot(before),
    });
  });
}
