import { addDays, type IsoDate } from '../../../core/dates.js';
import type { DeliveryChannel } from '../../../core/delivery.js';
import {
  DEFAULT_LADDER,
  type DueReminder,
  digestsOf,
  type LadderConfig,
  noticesOf,
  remindersDue,
} from '../../../core/ladder.js';
import { digestText, REASON_LABELS, RUNG_LABELS, reminderLine } from '../../../core/ladder-words.js';
import type { LadderInput, LadderOut, PreviewOut } from '../../../core/schemas/reminder.js';
import { type Ctx, inTransaction, todayOf } from '../../context.js';
import { AppError } from '../../errors.js';
import { newId } from '../../ids.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { DEFAULT_CHANNELS, readPrefs } from '../notification/notification.repo.js';
import { notify, publishToUsers } from '../notification/notification.service.js';
import { upsertSetting } from '../settings/settings.repo.js';
import { readRuleSettings } from '../settings/settings.service.js';
import { appendItemEvent } from '../timeline/timeline.repo.js';
import { loadLadderItems, namesOf } from './ladder.repo.js';
import type { NoticeIssuer } from './notice-issuer.js';

export const LADDER_KEY = 'reminders.ladder';
export const DEFAULT_SEND_HOUR = 8;

export interface LadderSettings {
  config: LadderConfig;
  sendHour: number;
}

export async function readLadder(ctx: Pick<Ctx, 'db'>): Promise<LadderSettings> {
  const row = await ctx.db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', LADDER_KEY)
    .executeTakeFirst();
  const stored = row ? (JSON.parse(row.value) as Partial<LadderSettings>) : {};
  return {
    config: { ...DEFAULT_LADDER, ...(stored.config ?? {}) },
    sendHour: stored.sendHour ?? DEFAULT_SEND_HOUR,
  };
}

async function ladderOut(ctx: Ctx): Promise<LadderOut> {
  const [s, runs] = await Promise.all([
    readLadder(ctx),
    ctx.db.selectFrom('ladder_runs').selectAll().orderBy('day', 'desc').limit(10).execute(),
  ]);
  return {
    config: s.config,
    sendHour: s.sendHour,
    runs: runs.map((r) => ({
      day: r.day,
      ranAt: r.ran_at,
      reminders: Number(r.reminders),
      digests: Number(r.digests),
      notices: Number(r.notices),
    })),
  };
}

export async function getLadder(ctx: Ctx): Promise<LadderOut> {
  authorize(ctx, 'reminder.read');
  return ladderOut(ctx);
}

/** The office edits the ladder (audited); the next day's run follows it. */
export async function putLadder(ctx: Ctx, input: LadderInput): Promise<LadderOut> {
  authorize(ctx, 'reminder.manage');
  const ledgerIds = Object.keys(input.config.ledgerDaysBefore);
  await inTransaction(ctx, async (tx) => {
    if (ledgerIds.length) {
      const found = await tx.db.selectFrom('ledgers').select('id').where('id', 'in', ledgerIds).execute();
      const missing = ledgerIds.filter((id) => !found.some((f) => f.id === id));
      if (missing.length)
        throw new AppError('validation', [
          { field: `config.ledgerDaysBefore.${missing[0]}`, zh: '台账不存在', en: 'no such ledger' },
        ]);
    }
    const before = await readLadder(tx);
    const sorted = (d: number[]) => [...new Set(d)].sort((a, b) => b - a);
    const after: LadderSettings = {
      config: {
        ...input.config,
        daysBefore: sorted(input.config.daysBefore),
        ledgerDaysBefore: Object.fromEntries(
          Object.entries(input.config.ledgerDaysBefore).map(([k, v]) => [k, sorted(v)]),
        ),
      },
      sendHour: input.sendHour,
    };
    await upsertSetting(tx, LADDER_KEY, JSON.stringify(after));
    await appendAudit(tx, {
      action: 'reminders.ladder.update',
      entity: 'settings',
      entityId: null,
      outcome: 'success',
      before,
      after,
    });
  });
  return ladderOut(ctx);
}

export interface LadderRun {
  day: IsoDate;
  reminders: number;
  digests: number;
  notices: number;
}

