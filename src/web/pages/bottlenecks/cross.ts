import { OBSTACLE_CAUSES, type ObstacleCause } from '../../../core/enums.js';
import type { ObstacleSummary } from '../../backend/types.js';

/** One row of the cross table: a unit (or a ledger) and its open obstacles by cause. */
export interface CrossRow {
  id: string;
  name: string;
  counts: Record<ObstacleCause, number>;
  total: number;
}

const zero = () => Object.fromEntries(OBSTACLE_CAUSES.map((c) => [c, 0])) as Record<ObstacleCause, number>;

/** Folds the summary's cells into rows by unit or by ledger, the busiest first. */
export function crossRows(cells: ObstacleSummary['cells'], by: 'unit' | 'ledger'): CrossRow[] {
  const rows = new Map<string, CrossRow>();
  for (const c of cells) {
    const id = by === 'unit' ? c.unitId : c.ledgerId;
    const row = rows.get(id) ?? {
      id,
      name: by === 'unit' ? c.unitName : c.ledgerName,
      counts: zero(),
      total: 0,
    };
    row.counts[c.cause] += c.count;
    row.total += c.count;
    rows.set(id, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh'));
}

/** The totals row: each cause summed over every row. */
export function crossTotals(rows: CrossRow[]): CrossRow {
  const counts = zero();
  for (const r of rows) for (const c of OBSTACLE_CAUSES) counts[c] += r.counts[c];
  return { id: 'total', name: '', counts, total: rows.reduce((n, r) => n + r.total, 0) };
}
