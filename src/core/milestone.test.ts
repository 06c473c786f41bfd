import { describe, expect, it } from 'vitest';
import { milestoneDoneProblem, milestoneLateDays } from './milestone.js';

describe('milestoneDoneProblem', () => {
  it.each<[string, string, string, string | null]>([
    // doneDate, today, startDate → problem
    ['2026-11-27', '2026-11-27', '2026-01-01', null],
    ['2026-11-20', '2026-11-27', '2026-01-01', null],
    ['2026-01-01', '2026-11-27', '2026-01-01', null],
    ['2026-11-28', '2026-11-27', '2026-01-01', 'in_future'],
    ['2025-12-31', '2026-11-27', '2026-01-01', 'before_start'],
  ])('done %s, today %s, start %s → %s', (doneDate, today, startDate, expected) => {
    expect(milestoneDoneProblem({ doneDate, today, startDate })).toBe(expected);
  });
});

describe('milestoneLateDays', () => {
  it.each<[string, string, number]>([
    ['2026-11-20', '2026-11-20', 0],
    ['2026-11-20', '2026-11-10', 0],
    ['2026-11-20', '2026-11-21', 1],
    ['2026-11-20', '2026-12-05', 15],
  ])('planned %s, done %s → %d days late', (planned, done, days) => {
    expect(milestoneLateDays(planned, done)).toBe(days);
  });
});
