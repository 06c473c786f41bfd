import type { z } from 'zod';
import {
  InstructionAckInput,
  InstructionInput,
  type InstructionOut,
  type InstructionQuery,
} from '../../../core/schemas/report.js';
import { type Ctx, inTransaction } from '../../context.js';
import { fieldError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize, checkAccess, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { notify, publishToUsers } from '../notification/notification.service.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import {
  acknowledgeIfOpen,
  findInstruction,
  type InstructionRows,
  insertInstruction,
  queryInstructions,
} from './instruction.repo.js';

/**
 * 领导批示: a leader writes an instruction on an item; each responsible unit
 * acknowledges it (with a reply if it likes). The item shows the instruction
 * as open until every unit has. No notifications exist yet: the units see it
 * on their home page and on the item.
 */

function toOut(r: InstructionRows[number]): InstructionOut {
  return {
    id: r.id,
    itemId: r.item_id,
    itemCode: r.item_code,
    itemTitle: r.item_title,
    content: r.content,
    authorName: r.author_name,
    authorTitle: r.author_title,
    createdAt: r.created_at,
    answered: r.acks.every((a) => a.acknowledged_at),
    acks: r.acks.map((a) => ({
      unitId: a.unit_id,
      unitName: a.unit_name,
      acknowledgedAt: a.acknowledged_at,
      acknowledgedByName: a.acknowledged_by_name,
      reply: a.reply,
    })),
  };
}

/** Instructions go on items that are running; not on drafts nor on closed items. */
const OPEN_FOR_INSTRUCTIONS = ['assigned', 'in_progress', 'pending_review', 'suspended'];

export async function writeInstruction(
  ctx: Ctx,
  itemId: string,
  raw: z.input<typeof InstructionInput>,
): Promise<InstructionOut> {
  const user = await checkAccess(ctx, 'instruction.write', [itemId]);
  const input = InstructionInput.parse(raw);
  const scope = itemScope(ctx);
  const told: string[] = [];
  const row = await inTransaction(ctx, async (tx) => {
    const item = await tx.db
      .selectFrom('items')
      .select(['status', 'code', 'title'])
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    if (!OPEN_FOR_INSTRUCTIONS.includes(item.status))
      throw fieldError(
        'invalid_transition',
        'status',
        '只能对交办后、办结前的事项作出批示',
        'instructions are written on items that are assigned and not closed',
      );
    const units = await tx.db
      .selectFrom('responsibilities')
      .select('unit_id')
      .distinct()
      .where('item_id', '=', itemId)
      .execute();
    const author = await tx.db
      .selectFrom('users')
      .select('title')
      .where('id', '=', user.id)
      .executeTakeFirst();
    const id = newId();
    await insertInstruction(
      tx,
      {
        id,
        item_id: itemId,
        content: input.content,
        author_id: user.id,
        author_name: user.displayName,
        author_title: author?.title ?? null,
        created_at: tx.now.toISOString(),
      },
      units.map((u) => u.unit_id),
    );
    await appendItemEvent(tx, {
      itemId,
      kind: 'instruction_written',
      payload: { instructionId: id, summary: input.content.slice(0, 200) },
    });
    await appendAudit(tx, {
      action: 'instruction.write',
      entity: 'instruction',
      entityId: id,
      outcome: 'success',
      after: { itemId, content: input.content, units: units.map((u) => u.unit_id) },
    });
    // Each unit's responsible person hears of it at once (the bell), to acknowledge (签收) it.
    const people = await tx.db
      .selectFrom('responsibilities')
      .select('responsible_id')
      .where('item_id', '=', itemId)
      .where('responsible_id', 'is not', null)
      .execute();
    const written = await notify(
      tx,
      [...new Set(people.map((p) => p.responsible_id as string))].map((userId) => ({
        userId,
        kind: 'info' as const,
        title: `${user.displayName}对【${item.code}】作出批示，请签收`,
        body: `${item.title}\n批示：${input.content}`,
        itemId,
      })),
    );
    told.push(...written.keys());
    return (await findInstruction(tx, scope, id)) as InstructionRows[number];
  });
  await publishToUsers(ctx, told);
  return toOut(row);
}

export async function acknowledgeInstruction(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof InstructionAckInput>,
): Promise<InstructionOut> {
  const user = authorize(ctx, 'item.acknowledge');
  const input = InstructionAckInput.parse(raw);
  const scope = itemScope(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    const before = await findInstruction(tx, scope, id);
    if (!before) throw notFound();
    const mine = before.acks.find((a) => a.unit_id === user.unitId);
    if (!mine)
      throw fieldError(
        'rule_violation',
        'unit',
        '批示作出时本单位不在责任单位之列',
        'your unit was not responsible for the item when the instruction was written',
      );
    if (mine.acknowledged_at || !(await acknowledgeIfOpen(tx, id, mine.unit_id, user.id, input.reply)))
      throw fieldError(
        'conflict',
        'unit',
        '本单位已签收该批示',
        'your unit has already acknowledged this instruction',
      );
    await appendItemEvent(tx, {
      itemId: before.item_id,
      kind: 'instruction_acknowledged',
      unitId: mine.unit_id,
      payload: { instructionId: id, ...(input.reply ? { comment: input.reply } : {}) },
    });
    await appendAudit(tx, {
      action: 'instruction.acknowledge',
      entity: 'instruction',
      entityId: id,
      outcome: 'success',
      after: { unitId: mine.unit_id, reply: input.reply },
    });
    return (await findInstruction(tx, scope, id)) as InstructionRows[number];
  });
  return toOut(row);
}

export async function listItemInstructions(
  ctx: Ctx,
  itemId: string,
): Promise<{ items: InstructionOut[]; total: number }> {
  await checkAccess(ctx, 'item.read', [itemId]);
  return listInstructions(ctx, { itemId, page: 1, pageSize: 200 });
}

export async function listInstructions(
  ctx: Ctx,
  q: InstructionQuery,
): Promise<{ items: InstructionOut[]; total: number }> {
  const scope = itemScope(ctx);
  const { rows, total } = await queryInstructions(ctx, scope, q);
  return { items: rows.map(toOut), total };
}
