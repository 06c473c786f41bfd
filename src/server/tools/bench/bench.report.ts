import type { Dialect } from '../../db/dialect.js';
import type { Check, Result } from './bench.measure.js';

/**
 * The bench table: each measurement against the targets of issue 2 (at
 * 100,000 items on SQLite on a 2-core machine; PostgreSQL within 2× of them).
 */
const TARGETS: Record<Exclude<Check, 'none'>, { limit: number; atLeast: boolean; unit: string }> = {
  list: { limit: 10, atLeast: false, unit: 'ms' },
  // Issue 14: ≤ 10 ms on SQLite, ≤ 20 ms on PostgreSQL (the factor below).
  search: { limit: 10, atLeast: false, unit: 'ms' },
  overdue: { limit: 15, atLeast: false, unit: 'ms' },
  unitLights: { limit: 50, atLeast: false, unit: 'ms' },
  detail: { limit: 5, atLeast: false, unit: 'ms' },
  // Issue 14: the cockpit instant at city scale.
  cockpit: { limit: 100, atLeast: false, unit: 'ms' },
  creates: { limit: 500, atLeast: true, unit: 'items/s' },
  // Issue 14: an edit and a transition in process.
  write: { limit: 5, atLeast: false, unit: 'ms' },
  rss: { limit: 200, atLeast: false, unit: 'MB' },
  /** Issue 14: 16 clients get at least 1.7× the throughput of one (SQLite, 2 cores). */
  concurrency: { limit: 1.7, atLeast: true, unit: '×' },
};

/** PostgreSQL pays a network round trip per query: issue 2 allows it twice the SQLite figures. */
const factorOf = (dialect: Dialect) => (dialect === 'postgres' ? 2 : 1);

function judge(r: Result, dialect: Dialect): { target: string; verdict: string } {
  if (r.check === 'none') return { target: '—', verdict: '' };
  const t = TARGETS[r.check];
  const limit = t.atLeast ? t.limit / factorOf(dialect) : t.limit * factorOf(dialect);
  const ok = t.atLeast ? r.value >= limit : r.value <= limit;
  const what = r.check === 'creates' || r.check === 'rss' || r.check === 'concurrency' ? '' : 'p50 ';
  return { target: `${what}${t.atLeast ? '≥' : '≤'} ${limit} ${t.unit}`, verdict: ok ? 'ok' : 'over' };
}

const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '' : v.toFixed(v < 10 ? 2 : 1));

function resultText(r: Result): string {
  const digits = r.unit === '×' ? 2 : r.unit === 'KB' || (r.unit === 'req/s' && r.value < 100) ? 1 : 0;
  const v = r.unit === 'ms' ? ms(r.value) : r.value.toFixed(digits);
  return `${v} ${r.unit}${r.note ? ` (${r.note})` : ''}`;
}

/** Display width: CJK characters take two columns in a terminal. */
export const width = (s: string) =>
  [...s].reduce((w, c) => w + (/[\u1100-\uffff]/.test(c) && !/[─—≤≥×]/.test(c) ? 2 : 1), 0);
export const pad = (s: string, w: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
};

export function formatTable(results: Result[], dialect: Dialect): string {
  const header = ['measurement', 'median ms', 'p95 ms', 'result', 'target', 'verdict'];
  const rows = results.map((r) => {
    const { target, verdict } = judge(r, dialect);
    return [r.name, ms(r.median), ms(r.p95), resultText(r), target, verdict];
  });
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i]))));
  const numeric = new Set([1, 2]);
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], numeric.has(i))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function countOver(results: Result[], dialect: Dialect): number {
  return results.filter((r) => judge(r, dialect).verdict === 'over').length;
}
