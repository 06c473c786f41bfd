import { describe, expect, it } from 'vitest';
import {
  awaitsReply,
  isNoticeLate,
  isReplyLate,
  NOTICE_ACTION_ACTOR,
  NOTICE_KINDS,
  NOTICE_STATUSES,
  nextNoticeStatus,
  noticeActions,
  noticeNumber,
  noticeSeriesKey,
} from './notices.js';

describe('noticeNumber', () => {
  it.each([
    ['inspection', 2026, 12, '督通〔2026〕12号'],
    ['urging', 2026, 1, '督催〔2026〕1号'],
    ['supervision', 2027, 105, '督办〔2027〕105号'],
  ] as const)('%s %d #%d is %s', (kind, year, seq, expected) => {
    expect(noticeNumber(kind, year, seq)).toBe(expected);
  });

  it('gives each kind and year a series of its own', () => {
    const keys = NOTICE_KINDS.flatMap((k) => [2026, 2027].map((y) => noticeSeriesKey(k, y)));
    expect(new Set(keys).size).toBe(keys.length);
    const prefixes = NOTICE_KINDS.map((k) => noticeNumber(k, 2026, 1));
    expect(new Set(prefixes).size).toBe(NOTICE_KINDS.length);
  });
});

describe('the reply state machine', () => {
  it.each([
    ['issued', 'reply', 'replied'],
    ['issued', 'accept', null],
    ['issued', 'return', null],
    ['replied', 'reply', null],
    ['replied', 'accept', 'accepted'],
    ['replied', 'return', 'returned'],
    ['returned', 'reply', 'replied'],
    ['returned', 'accept', null],
    ['returned', 'return', null],
    ['accepted', 'reply', null],
    ['accepted', 'accept', null],
    ['accepted', 'return', null],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextNoticeStatus(from, action)).toBe(to);
  });

  it('lists the open actions of each status, and none once accepted', () => {
    expect(noticeActions('issued')).toEqual(['reply']);
    expect(noticeActions('replied')).toEqual(['accept', 'return']);
    expect(noticeActions('returned')).toEqual(['reply']);
    expect(noticeActions('accepted')).toEqual([]);
  });

  it('has the unit write and the supervisor review', () => {
    expect(NOTICE_ACTION_ACTOR).toEqual({ reply: 'unit', accept: 'supervisor', return: 'supervisor' });
    expect(NOTICE_STATUSES.filter(awaitsReply)).toEqual(['issued', 'returned']);
  });
});

describe('lateness', () => {
  it.each([
    ['issued', '2026-12-10', '2026-12-10', false],
    ['issued', '2026-12-10', '2026-12-11', true],
    ['replied', '2026-12-10', '2026-12-11', true],
    ['returned', '2026-12-10', '2026-12-11', true],
    ['accepted', '2026-12-10', '2026-12-31', false],
    ['returned', '2026-12-10', '2026-12-09', false],
  ] as const)('a notice %s due %s is late on %s: %s', (status, replyDue, today, late) => {
    expect(isNoticeLate({ status, replyDue }, today)).toBe(late);
  });

  it('calls a reply late when written after the deadline day', () => {
    expect(isReplyLate('2026-12-10', '2026-12-10')).toBe(false);
    expect(isReplyLate('2026-12-11', '2026-12-10')).toBe(true);
  });
});
