import { describe, expect, it } from 'vitest';
import { afterQuietHours, backoffMs, MAX_ATTEMPTS } from './delivery.js';

describe('backoffMs', () => {
  it('doubles from a minute up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60]);
    expect(MAX_ATTEMPTS).toBeGreaterThan(3);
  });
});

describe('afterQuietHours', () => {
  // China time is UTC+8: 14:00Z is 22:00 in Beijing.
  const quiet = { start: '22:00', end: '07:30' };
  it.each([
    ['2026-12-02T13:59:00Z', '2026-12-02T13:59:00.000Z', 'before the quiet hours'],
    ['2026-12-02T14:00:00Z', '2026-12-02T23:30:00.000Z', 'at their start: the next morning'],
    ['2026-12-02T20:00:00Z', '2026-12-02T23:30:00.000Z', 'after midnight'],
    ['2026-12-02T23:30:00Z', '2026-12-02T23:30:00.000Z', 'at their end'],
  ])('%s → %s (%s)', (at, expected) => {
    expect(afterQuietHours(new Date(at), quiet).toISOString()).toBe(expected);
  });
  it('handles quiet hours within a day and none', () => {
    const lunch = { start: '12:00', end: '13:30' };
    expect(afterQuietHours(new Date('2026-12-02T04:10:00Z'), lunch).toISOString()).toBe(
      '2026-12-02T05:30:00.000Z',
    );
    expect(afterQuietHours(new Date('2026-12-02T04:10:00Z'), null).toISOString()).toBe(
      '2026-12-02T04:10:00.000Z',
    );
  });
});
