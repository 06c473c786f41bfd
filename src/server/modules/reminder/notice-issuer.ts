import type { IsoDate } from '../../../core/dates.js';
import type { Ctx } from '../../context.js';
import { newId } from '../../ids.js';
import { appendAudit } from '../audit/audit.repo.js';
import { nextCodeNumber } from '../item/item.repo.js';

/**
 * What the ladder's rungs 3 and 4 issue: an urging notice (催办单) or a
 * supervision notice (督办通知单) to a unit about its items. The notices
 * module's `issueNotice(ctx, input)` has this shape; the ladder calls it in its
 * own transaction, so a notice and the reminders that caused it commit together.
 */
export interface NoticeInput {
  kind: 'inspection' | 'urging' | 'supervision';
  unitId: string;
  itemIds: string[];
  findings: string;
  requiredActions: string;
  replyDue: IsoDate;
}

export interface NoticeIssuer {
  issue(ctx: Ctx, input: NoticeInput): Promise<{ id: string; number: string }>;
}

const PREFIX: Record<NoticeInput['kind'], string> = {
  inspection: '督通',
  urging: '督催',
  supervision: '督办',
};

/**
 * The issuer the server uses until the notices module is wired in: numbers
 * the notice per kind and year without gaps (`督催〔2026〕3号`, the item
 * code counters), and audits it. The ladder records the rung with the number
 * on each item's timeline and tells the unit's deputy (rung 3) or the leader
 * in charge (rung 4) in their daily digest.
 */
export const recordingNoticeIssuer: NoticeIssuer = {
  async issue(ctx, input) {
    const year = input.replyDue.slice(0, 4);
    const n = await nextCodeNumber(ctx, `notice:${input.kind}:${year}`);
    const number = `${PREFIX[input.kind]}〔${year}〕${n}号`;
    const id = newId();
    await appendAudit(ctx, {
      action: 'notice.issue',
      entity: 'notice',
      entityId: id,
      outcome: 'success',
      after: { number, ...input },
    });
    return { id, number };
  },
};
