import type { z } from 'zod';
import { UrgeInput, type UrgeOut } from '../../../core/schemas/notice.js';
import { type Ctx, inTransaction } from '../../context.js';
import { fieldError } from '../../errors.js';
import { newId } from '../../ids.js';
import { can, checkAccess } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import { chainOf, insertUrge, urgesOfItem } from './urge.repo.js';

/**
 * 催办 by hand: a supervisor records that they urged a unit on an item — how
 * (phone, message, notice, in person), whom (a person of the unit's chain of
 * responsibility on the item, or someone named in words), when, and what was
 * answered. The urge shows on the item's timeline and in its urge list.
 */

/** A little leeway for clocks: an urge "now" typed on a phone may be seconds ahead of the server. */
const FUTURE_LEEWAY_MS = 5 * 60_000;

export async function recordUrge(ctx: Ctx, itemId: string, raw: z.input<typeof UrgeInput>): Promise<UrgeOut> {
  await checkAccess(ctx, 'urge.write', [itemId]);
  const input = UrgeInput.parse(raw);
  if (!input.toPersonId && !input.toText)
    throw fieldError(
      'rule_violation',
      'toText',
      '请选择或填写催办对象',
      'name the person urged, or write who it was',
    );
  const urgedAt = new Date(input.urgedAt);
  if (urgedAt.getTime() > ctx.now.getTime() + FUTURE_LEEWAY_MS)
    throw fieldError('rule_violation', 'urgedAt', '催办时间不能晚于现在', 'the urge cannot be in the future');
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const chain = await chainOf(tx, itemId, input.unitId);
    if (!chain)
      throw fieldError(
        'rule_violation',
        'unitId',
        '该单位在此事项中没有责任分工',
        'the unit has no role on this item',
      );
    if (
      input.toPersonId &&
      ![chain.leader_id, chain.deputy_id, chain.responsible_id].includes(input.toPersonId)
    )
      throw fieldError(
        'rule_violation',
        'toPersonId',
        '催办对象须为该单位在此事项中的主管领导、分管副职或具体责任人',
        "the person must be the unit's leader in charge, deputy or responsible person on this item",
      );
    let noticeNumber: string | null = null;
    if (input.noticeId) {
      const notice = await tx.db
        .selectFrom('notices as n')
        .innerJoin('notice_items as ni', 'ni.notice_id', 'n.id')
        .select(['n.number', 'n.unit_id'])
        .where('n.id', '=', input.noticeId)
        .where('ni.item_id', '=', itemId)
        .executeTakeFirst();
      if (!notice || notice.unit_id !== input.unitId)
        throw fieldError(
          'rule_violation',
          'noticeId',
          '所选通知单须为就此事项下发给该单位的通知单',
          'the notice must be one issued to this unit about this item',
        );
      noticeNumber = notice.number;
    }
    const person = input.toPersonId
      ? await tx.db
          .selectFrom('users')
          .select('display_name')
          .where('id', '=', input.toPersonId)
          .executeTakeFirst()
      : null;
    await insertUrge(tx, {
      id,
      item_id: itemId,
      unit_id: input.unitId,
      channel: input.method,
      to_person_id: input.toPersonId,
      to_text: input.toText,
      urged_at: urgedAt.toISOString(),
      answer: input.answer,
      source: 'manual',
      notice_id: input.noticeId,
      created_by: tx.user?.id === 'system' ? null : (tx.user?.id ?? null),
      created_at: tx.now.toISOString(),
    });
    await appendItemEvent(tx, {
      itemId,
      kind: 'urged',
      unitId: input.unitId,
      payload: {
        urgeId: id,
        urgeMethod: input.method,
        urgedWho: [person?.display_name, input.toText].filter(Boolean).join('，'),
        ...(input.answer ? { urgeAnswer: input.answer } : {}),
        ...(noticeNumber ? { noticeNumber } : {}),
      },
    });
    await appendAudit(tx, {
      action: 'urge.record',
      entity: 'urge',
      entityId: id,
      outcome: 'success',
      after: { itemId, unitId: input.unitId, method: input.method, toPersonId: input.toPersonId },
    });
  });
  return (await listItemUrges(ctx, itemId)).items.find((u) => u.id === id) as UrgeOut;
}

/** An item's urges, newest first: supervisors and leaders see all, a unit user those about their unit. */
export async function listItemUrges(ctx: Ctx, itemId: string): Promise<{ items: UrgeOut[]; total: number }> {
  const user = await checkAccess(ctx, 'item.read', [itemId]);
  const rows = await urgesOfItem(
    ctx,
    itemId,
    can(user, 'item.oversee') ? null : (user.unitId ?? '\u0000none'),
  );
  const items = rows.map((r) => ({
    id: r.id,
    itemId: r.item_id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    method: r.channel,
    toPersonId: r.to_person_id,
    toPersonName: r.to_person_name,
    toText: r.to_text,
    urgedAt: r.urged_at,
    answer: r.answer,
    source: r.source,
    noticeId: r.notice_id,
    noticeNumber: r.notice_number,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
  }));
  return { items, total: items.length };
}
