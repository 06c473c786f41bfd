import { describe, expect, it } from 'vitest';
import { readDateCell } from './date-words.js';

describe('readDateCell', () => {
  it.each([
    ['2026-12-31', '2026-12-31'],
    ['2026.12.31', '2026-12-31'],
    ['2026/3/5', '2026-03-05'],
    ['20261231', '2026-12-31'],
    ['2026年12月31日', '2026-12-31'],
    ['12月31日', '2026-12-31'],
    ['3月5号', '2026-03-05'],
    ['11月底', '2026-11-30'],
    ['2月底', '2026-02-28'],
    ['6月中旬', '2026-06-20'],
    ['6月上旬', '2026-06-10'],
    ['2026年11月', '2026-11-30'],
    ['年底前', '2026-12-31'],
    ['2027年底', '2027-12-31'],
    ['46387', '2026-12-31'],
    [46387, '2026-12-31'],
    [new Date(Date.UTC(2026, 11, 31)), '2026-12-31'],
  ])('reads %s as %s', (input, expected) => {
    expect(readDateCell(input, 2026)).toEqual({ ok: true, date: expected });
  });

  it.each([['2026-02-30'], ['13月底'], ['下周五左右'], ['abc'], [''], [12], [true]])(
    'refuses %s with a reason',
    (input) => {
      const r = readDateCell(input, 2026);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
    },
  );
});
