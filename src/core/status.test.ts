import { describe, expect, it } from 'vitest';
import { ITEM_STATUSES, type ItemStatus, ROLES, type Role } from './enums.js';
import {
  availableActions,
  CLOSED_STATUSES,
  checkTransition,
  closedOnTime,
  ITEM_ACTIONS,
  type ItemAction,
  isCoreEditable,
  viaRequest,
} from './status.js';

/**
 * The lifecycle of DESIGN.md written out by hand, cell by cell, so that a
 * change to the transition table has to be made twice on purpose.
 * Each cell: the status an action leads to from that status, or `null` when
 * the action is not possible from it.
 */
const TO: Record<ItemStatus, Record<ItemAction, ItemStatus | null>> = {
  draft: {
    assign: 'assigned',
    start: null,
    request_completion: null,
    approve_completion: null,
    return: null,
    suspend: null,
    resume: null,
    cancel: 'cancelled',
    reopen: null,
  },
  assigned: {
    assign: null,
    start: 'in_progress',
    request_completion: null,
    approve_completion: null,
    return: null,
    suspend: 'suspended',
    resume: null,
    cancel: 'cancelled',
    reopen: null,
  },
  in_progress: {
    assign: null,
    start: null,
    request_completion: 'pending_review',
    approve_completion: null,
    return: null,
    suspend: 'suspended',
    resume: null,
    cancel: 'cancelled',
    reopen: null,
  },
  pending_review: {
    assign: null,
    start: null,
    request_completion: null,
    approve_completion: 'completed',
    return: 'in_progress',
    suspend: 'suspended',
    resume: null,
    cancel: null,
    reopen: null,
  },
  completed: {
    assign: null,
    start: null,
    request_completion: null,
    approve_completion: null,
    return: null,
    suspend: null,
    resume: null,
    cancel: null,
    reopen: 'in_progress',
  },
  suspended: {
    assign: null,
    start: null,
    request_completion: null,
    approve_completion: null,
    return: null,
    suspend: null,
    resume: 'in_progress',
    cancel: 'cancelled',
    reopen: null,
  },
  cancelled: {
    assign: null,
    start: null,
    request_completion: null,
    approve_completion: null,
    return: null,
    suspend: null,
    resume: null,
    cancel: null,
    reopen: null,
  },
};

/** Who may take each action (`unit` = a user of the item's lead unit). */
const ROLES_FOR: Record<ItemAction, Role[]> = {
  assign: ['supervisor'],
  start: ['supervisor', 'unit'],
  request_completion: ['unit'],
  approve_completion: ['supervisor'],
  return: ['supervisor'],
  suspend: ['supervisor'],
  resume: ['supervisor'],
  cancel: ['supervisor'],
  reopen: ['supervisor'],
};

const cells = ITEM_STATUSES.flatMap((status) => ITEM_ACTIONS.map((action) => ({ status, action })));

describe('checkTransition', () => {
  it.each(cells)('$action from $status goes where the lifecycle says, or nowhere', ({ status, action }) => {
    const to = TO[status][action];
    const result = checkTransition(status, action, ROLES_FOR[action]);
    expect(result).toEqual(to ? { ok: true, to } : { ok: false, reason: 'not_allowed_from_status' });
  });

  const roleCells = ITEM_ACTIONS.flatMap((action) => ROLES.map((role) => ({ action, role })));
  it.each(roleCells)('$action is open to $role only if the role is allowed', ({ action, role }) => {
    const from = ITEM_STATUSES.find((s) => TO[s][action]) as ItemStatus;
    const result = checkTransition(from, action, [role]);
    if (ROLES_FOR[action].includes(role)) expect(result).toEqual({ ok: true, to: TO[from][action] });
    else expect(result).toEqual({ ok: false, reason: 'role_not_allowed' });
  });

  it('reports a wrong status before a wrong role', () => {
    expect(checkTransition('completed', 'assign', ['leader'])).toEqual({
      ok: false,
      reason: 'not_allowed_from_status',
    });
  });

  it('refuses everyone without a role', () => {
    expect(checkTransition('draft', 'assign', [])).toEqual({ ok: false, reason: 'role_not_allowed' });
  });

  it('lets a user with several roles act through any of them', () => {
    expect(checkTransition('in_progress', 'request_completion', ['leader', 'unit'])).toEqual({
      ok: true,
      to: 'pending_review',
    });
  });

  it('never leads out of a cancelled item', () => {
    for (const action of ITEM_ACTIONS)
      expect(checkTransition('cancelled', action, [...ROLES]).ok).toBe(false);
  });
});

describe('availableActions', () => {
  it.each(ITEM_STATUSES.flatMap((status) => ROLES.map((role) => ({ status, role }))))(
    'offers $role on a $status item exactly the allowed actions',
    ({ status, role }) => {
      // Moves made only through requests are no buttons (core/requests.ts offers those).
      const expected = ITEM_ACTIONS.filter(
        (a) => TO[status][a] && ROLES_FOR[a].includes(role) && !viaRequest(a, status),
      );
      expect(availableActions(status, [role])).toEqual(expected);
    },
  );

  it('gives a supervisor assign and cancel on a draft', () => {
    expect(availableActions('draft', ['supervisor'])).toEqual(['assign', 'cancel']);
  });

  it('gives the lead unit no direct move on a running item: closing is a request', () => {
    expect(availableActions('in_progress', ['unit'])).toEqual([]);
    expect(viaRequest('request_completion', 'in_progress')).toBe(true);
  });

  it('lets a supervisor cancel a draft directly, an assigned item only through a request', () => {
    expect(viaRequest('cancel', 'draft')).toBe(false);
    expect(viaRequest('cancel', 'assigned')).toBe(true);
  });

  it('gives leaders, admins and auditors no buttons at all', () => {
    for (const status of ITEM_STATUSES)
      expect(availableActions(status, ['leader', 'sysadmin', 'secadmin', 'auditor'])).toEqual([]);
  });
});

describe('isCoreEditable and CLOSED_STATUSES', () => {
  it.each(ITEM_STATUSES)('allows core edits of a %s item only while it is a draft', (status) => {
    expect(isCoreEditable(status)).toBe(status === 'draft');
  });

  it('counts completed and cancelled items as closed', () => {
    expect([...CLOSED_STATUSES].sort()).toEqual(['cancelled', 'completed']);
  });
});

describe('closedOnTime', () => {
  const cases: [ItemStatus, string | null, string, boolean | null][] = [
    ['completed', '2026-06-30', '2026-06-30', true],
    ['completed', '2026-06-29', '2026-06-30', true],
    ['completed', '2026-07-01', '2026-06-30', false],
    ['completed', null, '2026-06-30', null],
    ['in_progress', '2026-07-01', '2026-06-30', null],
    ['cancelled', '2026-07-01', '2026-06-30', null],
  ];
  it.each(cases)('%s closed %s, due %s → %s', (status, closedOn, dueDate, expected) => {
    expect(closedOnTime({ status, closedOn, dueDate })).toBe(expected);
  });
});

describe('availableActions and the lead unit', () => {
  it('offers 交办 only on a draft that names its lead unit', () => {
    expect(availableActions('draft', ['supervisor'])).toContain('assign');
    expect(availableActions('draft', ['supervisor'], { hasLead: true })).toContain('assign');
    expect(availableActions('draft', ['supervisor'], { hasLead: false })).toEqual(['cancel']);
  });
});
