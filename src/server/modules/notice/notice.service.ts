import type { z } from 'zod';
import {
  isNoticeLate,
  isReplyLate,
  type NoticeAction,
  type NoticeKind,
  nextNoticeStatus,
  noticeNumber,
  noticeSeriesKey,
} from '../../../core/notices.js';
import {
  NoticeInput,
  type NoticeOut,
  type NoticeQuery,
  NoticeReplyInput,
  NoticeReview,
} from '../../../core/schemas/notice.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { updateIfVersion } from '../../db/versioned.js';
import { fieldError, notFound, staleVersion } from '../../errors.js';
import { newId } from '../../ids.js';
import { countItemsInScope } from '../access/access.repo.js';
import { authorize, itemScope } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { filesOfOwners } from '../file/file.repo.js';
import { toFileOut } from '../file/file.service.js';
import { nextCodeNumber } from '../item/item.repo.js';
import { reindexItemNotes } from '../item/item.search-index.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import {
  claimReplyFiles,
  findNotice,
  insertNotice,
  insertReply,
  itemsOfNotices,
  type NoticeRow,
  pendingReply,
  queryNotices,
  repliesOf,
  unitRolesOn,
} from './notice.repo.js';

/**
 * 通知单: a supervisor (or the reminder ladder, with a system context) issues a
 * numbered notice to one unit about items where that unit has a role; the unit
 * replies (整改回复) with text and files; a supervisor accepts the reply or
 * returns it, and the unit replies again. Every step is one transaction with a
 * version check, an audit row, and an event on the timeline of every item the
 * notice covers.
 */

async function toOut(ctx: Ctx, rows: NoticeRow[], withReplies: boolean): Promise<NoticeOut[]> {
  const today = todayOf(ctx);
  const items = await itemsOfNotices(
    ctx,
    rows.map((r) => r.id),
  );
  const out: NoticeOut[] = [];
  for (const r of rows) {
    let replies: NoticeOut['replies'] = [];
    if (withReplies) {
      const replyRows = await repliesOf(ctx, r.id);
      const files = await filesOfOwners(
        ctx,
        'notice_reply',
        replyRows.map((x) => x.id),
      );
      replies = replyRows.map((x) => ({
        id: x.id,
        content: x.content,
        status: x.status,
        submittedByName: x.submitted_by_name,
        submittedOn: x.submitted_on,
        late: isReplyLate(x.submitted_on, r.reply_due),
        reviewedByName: x.reviewed_by_name,
        reviewedAt: x.reviewed_at,
        reviewComment: x.review_comment,
        files: files.filter((f) => f.owner_id === x.id).map(toFileOut),
        createdAt: x.created_at,
      }));
    }
    out.push({
      id: r.id,
      kind: r.kind,
      number: r.number,
      year: Number(r.year),
      seq: Number(r.seq),
      unitId: r.unit_id,
      unitName: r.unit_name,
      items: items.filter((i) => i.notice_id === r.id).map(({ id, code, title }) => ({ id, code, title })),
      findings: r.findings,
      requiredActions: r.required_actions,
      replyDue: r.reply_due,
      status: r.status,
      late: isNoticeLate({ status: r.status, replyDue: r.reply_due }, today),
      issuedOn: r.issued_on,
      issuedByName: r.issued_by_name,
      replyCount: Number(r.reply_count ?? 0),
      replies,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      version: Number(r.version),
    });
  }
  return out;
}

const eventPayload = (n: { id: string; kind: NoticeKind; number: string }, extra = {}) => ({
  noticeId: n.id,
  noticeKind: n.kind,
  noticeNumber: n.number,
  ...extra,
});

/**
 * Issues a notice: the next number of its kind and year, taken from the
 * series' counter row in this same transaction — concurrent issuers queue on
 * that row, and a rolled-back issue gives its number back, so numbers have no
 * gaps and no duplicates. Used by the route and by the reminder ladder (with a
 * system context, whose supervisor role and unlimited scope issue anywhere).
 */