/**
 * Runs the ladder for `day` once: claims the day in `ladder_runs`, issues the
 * day's notices, writes each reminder (unique per item, reason, subject, rung,
 * day and unit), one digest per person, the timeline events and an audit row —
 * all in one transaction. A run killed half-way leaves nothing and is run
 * again; a second instance finds the day claimed and does nothing. Returns null
 * when the day is not a working day or has already run.
 */
export async function runLadderDay(ctx: Ctx, day: IsoDate, issuer: NoticeIssuer): Promise<LadderRun | null> {
  const rules = await readRuleSettings(ctx);
  if (!rules.calendar.isWorkday(day)) return null;
  const told: string[] = [];
  const result = await inTransaction(ctx, async (tx) => {
    const at = tx.now.toISOString();
    const claim = await tx.db
      .insertInto('ladder_runs')
      .values({ day, ran_at: at, reminders: 0, digests: 0, notices: 0 })
      .onConflict((oc) => oc.column('day').doNothing())
      .executeTakeFirst();
    if (Number(claim.numInsertedOrUpdatedRows ?? 0) !== 1) return null;

    const { config } = await readLadder(tx);
    const due = remindersDue(day, await loadLadderItems(tx, rules), config, rules.calendar);
    const names = await namesOf(
      tx,
      [...new Set(due.flatMap((r) => (r.recipientId ? [r.recipientId] : [])))],
      [...new Set(due.map((r) => r.unitId))],
    );

    // Rungs 3 and 4: one notice per unit and kind, naming all its items.
    const noticeOf = new Map<DueReminder, { id: string; number: string }>();
    const notices = noticesOf(due);
    for (const n of notices) {
      const issued = await issuer.issue(tx, {
        kind: n.kind,
        unitId: n.unitId,
        itemIds: [...new Set(n.reminders.map((r) => r.itemId))],
        findings: n.reminders.map((r) => reminderLine(r)).join('\n'),
        requiredActions:
          n.kind === 'urging'
            ? '请于回复期限前报送办理进展及逾期原因，明确完成时限和责任人。'
            : '请主管领导督促落实，于回复期限前书面报告整改措施和完成时限。',
        replyDue: replyDueFrom(day, rules.calendar, 3),
      });
      for (const r of n.reminders) noticeOf.set(r, issued);
    }

    // One digest per person and day; the notice numbers go in with the lines.
    const digests = digestsOf(due);
    const written = await notify(
      tx,
      [...digests].map(([userId, list]) => {
        const { title, body } = digestText(day, list);
        const items = new Set(list.map((r) => r.itemId));
        const numbers = [...new Set(list.flatMap((r) => (noticeOf.get(r) ? [noticeOf.get(r)?.number] : [])))];
        return {
          userId,
          kind: 'digest' as const,
          title,
          body: numbers.length ? `${body}\n已发通知单：${numbers.join('、')}` : body,
          itemId: items.size === 1 ? list[0].itemId : null,
          digestDay: day,
        };
      }),
    );
    told.push(...written.keys());

    let count = 0;
    for (const r of due) {
      const notice = noticeOf.get(r);
      const res = await tx.db
        .insertInto('reminders')
        .values({
          id: newId(),
          item_id: r.itemId,
          reason: r.reason,
          subject_id: r.subjectId,
          rung: r.rung,
          day,
          unit_id: r.unitId,
          recipient_id: r.recipientId,
          deadline: r.deadline,
          days: r.days,
          notice_id: notice?.id ?? null,
          notice_number: notice?.number ?? null,
          notification_id: (r.recipientId && written.get(r.recipientId)) || null,
          created_at: at,
        })
        .onConflict((oc) =>
          oc.columns(['item_id', 'reason', 'subject_id', 'rung', 'day', 'unit_id']).doNothing(),
        )
        .executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows ?? 0) !== 1) continue;
      count++;
      const who = r.recipientId ? names.user.get(r.recipientId) : null;
      await appendItemEvent(tx, {
        itemId: r.itemId,
        kind: 'urged',
        unitId: r.unitId,
        payload: {
          rung: r.rung,
          reason: r.reason,
          days: r.days,
          deadline: r.deadline,
          noticeNumber: notice?.number ?? null,
          summary: [
            `${RUNG_LABELS[r.rung].zh}${notice ? ` ${notice.number}` : ''}`,
            r.subjectTitle ? `节点「${r.subjectTitle}」` : REASON_LABELS[r.reason].zh,
            who ? `提醒 ${who}` : null,
          ]
            .filter(Boolean)
            .join('，'),
        },
      });
    }
    const run = { day, reminders: count, digests: written.size, notices: notices.length };
    await tx.db
      .updateTable('ladder_runs')
      .set({ reminders: run.reminders, digests: run.digests, notices: run.notices })
      .where('day', '=', day)
      .execute();
    await appendAudit(tx, {
      action: 'reminders.run',
      entity: 'reminders',
      entityId: day,
      outcome: 'success',
      after: run,
    });
    return run;
  });
  if (result) await publishToUsers(ctx, told);
  return result;
}

