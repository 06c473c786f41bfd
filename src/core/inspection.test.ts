import { describe, expect, it } from 'vitest';
import {
  assessmentGrade,
  assessmentTotals,
  exifDateTime,
  formatCoordinates,
  photoDating,
  validCoordinates,
  visibleToUnit,
} from './inspection.js';

describe('visibleToUnit', () => {
  it.each([
    ['onsite', null, true],
    ['phone', null, true],
    ['dedicated', null, true],
    ['unannounced', null, false],
    ['unannounced', '2026-11-20T02:00:00Z', true],
  ] as const)('%s disclosed at %s → %s', (method, disclosedAt, seen) => {
    expect(visibleToUnit({ method, disclosedAt })).toBe(seen);
  });
});

describe('photoDating', () => {
  it.each([
    [null, 'unknown', null],
    ['2026-11-20T10:00:00', 'ok', 0],
    ['2026-11-18T23:59:00', 'ok', 2],
    ['2026-11-17T08:00:00', 'stale', 3],
    ['2025-06-01T08:00:00', 'stale', 537],
    ['2026-11-21T08:00:00', 'ok', -1],
    ['2026-11-25T08:00:00', 'after', -5],
  ])('taken %s for an inspection on 2026-11-20 → %s', (takenAt, flag, days) => {
    expect(photoDating(takenAt, '2026-11-20')).toEqual({ flag, daysBefore: days });
  });
});

describe('exifDateTime', () => {
  it.each([
    ['2026:11:20 10:15:30', undefined, '2026-11-20T10:15:30'],
    ['2026:11:20 10:15:30', '+08:00', '2026-11-20T10:15:30+08:00'],
    ['2026-11-20T10:15:30', 'junk', '2026-11-20T10:15:30'],
    ['0000:00:00 00:00:00', undefined, null],
    ['2026:13:01 00:00:00', undefined, null],
    ['yesterday', undefined, null],
    [20261120, undefined, null],
  ])('%j (%j) → %j', (raw, offset, out) => {
    expect(exifDateTime(raw, offset)).toBe(out);
  });
});

describe('coordinates', () => {
  it('words them with hemispheres', () => {
    expect(formatCoordinates(34.758333, 113.62)).toBe('34.758333°N, 113.620000°E');
    expect(formatCoordinates(-33.9, -70.1)).toBe('33.900000°S, 70.100000°W');
  });
  it.each([
    [34.7, 113.6, true],
    [0, 0, false],
    [91, 10, false],
    [10, 181, false],
    [Number.NaN, 1, false],
    ['34', 113, false],
  ])('%j, %j valid: %s', (lat, lng, ok) => {
    expect(validCoordinates(lat, lng)).toBe(ok);
  });
});

describe('assessmentTotals', () => {
  it('adds the scores, says the share of full marks and which criteria failed', () => {
    expect(
      assessmentTotals([
        { criterionId: 'a', weight: 20, score: 18 },
        { criterionId: 'b', weight: 20, score: 11.5 },
        { criterionId: 'c', weight: 20, score: 12 },
        { criterionId: 'd', weight: 40, score: 40 },
      ]),
    ).toEqual({ total: 81.5, maxTotal: 100, percent: 81.5, failed: ['b'] });
  });
  it('gives 0 % for an empty checklist', () => {
    expect(assessmentTotals([]).percent).toBe(0);
  });
  it.each([
    [95, 'excellent'],
    [90, 'excellent'],
    [80, 'good'],
    [60, 'pass'],
    [59.9, 'fail'],
  ] as const)('%s %% is %s', (p, g) => {
    expect(assessmentGrade(p)).toBe(g);
  });
});
