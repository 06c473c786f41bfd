import type { Lang } from './labels.js';
import { NOTICE_KIND_LABELS, type NoticeKind, URGE_METHOD_LABELS, type UrgeMethod } from './notices.js';

/**
 * Timeline kinds of notices and urging (催办), kept apart from `timeline.ts`
 * like the workflow's. A notice writes its event on every item it covers.
 */
export const NOTICE_TIMELINE_KINDS = [
  'notice_issued',
  'notice_replied',
  'notice_reply_accepted',
  'notice_reply_returned',
  'urged',
] as const;
export type NoticeTimelineKind = (typeof NOTICE_TIMELINE_KINDS)[number];

export const NOTICE_TIMELINE_LABELS: Record<NoticeTimelineKind, Record<Lang, string>> = {
  notice_issued: { zh: '下发通知单', en: 'Notice issued' },
  notice_replied: { zh: '整改回复', en: 'Notice answered' },
  notice_reply_accepted: { zh: '整改回复已认可', en: 'Notice reply accepted' },
  notice_reply_returned: { zh: '整改回复被退回', en: 'Notice reply returned' },
  urged: { zh: '催办', en: 'Urged' },
};

const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** The words particular to a notice or urge event's payload (the comment is added by the caller). */
export function describeNoticePayload(payload: Record<string, unknown>, lang: Lang): string[] {
  const zh = lang === 'zh';
  const parts: string[] = [];
  const kind = str(payload.noticeKind) as NoticeKind | null;
  const number = str(payload.noticeNumber);
  if (kind && NOTICE_KIND_LABELS[kind])
    parts.push(`${NOTICE_KIND_LABELS[kind][lang]}${number ? ` ${number}` : ''}`);
  else if (number) parts.push(number);
  const replyDue = str(payload.replyDue);
  if (replyDue) parts.push(zh ? `回复时限 ${replyDue}` : `reply due ${replyDue}`);
  if (payload.replyLate === true) parts.push(zh ? '逾期回复' : 'answered late');
  const method = str(payload.urgeMethod) as UrgeMethod | null;
  if (method && URGE_METHOD_LABELS[method]) parts.push(URGE_METHOD_LABELS[method][lang]);
  const to = str(payload.urgedWho);
  if (to) parts.push(zh ? `对象：${to}` : `to ${to}`);
  const answer = str(payload.urgeAnswer);
  if (answer) parts.push(zh ? `答复：${answer}` : `answer: ${answer}`);
  return parts;
}
