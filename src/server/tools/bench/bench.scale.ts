import type { Dialect } from '../../db/dialect.js';
import type { ActivityTotals } from './bench.generate.js';

/**
 * The scale sets of issue 14: a city (one district's office grown to a city's)
 * and a province, with the history a year of supervision leaves behind. The
 * history tables scale with the items when `--items` is given with `--scale`
 * (a smaller set of the same shape, for trying the command out).
 */
export const SCALES = {
  city: { units: 500, items: 100_000, reports: 1_000_000, urges: 200_000, inspections: 50_000 },
  province: { units: 5_000, items: 1_000_000, reports: 10_000_000, urges: 2_000_000, inspections: 500_000 },
} as const;
export type ScaleName = keyof typeof SCALES;

export function isScale(s: string): s is ScaleName {
  return Object.hasOwn(SCALES, s);
}

/** The province is sized for PostgreSQL: ten million reports in one SQLite file is not a setup anyone should run. */
export function refusal(scale: ScaleName, dialect: Dialect): string | null {
  return scale === 'province' && dialect !== 'postgres'
    ? '--scale province runs on PostgreSQL only (10,000,000 reports): set DUCHA_DATABASE_URL=postgres://… and run it again, or use --scale city on SQLite.'
    : null;
}

/** The history totals for `items` items at the preset's proportions. */
export function activityFor(scale: ScaleName, items: number): ActivityTotals {
  const s = SCALES[scale];
  const per = items / s.items;
  return {
    reports: Math.round(s.reports * per),
    urges: Math.round(s.urges * per),
    inspections: Math.round(s.inspections * per),
  };
}
