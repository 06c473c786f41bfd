import type { Lang } from './labels.js';

/**
 * Inspections (督察记录), visit plans and checklists: the office's own field
 * work. Pure rules shared by the server and the web app.
 */

/** 实地督导 on site, 暗访调查 unannounced, 专人盯办 dedicated follow-up, 电话督办 by phone. */
export const INSPECTION_METHODS = ['onsite', 'unannounced', 'dedicated', 'phone'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

/** The inspector's overall verdict on what was seen. */
export const INSPECTION_VERDICTS = ['good', 'fair', 'poor'] as const;
export type InspectionVerdict = (typeof INSPECTION_VERDICTS)[number];

export const INSPECTION_METHOD_LABELS: Record<InspectionMethod, Record<Lang, string>> = {
  onsite: { zh: '实地督导', en: 'On-site' },
  unannounced: { zh: '暗访调查', en: 'Unannounced' },
  dedicated: { zh: '专人盯办', en: 'Dedicated follow-up' },
  phone: { zh: '电话督办', en: 'By phone' },
};

export const INSPECTION_VERDICT_LABELS: Record<InspectionVerdict, Record<Lang, string>> = {
  good: { zh: '推进有力', en: 'Going well' },
  fair: { zh: '基本正常', en: 'Acceptable' },
  poor: { zh: '推进不力', en: 'Lagging' },
};

/**
 * Whether the inspected unit may see an inspection: an unannounced one stays
 * hidden from it until a supervisor discloses it. The server's SQL scope
 * (inspection.scope.ts) is the same rule written as a predicate.
 */
export function visibleToUnit(i: { method: InspectionMethod; disclosedAt: string | null }): boolean {
  return i.method !== 'unannounced' || i.disclosedAt !== null;
}

/** A photo taken this many days or more before the inspection day is flagged as possibly not from it. */
export const PHOTO_STALE_DAYS = 3;

/**
 * The day part of an EXIF capture time (`2026-11-20T10:15:30`, the camera's
 * local time) or null.
 */
function dayOf(takenAt: string | null): string | null {
  if (!takenAt) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(takenAt);
  return m ? m[1] : null;
}

const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/**
 * How a photo's capture time sits against its inspection's day: `stale` when it
 * was taken `PHOTO_STALE_DAYS` or more before it (an old picture passed off as
 * new), `after` when taken after the day (a later visit's picture on this
 * record), `unknown` without a capture time, else `ok`. The camera's clock is
 * local time, so a day of slack either way is not flagged.
 */
export function photoDating(
  takenAt: string | null,
  inspectedOn: string,
): { flag: 'ok' | 'stale' | 'after' | 'unknown'; daysBefore: number | null } {
  const day = dayOf(takenAt);
  if (!day) return { flag: 'unknown', daysBefore: null };
  const before = dayNumber(inspectedOn) - dayNumber(day);
  if (before >= PHOTO_STALE_DAYS) return { flag: 'stale', daysBefore: before };
  if (before < -1) return { flag: 'after', daysBefore: before };
  return { flag: 'ok', daysBefore: before };
}

/**
 * An EXIF date-time (`2026:11:20 10:15:30`, as cameras write it, in their own
 * local time) as `2026-11-20T10:15:30`, or null when it is not one. A zone
 * offset (`OffsetTimeOriginal`, `+08:00`) is appended when the camera wrote it.
 */
export function exifDateTime(raw: unknown, offset?: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const m = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (y === '0000' || +mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 60) return null;
  const zone = typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset.trim()) ? offset.trim() : '';
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`;
}

/** Coordinates as people read them: `34.758333°N, 113.620000°E`. */
export function formatCoordinates(lat: number, lng: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lng >= 0 ? 'E' : 'W';
  return `${Math.abs(lat).toFixed(6)}°${ns}, ${Math.abs(lng).toFixed(6)}°${ew}`;
}

/** True for coordinates on the globe (EXIF can hold anything). */
export function validCoordinates(lat: unknown, lng: unknown): boolean {
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180 &&
    !(lat === 0 && lng === 0)
  );
}

/**
 * Timeline kinds of field work on the items an inspection covers. `inspected`
 * and `rectification_ordered` of an unannounced inspection are written
 * restricted (hidden from units) and opened when it is disclosed.
 */
export const INSPECTION_TIMELINE_KINDS = [
  'inspected',
  'inspection_disclosed',
  'rectification_ordered',
] as const;

export const INSPECTION_TIMELINE_LABELS: Record<
  (typeof INSPECTION_TIMELINE_KINDS)[number],
  Record<Lang, string>
> = {
  inspected: { zh: '督察', en: 'Inspected' },
  inspection_disclosed: { zh: '暗访结果告知', en: 'Unannounced inspection disclosed' },
  rectification_ordered: { zh: '督察发现转整改事项', en: 'Finding made a rectification item' },
};

/** Why an item is proposed for a visit plan. */
export const VISIT_REASONS = ['red', 'stale', 'obstacle'] as const;
export type VisitReason = (typeof VISIT_REASONS)[number];

export const VISIT_REASON_LABELS: Record<VisitReason, Record<Lang, string>> = {
  red: { zh: '红灯', en: 'Red' },
  stale: { zh: '久未督察', en: 'Not inspected lately' },
  obstacle: { zh: '有未解决问题', en: 'Open obstacle' },
};

/**
 * The scores of an assessment against a checklist: each criterion's score is
 * at most its weight (its full marks); the total and the percentage of full
 * marks. A criterion scored below `FAIL_SHARE` of its weight has failed.
 */
export const FAIL_SHARE = 0.6;

export interface CriterionScore {
  criterionId: string;
  weight: number;
  score: number;
}

export function assessmentTotals(scores: readonly CriterionScore[]): {
  total: number;
  maxTotal: number;
  percent: number;
  failed: string[];
} {
  const total = scores.reduce((s, c) => s + c.score, 0);
  const maxTotal = scores.reduce((s, c) => s + c.weight, 0);
  return {
    total: Math.round(total * 10) / 10,
    maxTotal,
    percent: maxTotal > 0 ? Math.round((total / maxTotal) * 1000) / 10 : 0,
    failed: scores.filter((c) => c.score < c.weight * FAIL_SHARE).map((c) => c.criterionId),
  };
}

/** The grade of a percentage, as offices word it: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格. */
export function assessmentGrade(percent: number): 'excellent' | 'good' | 'pass' | 'fail' {
  if (percent >= 90) return 'excellent';
  if (percent >= 80) return 'good';
  if (percent >= 60) return 'pass';
  return 'fail';
}

export const GRADE_LABELS: Record<ReturnType<typeof assessmentGrade>, Record<Lang, string>> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
};
