/**
 * The unit ranking (单位排名): who answers for lateness. A lead unit (牵头)
 * answers for an item; a cooperating or undertaking unit shares it. Counting
 * both the same put a unit that only helped on a late item level with the unit
 * that let it slip, so the lead figures rank first and the shared ones after.
 */
export interface UnitLateness {
  unitName: string;
  red: number;
  overdue: number;
  completedLate: number;
  leadRed: number;
  leadOverdue: number;
  leadCompletedLate: number;
}

/** What the unit shares as a cooperating unit: the total less what it leads. */
export function sharedLateness(u: UnitLateness) {
  return {
    red: u.red - u.leadRed,
    overdue: u.overdue - u.leadOverdue,
    completedLate: u.completedLate - u.leadCompletedLate,
  };
}

/**
 * Worst first: overdue items the unit leads, late completions it led, red items
 * it leads; then the same figures where it cooperates; then by name.
 */
export function compareUnitLateness(a: UnitLateness, b: UnitLateness): number {
  const sa = sharedLateness(a);
  const sb = sharedLateness(b);
  return (
    b.leadOverdue - a.leadOverdue ||
    b.leadCompletedLate - a.leadCompletedLate ||
    b.leadRed - a.leadRed ||
    sb.overdue - sa.overdue ||
    sb.completedLate - sa.completedLate ||
    sb.red - sa.red ||
    a.unitName.localeCompare(b.unitName, 'zh-CN')
  );
}

/** The units with any lateness, ranked by `compareUnitLateness`, the worst `top`. */
export function rankUnitsByLateness<T extends UnitLateness>(units: readonly T[], top = 10): T[] {
  return units
    .filter((u) => u.overdue > 0 || u.completedLate > 0 || u.red > 0)
    .sort(compareUnitLateness)
    .slice(0, top);
}
