import { addDays, daysBetween } from '../../../core/dates.js';
import { ITEM_STATUSES, type ItemStatus, type UnitKind } from '../../../core/enums.js';
import { isLit } from '../../../core/light.js';
import { compareUnitLateness } from '../../../core/ranking.js';
import { countsInProgress, isOpen } from '../../../core/status.js';
import { type Ctx, todayOf } from '../../context.js';
import { itemScope } from '../access/policy.js';
import { countLightsOn, countOverviewGroups, countUnitLights, findUnitsOfKind } from './stats.repo.js';

/** Totals for the cockpit: by status, by light, per ledger — all counted by the database. */
export async function overview(ctx: Ctx, q: { asOf?: string; ledgerId?: string }) {
  const scope = itemScope(ctx);
  const asOf = q.asOf ?? todayOf(ctx);
  const rows = await countOverviewGroups(ctx, scope, asOf, q.ledgerId);

  const byStatus = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  const byLight = { red: 0, yellow: 0, green: 0 };
  const ledgers = new Map<
    string,
    {
      ledgerId: string;
      ledgerName: string;
      sortOrder: number;
      total: number;
      open: number;
      completed: number;
      red: number;
      yellow: number;
      green: number;
      overdue: number;
      progressSum: number;
      progressCount: number;
    }
  >();
  let overdue = 0;
  let completedLate = 0;
  for (const r of rows) {
    const n = Number(r.n);
    byStatus[r.status] += n;
    byLight.red += Number(r.red);
    byLight.yellow += Number(r.yellow);
    byLight.green += Number(r.green);
    overdue += Number(r.overdue);
    completedLate += Number(r.late);
    const l = ledgers.get(r.ledgerId) ?? {
      ledgerId: r.ledgerId,
      ledgerName: r.ledgerName,
      sortOrder: r.sortOrder,
      total: 0,
      open: 0,
      completed: 0,
      red: 0,
      yellow: 0,
      green: 0,
      overdue: 0,
      progressSum: 0,
      progressCount: 0,
    };
    l.total += n;
    if (isOpen(r.status)) l.open += n;
    if (r.status === 'completed') l.completed += n;
    l.red += Number(r.red);
    l.yellow += Number(r.yellow);
    l.green += Number(r.green);
    l.overdue += Number(r.overdue);
    if (countsInProgress(r.status)) {
      l.progressSum += Number(r.progress ?? 0);
      l.progressCount += n;
    }
    ledgers.set(r.ledgerId, l);
  }
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const yearEnd = `${asOf.slice(0, 4)}-12-31`;
  return {
    asOf,
    total,
    open: byStatus.assigned + byStatus.in_progress + byStatus.pending_review,
    byStatus,
    byLight,
    overdue,
    completed: byStatus.completed,
    completedOnTime: byStatus.completed - completedLate,
    completedLate,
    daysToYearEnd: daysBetween(asOf, yearEnd),
    byLedger: [...ledgers.values()]
      .sort((a, b) => a.sortOrder - b.sortOrder || a.ledgerName.localeCompare(b.ledgerName))
      .map(({ progressSum, progressCount, sortOrder, ...l }) => ({
        ...l,
        avgProgress: progressCount ? Math.round(progressSum / progressCount) : 0,
      })),
  };
}

/**
 * Per-unit counts by light, from the item facts copied onto responsibility
 * rows: each figure is one narrow index range counted per unit (red rows,
 * yellow-or-red rows, overdue rows, …), no items loaded into JavaScript.
 */
export async function unitLights(ctx: Ctx, q: { asOf?: string; kind?: UnitKind; ledgerId?: string }) {
  const scope = itemScope(ctx);
  const asOf = q.asOf ?? todayOf(ctx);
  const { byStatus, red, yellowOrRed, overdue, late, leadRed, leadOverdue, leadLate } = await countUnitLights(
    ctx,
    scope,
    asOf,
    q.ledgerId,
  );

  const totals = new Map<string, { total: number; open: number; completed: number }>();
  for (const r of byStatus) {
    const t = totals.get(r.unitId) ?? { total: 0, open: 0, completed: 0 };
    const n = Number(r.n);
    t.total += n;
    if (isLit(r.status)) t.open += n;
    if (r.status === 'completed') t.completed += n;
    totals.set(r.unitId, t);
  }
  const items = (await findUnitsOfKind(ctx, q.kind))
    .filter((u) => totals.has(u.id))
    .map((u) => {
      const t = totals.get(u.id) ?? { total: 0, open: 0, completed: 0 };
      const r = red.get(u.id) ?? 0;
      const yr = yellowOrRed.get(u.id) ?? 0;
      return {
        unitId: u.id,
        unitName: u.name,
        unitShortName: u.short_name,
        kind: u.kind,
        total: t.total,
        open: t.open,
        red: r,
        yellow: yr - r,
        green: t.open - yr,
        overdue: overdue.get(u.id) ?? 0,
        completed: t.completed,
        completedLate: late.get(u.id) ?? 0,
        leadRed: leadRed.get(u.id) ?? 0,
        leadOverdue: leadOverdue.get(u.id) ?? 0,
        leadCompletedLate: leadLate.get(u.id) ?? 0,
      };
    })
    .sort(compareUnitLateness);
  return { asOf, items, total: items.length };
}

/**
 * Lights at the end of each of the last weeks, recounted from the items'
 * current facts ("as known today"): an item counts as open on a day between
 * its assignment and its closing.
 */
export async function trend(ctx: Ctx, q: { weeks: number; asOf?: string; ledgerId?: string }) {
  const scope = itemScope(ctx);
  const asOf = q.asOf ?? todayOf(ctx);
  const out = [];
  for (let w = q.weeks - 1; w >= 0; w--) {
    const day = addDays(asOf, -7 * w);
    const row = await countLightsOn(ctx, scope, day, q.ledgerId);
    out.push({
      weekEnd: day,
      red: Number(row.red ?? 0),
      yellow: Number(row.yellow ?? 0),
      green: Number(row.green ?? 0),
      open: Number(row.open ?? 0),
      completed: Number(row.completed ?? 0),
    });
  }
  return { items: out, total: out.length };
}
