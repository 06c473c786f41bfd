import type { IsoDate } from '../../../core/dates.js';
import type { Ctx } from '../../context.js';
import { issueNotice } from '../notice/notice.service.js';

/**
 * What the ladder's rungs 3 and 4 issue: an urging notice (催办单) or a
 * supervision notice (督办通知单) to a unit about its items. The ladder calls
 * it in its own transaction, so a notice and the reminders that caused it
 * commit together.
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

/**
 * The notices module's own issuing: a numbered notice (`督催〔2026〕3号`) the
 * unit sees in its 通知单 list, replies to, and that exports as a Word document.
 */
export const noticeIssuer: NoticeIssuer = {
  async issue(ctx, input) {
    const notice = await issueNotice(ctx, input);
    return { id: notice.id, number: notice.number };
  },
};
