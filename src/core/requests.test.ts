import { describe, expect, it } from 'vitest';
import type { ItemStatus } from './enums.js';
import { availableRequests, checkAsk, checkExtension, judgedDueAfterExtension } from './requests.js';
import { closedOnTime, judgedDue } from './status.js';

describe('checkExtension: later dates only; asked after the deadline is recorded', () => {
  it.each([
    // current due, new date, today → outcome
    ['2026-12-31', '2027-01-31', '2026-11-27', { ok: true, requestedAfterDeadline: false }],
    ['2026-12-31', '2027-01-31', '2026-12-31', { ok: true, requestedAfterDeadline: false }],
    ['2026-12-31', '2027-01-31', '2027-01-01', { ok: true, requestedAfterDeadline: true }],
    ['2026-12-31', '2026-12-31', '2026-11-27', { ok: false, reason: 'not_later' }],
    ['2026-12-31', '2026-12-30', '2026-11-27', { ok: false, reason: 'not_later' }],
  ])('due %s, asked for %s on %s', (current, newDate, today, outcome) => {
    expect(checkExtension(current, newDate, today)).toEqual(outcome);
  });
});

describe('the closed-late judgement after extensions', () => {
  it.each([
    // judged, current due, late?, → judged after; closed on → on time?
    [null, '2026-11-20', false, null, '2026-12-20', true],
    [null, '2026-11-20', true, '2026-11-20', '2026-12-20', false],
    // Frozen once: a later timely extension does not undo the lateness.
    ['2026-11-20', '2026-12-31', false, '2026-11-20', '2026-12-20', false],
  ] as const)(
    'judged %s, due %s, late %s → judged by %s; closed %s on time %s',
    (judged, current, late, after, closedOn, onTime) => {
      const next = judgedDueAfterExtension(judged, current, late);
      expect(next).toBe(after);
      const item = { status: 'completed' as const, closedOn, dueDate: '2027-01-31', judgedDueDate: next };
      expect(judgedDue(item)).toBe(after ?? '2027-01-31');
      expect(closedOnTime(item)).toBe(onTime);
    },
  );
});

describe('who asks for what, when', () => {
  it.each<[ItemStatus, ('lead' | 'supervisor')[], string[]]>([
    ['draft', ['lead', 'supervisor'], []],
    ['assigned', ['lead'], ['extension', 'adjustment', 'cancellation']],
    ['in_progress', ['lead'], ['extension', 'adjustment', 'completion', 'cancellation']],
    ['in_progress', ['supervisor'], ['adjustment', 'cancellation']],
    ['pending_review', ['lead'], []],
    ['suspended', ['supervisor'], ['adjustment', 'cancellation']],
    ['completed', ['lead', 'supervisor'], []],
  ])('%s item, asked as %j: %j', (status, askers, kinds) => {
    expect(availableRequests(status, askers)).toEqual(kinds);
  });

  it('says why a request is not possible', () => {
    expect(checkAsk('completion', 'in_progress', ['supervisor'])).toEqual({
      ok: false,
      reason: 'asker_not_allowed',
    });
    expect(checkAsk('completion', 'assigned', ['lead'])).toEqual({
      ok: false,
      reason: 'not_allowed_from_status',
    });
  });
});