export async function issueNotice(
  ctx: Ctx,
  input: {
    kind: NoticeKind;
    unitId: string;
    itemIds: string[];
    findings: string;
    requiredActions: string;
    replyDue: string;
  },
): Promise<NoticeOut> {
  const user = authorize(ctx, 'notice.issue');
  const v = NoticeInput.parse(input);
  const scope = itemScope(ctx);
  const row = await inTransaction(ctx, async (tx) => {
    const today = todayOf(tx);
    if (v.replyDue < today)
      throw fieldError(
        'rule_violation',
        'replyDue',
        '回复时限不能早于今天',
        'the reply deadline cannot be in the past',
      );
    if ((await countItemsInScope(tx, scope, v.itemIds)) !== v.itemIds.length) throw notFound();
    const unit = await tx.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', '=', v.unitId)
      .executeTakeFirst();
    if (!unit) throw fieldError('rule_violation', 'unitId', '单位不存在', 'no such unit');
    const roles = await unitRolesOn(tx, v.unitId, v.itemIds);
    const withRole = new Set(roles.map((r) => r.id));
    const missing = v.itemIds.findIndex((id) => !withRole.has(id));
    if (missing >= 0)
      throw fieldError(
        'rule_violation',
        `itemIds.${missing}`,
        '该单位在此事项中没有责任分工',
        'the unit has no role on this item',
      );
    const closed = v.itemIds.findIndex((id) =>
      roles.some((r) => r.id === id && (r.status === 'draft' || r.status === 'cancelled')),
    );
    if (closed >= 0)
      throw fieldError(
        'rule_violation',
        `itemIds.${closed}`,
        '草稿或已撤销的事项不能下发通知单',
        'no notice on a draft or cancelled item',
      );
    const year = Number(today.slice(0, 4));
    const seq = await nextCodeNumber(tx, noticeSeriesKey(v.kind, year));
    const now = tx.now.toISOString();
    const notice = {
      id: newId(),
      kind: v.kind,
      year,
      seq,
      number: noticeNumber(v.kind, year, seq),
      unit_id: v.unitId,
      findings: v.findings,
      required_actions: v.requiredActions,
      reply_due: v.replyDue,
      status: 'issued' as const,
      issued_on: today,
      issued_by: user.id === 'system' ? null : user.id,
      issued_by_name: user.displayName,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertNotice(tx, notice, v.itemIds);
    // Its items are found by its number (item.search-index.ts `itemNotes`).
    await reindexItemNotes(tx, v.itemIds);
    for (const itemId of v.itemIds)
      await appendItemEvent(tx, {
        itemId,
        kind: 'notice_issued',
        unitId: v.unitId,
        payload: eventPayload(notice, { replyDue: v.replyDue }),
      });
    await appendAudit(tx, {
      action: 'notice.issue',
      entity: 'notice',
      entityId: notice.id,
      outcome: 'success',
      after: {
        number: notice.number,
        kind: v.kind,
        unitId: v.unitId,
        itemIds: v.itemIds,
        replyDue: v.replyDue,
      },
    });
    return (await findNotice(tx, { unitId: null, ledgerIds: null }, notice.id)) as NoticeRow;
  });
  return (await toOut(ctx, [row], true))[0];
}

/** Loads a notice within the user's scope for a step of its state machine, checking status and version. */
async function loadForStep(tx: Ctx, id: string, action: NoticeAction, version: number) {
  const notice = await findNotice(tx, itemScope(tx), id);
  if (!notice) throw notFound();
  const next = nextNoticeStatus(notice.status, action);
  if (!next)
    throw fieldError(
      'invalid_transition',
      'status',
      action === 'reply' ? '该通知单当前不需要回复' : '该通知单没有待审核的回复',
      action === 'reply' ? 'this notice does not wait for a reply' : 'this notice has no reply to review',
    );
  if (Number(notice.version) !== version) throw staleVersion();
  return { notice, next };
}

async function noticeItemIds(tx: Ctx, noticeId: string): Promise<string[]> {
  return (await itemsOfNotices(tx, [noticeId])).map((i) => i.id);
}

/** 整改回复: the addressed unit answers, with files uploaded to one of the notice's items. */
export async function replyToNotice(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof NoticeReplyInput>,
): Promise<NoticeOut> {
  const user = authorize(ctx, 'notice.reply');
  const input = NoticeReplyInput.parse(raw);
  await inTransaction(ctx, async (tx) => {
    const { notice, next } = await loadForStep(tx, id, 'reply', input.version);
    // The scope already hides other units' notices; a unit-less account has none.
    if (notice.unit_id !== user.unitId) throw notFound();
    const today = todayOf(tx);
    const now = tx.now.toISOString();
    const reply = {
      id: newId(),
      notice_id: id,
      unit_id: notice.unit_id,
      content: input.content,
      status: 'submitted' as const,
      submitted_by: user.id,
      submitted_on: today,
      reviewed_by: null,
      reviewed_at: null,
      review_comment: null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertReply(tx, reply);
    const itemIds = await noticeItemIds(tx, id);
    if ((await claimReplyFiles(tx, itemIds, input.fileIds, reply.id)) !== input.fileIds.length)
      throw fieldError(
        'rule_violation',
        'fileIds',
        '附件须为本通知单所涉事项上传且未被其他记录使用的文件',
        "attachments must be files uploaded to one of the notice's items and not used elsewhere",
      );
    await updateIfVersion(tx, 'notices', id, input.version, {
      status: next,
      updated_at: now,
      version: input.version + 1,
    });
    const late = isReplyLate(today, notice.reply_due);
    for (const itemId of itemIds)
      await appendItemEvent(tx, {
        itemId,
        kind: 'notice_replied',
        unitId: notice.unit_id,
        payload: eventPayload(notice, { replyId: reply.id, ...(late ? { replyLate: true } : {}) }),
      });
    await appendAudit(tx, {
      action: 'notice.reply',
      entity: 'notice',
      entityId: id,
      outcome: 'success',
      before: { status: notice.status },
      after: { status: next, replyId: reply.id, late, fileIds: input.fileIds },
    });
  });
  return getNotice(ctx, id);
}

/** A supervisor accepts the reply (the notice is closed) or returns it with a comment (退回). */
export async function reviewNotice(
  ctx: Ctx,
  id: string,
  raw: z.input<typeof NoticeReview>,
): Promise<NoticeOut> {
  const user = authorize(ctx, 'notice.review');
  const input = NoticeReview.parse(raw);
  if (input.decision === 'return' && !input.comment)
    throw fieldError('rule_violation', 'comment', '退回须写明原因', 'say why the reply is returned');
  await inTransaction(ctx, async (tx) => {
    const { notice, next } = await loadForStep(tx, id, input.decision, input.version);
    const reply = await pendingReply(tx, id);
    if (!reply) throw staleVersion();
    const now = tx.now.toISOString();
    await updateIfVersion(tx, 'notice_replies', reply.id, Number(reply.version), {
      status: input.decision === 'accept' ? 'accepted' : 'returned',
      reviewed_by: user.id === 'system' ? null : user.id,
      reviewed_at: now,
      review_comment: input.comment,
      updated_at: now,
      version: Number(reply.version) + 1,
    });
    await updateIfVersion(tx, 'notices', id, input.version, {
      status: next,
      updated_at: now,
      version: input.version + 1,
    });
    for (const itemId of await noticeItemIds(tx, id))
      await appendItemEvent(tx, {
        itemId,
        kind: input.decision === 'accept' ? 'notice_reply_accepted' : 'notice_reply_returned',
        unitId: notice.unit_id,
        payload: eventPayload(notice, {
          replyId: reply.id,
          ...(input.comment ? { comment: input.comment } : {}),
        }),
      });
    await appendAudit(tx, {
      action: `notice.${input.decision}`,
      entity: 'notice',
      entityId: id,
      outcome: 'success',
      before: { status: notice.status },
      after: { status: next, replyId: reply.id, comment: input.comment },
    });
  });
  return getNotice(ctx, id);
}

/** One notice with its items and replies; missing and out of scope look alike. */
export async function getNotice(ctx: Ctx, id: string): Promise<NoticeOut> {
  const row = await findNotice(ctx, itemScope(ctx), id);
  if (!row) throw notFound();
  return (await toOut(ctx, [row], true))[0];
}

export async function listNotices(
  ctx: Ctx,
  query: NoticeQuery,
): Promise<{ items: NoticeOut[]; total: number }> {
  const { rows, total } = await queryNotices(ctx, itemScope(ctx), query, todayOf(ctx));
  return { items: await toOut(ctx, rows, false), total };
}