/** The reply deadline of a ladder notice: `n` working days after the day it is issued. */
function replyDueFrom(day: IsoDate, calendar: { isWorkday(d: IsoDate): boolean }, n: number): IsoDate {
  let d = day;
  for (let k = 0; k < n; ) {
    d = addDays(d, 1);
    if (calendar.isWorkday(d)) k++;
  }
  return d;
}

/** What the ladder will send on `date` (default: tomorrow), without sending anything. */
export async function previewLadder(ctx: Ctx, date?: IsoDate): Promise<PreviewOut> {
  authorize(ctx, 'reminder.read');
  const day = date ?? addDays(todayOf(ctx), 1);
  const rules = await readRuleSettings(ctx);
  const { config } = await readLadder(ctx);
  const due = remindersDue(day, await loadLadderItems(ctx, rules), config, rules.calendar);
  const recipients = [...new Set(due.flatMap((r) => (r.recipientId ? [r.recipientId] : [])))];
  const [names, sentRows, prefs, users] = await Promise.all([
    namesOf(ctx, recipients, [...new Set(due.map((r) => r.unitId))]),
    ctx.db
      .selectFrom('reminders')
      .select(['item_id', 'reason', 'subject_id', 'rung', 'unit_id'])
      .where('day', '=', day)
      .execute(),
    readPrefs(ctx, recipients),
    recipients.length
      ? ctx.db.selectFrom('users').select(['id', 'email']).where('id', 'in', recipients).execute()
      : [],
  ]);
  const key = (r: { item_id: string; reason: string; subject_id: string; rung: number; unit_id: string }) =>
    [r.item_id, r.reason, r.subject_id, r.rung, r.unit_id].join('|');
  const sent = new Set(sentRows.map(key));
  const prefOf = new Map(prefs.map((p) => [p.user_id, JSON.parse(p.channels) as DeliveryChannel[]]));
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  return {
    date: day,
    workday: rules.calendar.isWorkday(day),
    reminders: due.map((r) => ({
      itemId: r.itemId,
      itemCode: r.itemCode,
      itemTitle: r.itemTitle,
      reason: r.reason,
      subjectTitle: r.subjectTitle,
      rung: r.rung,
      unitId: r.unitId,
      unitName: names.unit.get(r.unitId) ?? '',
      recipientId: r.recipientId,
      recipientName: r.recipientId ? (names.user.get(r.recipientId) ?? null) : null,
      deadline: r.deadline,
      days: r.days,
      line: reminderLine(r, ctx.lang),
      sent: sent.has(
        key({
          item_id: r.itemId,
          reason: r.reason,
          subject_id: r.subjectId,
          rung: r.rung,
          unit_id: r.unitId,
        }),
      ),
    })),
    digests: [...digestsOf(due)].map(([userId, list]) => {
      const channels = (prefOf.get(userId) ?? DEFAULT_CHANNELS).filter(
        (c) => c !== 'email' || emailOf.get(userId),
      );
      return {
        recipientId: userId,
        recipientName: names.user.get(userId) ?? '',
        channels,
        ...digestText(day, list, ctx.lang),
      };
    }),
    notices: noticesOf(due).map((n) => ({
      kind: n.kind,
      unitId: n.unitId,
      unitName: names.unit.get(n.unitId) ?? '',
      items: new Set(n.reminders.map((r) => r.itemId)).size,
    })),
  };
}

/** The China-time hour of an instant. */
export function chinaHour(at: Date): number {
  return (at.getUTCHours() + 8) % 24;
}
