import type { IsoDate } from './dates.js';
import type { Lang } from './labels.js';

type Labels<K extends string> = Record<K, Record<Lang, string>>;

/**
 * Notices (通知单) to a unit about one or several items, and the unit's replies
 * (整改回复): kinds, numbering, and the reply state machine. Pure rules shared by
 * the server, the web app and the reminder ladder.
 */

export const NOTICE_KINDS = ['inspection', 'urging', 'supervision'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Labels<NoticeKind> = {
  inspection: { zh: '督察通知单', en: 'Inspection notice' },
  urging: { zh: '催办单', en: 'Urging notice' },
  supervision: { zh: '督办通知单', en: 'Supervision notice' },
};

/**
 * 发文字号 prefixes, one series per kind and year: 督通〔2026〕12号 (督察通知),
 * 督催〔2026〕3号 (催办), 督办〔2026〕5号 (督办通知).
 */
export const NOTICE_PREFIXES: Record<NoticeKind, string> = {
  inspection: '督通',
  urging: '督催',
  supervision: '督办',
};

/** The document number of the `seq`-th notice of a kind in a year: `督通〔2026〕12号`. */
export function noticeNumber(kind: NoticeKind, year: number, seq: number): string {
  return `${NOTICE_PREFIXES[kind]}〔${year}〕${seq}号`;
}

/** The key of a kind's numbering series in a year (a counter row). */
export function noticeSeriesKey(kind: NoticeKind, year: number): string {
  return `notice:${kind}:${year}`;
}

/**
 * Where a notice stands:
 * - `issued` — sent, waiting for the unit's reply;
 * - `replied` — the unit replied, waiting for the supervisor's review;
 * - `returned` — the supervisor sent the reply back (退回), the unit replies again;
 * - `accepted` — the supervisor accepted the reply: the notice is closed.
 */
export const NOTICE_STATUSES = ['issued', 'replied', 'returned', 'accepted'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export const NOTICE_STATUS_LABELS: Labels<NoticeStatus> = {
  issued: { zh: '待回复', en: 'Awaiting reply' },
  replied: { zh: '已回复待审核', en: 'Replied, to review' },
  returned: { zh: '已退回', en: 'Returned' },
  accepted: { zh: '已办结', en: 'Accepted' },
};

export const NOTICE_ACTIONS = ['reply', 'accept', 'return'] as const;
export type NoticeAction = (typeof NOTICE_ACTIONS)[number];

/** Who takes each action: the addressed unit replies, a supervisor reviews. */
export const NOTICE_ACTION_ACTOR: Record<NoticeAction, 'unit' | 'supervisor'> = {
  reply: 'unit',
  accept: 'supervisor',
  return: 'supervisor',
};

const TRANSITIONS: Record<NoticeStatus, Partial<Record<NoticeAction, NoticeStatus>>> = {
  issued: { reply: 'replied' },
  replied: { accept: 'accepted', return: 'returned' },
  returned: { reply: 'replied' },
  accepted: {},
};

/** The status after `action`, or null when the action is not open from `status`. */
export function nextNoticeStatus(status: NoticeStatus, action: NoticeAction): NoticeStatus | null {
  return TRANSITIONS[status][action] ?? null;
}

/** The actions open from a status. */
export function noticeActions(status: NoticeStatus): NoticeAction[] {
  return NOTICE_ACTIONS.filter((a) => TRANSITIONS[status][a] !== undefined);
}

/** True while the notice waits for the unit to write (first reply, or again after a return). */
export function awaitsReply(status: NoticeStatus): boolean {
  return status === 'issued' || status === 'returned';
}

/**
 * A notice is late (shown in red) when its reply deadline has passed and no
 * reply has been accepted: the unit has not answered, answered only after a
 * return, or its answer is still not good enough. The deadline day itself is
 * still in time.
 */
export function isNoticeLate(n: { status: NoticeStatus; replyDue: IsoDate }, today: IsoDate): boolean {
  return n.status !== 'accepted' && today > n.replyDue;
}

/** A reply is late when it was written after the deadline. */
export function isReplyLate(submittedOn: IsoDate, replyDue: IsoDate): boolean {
  return submittedOn > replyDue;
}

/** 催办 by hand: how a supervisor urged. The reminder ladder writes its own channels beside these. */
export const URGE_METHODS = ['phone', 'message', 'notice', 'on_site'] as const;
export type UrgeMethod = (typeof URGE_METHODS)[number];

export const URGE_METHOD_LABELS: Labels<UrgeMethod> = {
  phone: { zh: '电话', en: 'Phone' },
  message: { zh: '短信', en: 'Text message' },
  notice: { zh: '通知单', en: 'Notice' },
  on_site: { zh: '当面', en: 'In person' },
};

/** Who recorded an urge: a supervisor by hand, or the reminder ladder. */
export const URGE_SOURCES = ['manual', 'ladder'] as const;
export type UrgeSource = (typeof URGE_SOURCES)[number];
