import type { ItemStatus, Role } from './enums.js';

/**
 * Statuses of open work: assigned and not yet closed, suspended or cancelled.
 * Open items carry a light and count as "open" in every total.
 */
export const OPEN_STATUSES: readonly ItemStatus[] = ['assigned', 'in_progress', 'pending_review'];

export function isOpen(status: ItemStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/**
 * The item lifecycle of DESIGN.md:
 * draft → assigned → in_progress → pending_review → completed, plus suspended
 * and cancelled. Every move is an action taken by an allowed role; nothing else
 * changes an item's status.
 */
export const ITEM_ACTIONS = [
  'assign',
  'start',
  'request_completion',
  'approve_completion',
  'return',
  'suspend',
  'resume',
  'cancel',
  'reopen',
] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

interface Transition {
  from: readonly ItemStatus[];
  to: ItemStatus;
  /** Roles allowed; `unit` means a user of the item's lead unit. */
  roles: readonly Role[];
}

export const TRANSITIONS: Record<ItemAction, Transition> = {
  // 交办: the supervisor hands a finished draft to its units.
  assign: { from: ['draft'], to: 'assigned', roles: ['supervisor'] },
  // 签收/开始办理: the lead unit takes the work on.
  start: { from: ['assigned'], to: 'in_progress', roles: ['unit', 'supervisor'] },
  // 申请办结: only the lead unit asks to close.
  request_completion: { from: ['in_progress'], to: 'pending_review', roles: ['unit'] },
  approve_completion: { from: ['pending_review'], to: 'completed', roles: ['supervisor'] },
  // 退办: the evidence does not convince; back to work.
  return: { from: ['pending_review'], to: 'in_progress', roles: ['supervisor'] },
  suspend: {
    from: ['assigned', 'in_progress', 'pending_review'],
    to: 'suspended',
    roles: ['supervisor'],
  },
  resume: { from: ['suspended'], to: 'in_progress', roles: ['supervisor'] },
  cancel: { from: ['draft', 'assigned', 'in_progress', 'suspended'], to: 'cancelled', roles: ['supervisor'] },
  // 回头看 found the work undone.
  reopen: { from: ['completed'], to: 'in_progress', roles: ['supervisor'] },
};

/**
 * Statuses whose progress counts in a ledger's average: work that was handed
 * out and not withdrawn. A draft has no progress yet, and a cancelled or
 * suspended item's frozen figure says nothing about how the ledger advances —
 * counting them pulled a ledger from 68 % to 46 % with two unassigned drafts.
 */
export const PROGRESS_STATUSES: readonly ItemStatus[] = [
  'assigned',
  'in_progress',
  'pending_review',
  'completed',
];

export function countsInProgress(status: ItemStatus): boolean {
  return PROGRESS_STATUSES.includes(status);
}

export const CLOSED_STATUSES: readonly ItemStatus[] = ['completed', 'cancelled'];

/**
 * The date the closed-late judgement uses: the due date in force, unless an
 * extension was asked after the deadline had passed — such an extension does
 * not excuse the lateness, so the date in force when it was missed stays the
 * measure (`judgedDueDate` holds it then).
 */
export function judgedDue(item: { dueDate: string; judgedDueDate?: string | null }): string {
  return item.judgedDueDate ?? item.dueDate;
}

/**
 * Whether a completed item finished by the date it is judged by (`judgedDue`);
 * null while it is not completed. The one closed-late rule: the item page,
 * per-unit counts and the overview all judge by it (the SQL twin is `closedLateSql`).
 */
export function closedOnTime(item: {
  status: ItemStatus;
  closedOn: string | null;
  /** The due date in force. */
  dueDate: string;
  judgedDueDate?: string | null;
}): boolean | null {
  if (item.status !== 'completed' || !item.closedOn) return null;
  return item.closedOn <= judgedDue(item);
}

/** Statuses in which the core (task book, due date, responsibilities) is still freely editable. */
export function isCoreEditable(status: ItemStatus): boolean {
  return status === 'draft';
}

export type TransitionCheck =
  | { ok: true; to: ItemStatus }
  | { ok: false; reason: 'not_allowed_from_status' | 'role_not_allowed' };

/** Whether `action` may be taken on an item in `status` by someone holding `roles`. */
export function checkTransition(
  status: ItemStatus,
  action: ItemAction,
  roles: readonly Role[],
): TransitionCheck {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status)) return { ok: false, reason: 'not_allowed_from_status' };
  if (!t.roles.some((r) => roles.includes(r))) return { ok: false, reason: 'role_not_allowed' };
  return { ok: true, to: t.to };
}

/**
 * Moves that happen only as the outcome of a request (core/requests.ts) once
 * an item is assigned: asking to close and deciding it (办结申请 → 办结 or
 * 退办), and cancelling (撤销). A draft is still the supervisor's to cancel.
 */
export function viaRequest(action: ItemAction, status: ItemStatus): boolean {
  switch (action) {
    case 'request_completion':
    case 'approve_completion':
    case 'return':
      return true;
    case 'cancel':
      return status !== 'draft';
    case 'assign':
    case 'start':
    case 'suspend':
    case 'resume':
    case 'reopen':
      return false;
  }
}

/** The direct moves open to `roles` on an item in `status` — what the UI offers as buttons. */
export function availableActions(
  status: ItemStatus,
  roles: readonly Role[],
  /** Facts of the item the lifecycle depends on: 交办 needs a lead unit (offered only with one). */
  facts: { hasLead: boolean } = { hasLead: true },
): ItemAction[] {
  return ITEM_ACTIONS.filter(
    (a) =>
      !viaRequest(a, status) && checkTransition(status, a, roles).ok && (a !== 'assign' || facts.hasLead),
  );
}
