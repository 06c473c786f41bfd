import type { ItemStatus } from './enums.js';
import type { Lang } from './labels.js';

/**
 * Requests (申请) and their approval chains: after assignment an item's core,
 * its due date, its cancellation and its completion change only through a
 * request that passes every step of the chain the office set for the ledger.
 * Pure rules, shared by the server (which enforces them) and the web app
 * (which offers only what they allow).
 */

export const REQUEST_KINDS = ['extension', 'adjustment', 'completion', 'cancellation'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * Who decides a step:
 * - `unit_head`: the lead unit's own leader — the deputy in charge (分管副职) named on the
 *   lead responsibility, or when none is named any user of the lead unit but the requester;
 * - `supervisor`: a supervisor whose ledgers include the item's;
 * - `leader`: the leader in charge (主管领导) named on the lead responsibility, or when none
 *   is named any leader whose ledgers include the item's.
 */
export const APPROVAL_STEPS = ['unit_head', 'supervisor', 'leader'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

/** DESIGN.md: "asked by the lead unit, decided by a supervisor" — the chain when the office set none. */
export const DEFAULT_APPROVAL_CHAIN: readonly ApprovalStep[] = ['supervisor'];

/** Who may ask: `lead` a user of the item's lead unit, `supervisor` a supervisor in scope. */
export type Asker = 'lead' | 'supervisor';

interface RequestRule {
  /** Statuses the item may be in when the request is made. */
  from: readonly ItemStatus[];
  askers: readonly Asker[];
}

export const REQUEST_RULES: Record<RequestKind, RequestRule> = {
  // 延期申请: only the lead unit, while the work runs.
  extension: { from: ['assigned', 'in_progress'], askers: ['lead'] },
  // 调整申请: the task book, milestones' planned dates or the division of work.
  adjustment: { from: ['assigned', 'in_progress', 'suspended'], askers: ['lead', 'supervisor'] },
  // 办结申请: the lead unit, with its evidence; the item waits in pending_review.
  completion: { from: ['in_progress'], askers: ['lead'] },
  // 撤销: a supervisor or the lead unit.
  cancellation: { from: ['assigned', 'in_progress', 'suspended'], askers: ['lead', 'supervisor'] },
};

export type AskCheck = { ok: true } | { ok: false; reason: 'not_allowed_from_status' | 'asker_not_allowed' };

/** Whether `asker` may make a request of `kind` on an item in `status`. */
export function checkAsk(kind: RequestKind, status: ItemStatus, askers: readonly Asker[]): AskCheck {
  const rule = REQUEST_RULES[kind];
  if (!rule.askers.some((a) => askers.includes(a))) return { ok: false, reason: 'asker_not_allowed' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'not_allowed_from_status' };
  return { ok: true };
}

/** The request kinds open to these askers on an item in `status` — what the UI offers. */
export function availableRequests(status: ItemStatus, askers: readonly Asker[]): RequestKind[] {
  return REQUEST_KINDS.filter((k) => checkAsk(k, status, askers).ok);
}

export type ExtensionCheck =
  | { ok: true; requestedAfterDeadline: boolean }
  | { ok: false; reason: 'not_later' };

/**
 * An extension moves the due date in force later, never earlier or to the same
 * day. Asked after that date it is still possible, but it does not excuse the
 * lateness: `requestedAfterDeadline` is recorded and the closed-late judgement
 * keeps the date in force when the deadline was missed.
 */
export function checkExtension(currentDueDate: string, newDate: string, today: string): ExtensionCheck {
  if (newDate <= currentDueDate) return { ok: false, reason: 'not_later' };
  return { ok: true, requestedAfterDeadline: today > currentDueDate };
}

/**
 * The judged date (`items.judged_due_date`) after an extension is granted.
 * Null means "judge by the due date in force". An extension asked after the
 * deadline freezes the judgement at the date that was missed; once frozen it
 * stays, since later extensions cannot undo a lateness that already happened.
 */
export function judgedDueAfterExtension(
  judgedDueDate: string | null,
  currentDueDate: string,
  requestedAfterDeadline: boolean,
): string | null {
  return judgedDueDate ?? (requestedAfterDeadline ? currentDueDate : null);
}

/** Ratings a supervisor gives when closing (评价), best first. */
export const RATINGS = [5, 4, 3, 2, 1] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, Record<Lang, string>> = {
  5: { zh: '优秀', en: 'Excellent' },
  4: { zh: '良好', en: 'Good' },
  3: { zh: '合格', en: 'Adequate' },
  2: { zh: '基本合格', en: 'Barely adequate' },
  1: { zh: '不合格', en: 'Inadequate' },
};

/** A supervisor's confidence that an open item will be delivered (研判), most confident first. */
export const CONFIDENCE_LEVELS = [5, 4, 3, 2, 1] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export const CONFIDENCE_LABELS: Record<Confidence, Record<Lang, string>> = {
  5: { zh: '确定按期完成', en: 'Certain' },
  4: { zh: '较有把握', en: 'Likely' },
  3: { zh: '存在不确定', en: 'Uncertain' },
  2: { zh: '风险较大', en: 'At risk' },
  1: { zh: '难以完成', en: 'Unlikely' },
};

export const REQUEST_KIND_LABELS: Record<RequestKind, Record<Lang, string>> = {
  extension: { zh: '延期申请', en: 'Extension request' },
  adjustment: { zh: '调整申请', en: 'Adjustment request' },
  completion: { zh: '办结申请', en: 'Completion request' },
  cancellation: { zh: '撤销申请', en: 'Cancellation request' },
};

export const REQUEST_STATUS_LABELS: Record<RequestStatus, Record<Lang, string>> = {
  pending: { zh: '审批中', en: 'Pending' },
  approved: { zh: '已批准', en: 'Approved' },
  refused: { zh: '未批准', en: 'Refused' },
};

export const APPROVAL_STEP_LABELS: Record<ApprovalStep, Record<Lang, string>> = {
  unit_head: { zh: '本单位分管领导', en: "The unit's own leader" },
  supervisor: { zh: '督察员', en: 'Supervisor' },
  leader: { zh: '主管区领导', en: 'Leader in charge' },
};
