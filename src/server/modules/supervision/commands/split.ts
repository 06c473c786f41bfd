import type { ItemOut } from '../../../../core/schemas/item.js';
import { SplitInput } from '../../../../core/schemas/supervision.js';
import { type Ctx, inTransaction } from '../../../context.js';
import { AppError, fieldError, type LocalizedDetail, staleVersion } from '../../../errors.js';
import { itemScope } from '../../access/policy.js';
import { appendAudit } from '../../audit/audit.repo.js';
import { createItem } from '../../item/commands/create.js';
import { transitionItem } from '../../item/commands/transition.js';
import { requireSupervisorWrite } from '../../item/item.access.js';
import { loadForWrite } from '../../item/item.kernel.js';
import { appendItemEvent } from '../../timeline/timeline.repo.js';

/**
 * 分解: splits an item into sub-items per unit in one transaction, each with
 * its own lead unit and due date (no later than the parent's due date in
 * force). Sub-items of an assigned parent are assigned at once; the parent's
 * progress is rolled up from theirs (item.rollup.ts).
 */
export async function splitItem(ctx: Ctx, id: string, raw: SplitInput): Promise<ItemOut[]> {
  requireSupervisorWrite(ctx);
  const input = SplitInput.parse(raw);
  const scope = itemScope(ctx);
  return inTransaction(ctx, async (tx) => {
    const parent = await loadForWrite({ tx, scope }, id);
    if (parent.item.version !== input.version) throw staleVersion();
    const p = parent.item;
    if (p.parent_id)
      throw fieldError('rule_violation', 'children', '子事项不能再分解', 'a sub-item cannot be split');
    if (['completed', 'cancelled'].includes(p.status))
      throw fieldError(
        'invalid_transition',
        'children',
        '已办结或撤销的事项不能分解',
        'a closed item cannot be split',
      );
    const problems: LocalizedDetail[] = [];
    input.children.forEach((c, i) => {
      if (c.dueDate > p.current_due_date || c.dueDate < p.start_date)
        problems.push({
          field: `children.${i}.dueDate`,
          zh: `子事项截止日期应在 ${p.start_date} 至 ${p.current_due_date} 之间`,
          en: `a sub-item is due between ${p.start_date} and ${p.current_due_date}`,
        });
    });
    if (problems.length) throw new AppError('rule_violation', problems);
    const out: ItemOut[] = [];
    for (const c of input.children) {
      let child = await createItem(tx, {
        ledgerId: p.ledger_id,
        title: c.title,
        source: p.source,
        sourceRef: p.source_ref,
        goal: c.goal ?? '',
        priority: p.priority,
        startDate: p.start_date,
        dueDate: c.dueDate,
        cadence: p.cadence,
        parentId: p.id,
        responsibilities: [{ unitId: c.leadUnitId, role: 'lead' }],
        milestones: [],
      });
      if (p.status !== 'draft')
        child = await transitionItem(tx, child.id, { action: 'assign', version: child.version });
      out.push(child);
    }
    const children = out.map((c) => c.code);
    await appendItemEvent(tx, { itemId: id, kind: 'split', payload: { children } });
    await appendAudit(tx, {
      action: 'item.split',
      entity: 'item',
      entityId: id,
      outcome: 'success',
      after: { children: out.map((c) => ({ id: c.id, code: c.code, dueDate: c.dueDate })) },
    });
    return out;
  });
}
