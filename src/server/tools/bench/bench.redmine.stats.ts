/**
 * The arithmetic of the Redmine comparison (issue 14: creates and edits over
 * HTTP ≥ 30× Redmine's), kept apart from the HTTP so that it is tested on its
 * own: medians, the ratio of the two systems, the choice of the quietest
 * rounds, and the printed table.
 */

/** The goal of issue 14: Ducha's writes at least this many times Redmine's. */
export const TARGET_RATIO = 30;

export type System = 'ducha' | 'redmine';
export type Operation = 'create' | 'edit';

/** One phase of one round against one system: every request's latency and the phase's wall time. */
export interface Sample {
  ms: number[];
  seconds: number;
}

export interface PhaseKey {
  operation: Operation;
  /** 1 = sequential requests, more = that many concurrent clients. */
  clients: number;
}

export interface Round {
  /** The 1-minute load average when the round began (os.loadavg), printed with every figure. */
  load1: number;
  /**
   * Cores kept busy during the round by work that was neither system nor the
   * bench (another engineer's benchmark, say): the noise the quietest rounds avoid.
   */
  otherCores: number;
  phases: { key: PhaseKey; ducha: Sample; redmine: Sample }[];
}

export interface Summary {
  /** Median latency over all the requests of the rounds taken, in ms. */
  medianMs: number;
  /** 95th percentile of the same requests: a rate far below clients / median means a tail of slow requests. */
  p95Ms: number;
  /** Median over the rounds of each round's requests per second. */
  perSecond: number;
  requests: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The value at or below which a share p of the values lie (nearest rank). */
export function percentileOf(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function summarise(samples: readonly Sample[]): Summary {
  // Pooled latencies: a round with few requests does not weigh like one with many.
  const all = samples.flatMap((s) => s.ms);
  return {
    medianMs: median(all),
    p95Ms: percentileOf(all, 0.95),
    // A round's rate is its requests over its wall time; the median round's rate damps one noisy round.
    perSecond: median(samples.filter((s) => s.seconds > 0).map((s) => s.ms.length / s.seconds)),
    requests: samples.reduce((n, s) => n + s.ms.length, 0),
  };
}

/**
 * How many times faster Ducha is: by latency (Redmine's ms over Ducha's) and
 * by throughput (Ducha's req/s over Redmine's). NaN when a side has no figure.
 */
export function ratios(ducha: Summary, redmine: Summary): { latency: number; throughput: number } {
  const div = (a: number, b: number) =>
    Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN;
  return {
    latency: div(redmine.medianMs, ducha.medianMs),
    throughput: div(ducha.perSecond, redmine.perSecond),
  };
}

/**
 * The indexes of the quietest rounds: the half (rounded up) with the least
 * CPU used by other work on the machine, in round order. On a shared 2-core
 * machine those rounds show what the two systems do when left alone.
 */
export function quietestRounds(rounds: readonly Pick<Round, 'otherCores'>[], share = 0.5): number[] {
  const k = Math.max(1, Math.ceil(rounds.length * share));
  return rounds
    .map((r, i) => ({ i, other: r.otherCores }))
    .sort((a, b) => a.other - b.other || a.i - b.i)
    .slice(0, k)
    .map((r) => r.i)
    .sort((a, b) => a - b);
}

export interface Row {
  key: PhaseKey;
  ducha: Summary;
  redmine: Summary;
}

const sameKey = (a: PhaseKey, b: PhaseKey) => a.operation === b.operation && a.clients === b.clients;

/** One row per phase (in the order of the first round), over the rounds given by index. */
export function rowsOf(rounds: readonly Round[], which: readonly number[]): Row[] {
  const taken = which.map((i) => rounds[i]).filter((r) => r !== undefined);
  const keys = taken[0]?.phases.map((p) => p.key) ?? [];
  return keys.map((key) => {
    const phases = taken.flatMap((r) => r.phases.filter((p) => sameKey(p.key, key)));
    return {
      key,
      ducha: summarise(phases.map((p) => p.ducha)),
      redmine: summarise(phases.map((p) => p.redmine)),
    };
  });
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const rate = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 100 ? 1 : 0) : '–');
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)}×` : '–');

/** Whether a row meets the goal: the throughput ratio, since the goal speaks of creates and edits per second. */
export function verdict(row: Row): string {
  const r = ratios(row.ducha, row.redmine).throughput;
  if (!Number.isFinite(r)) return 'no figure';
  return r >= TARGET_RATIO ? `yes (≥ ${TARGET_RATIO}×)` : `NO: below ${TARGET_RATIO}×`;
}

export function formatTable(rows: readonly Row[]): string {
  const header = [
    'operation',
    'clients',
    'Ducha ms',
    'p95',
    'Ducha req/s',
    'Redmine ms',
    'p95',
    'Redmine req/s',
    '× (ms)',
    '× (req/s)',
    `≥ ${TARGET_RATIO}×?`,
  ];
  const body = rows.map((row) => {
    const r = ratios(row.ducha, row.redmine);
    return [
      row.key.operation,
      row.key.clients === 1 ? '1 (seq)' : String(row.key.clients),
      ms(row.ducha.medianMs),
      ms(row.ducha.p95Ms),
      rate(row.ducha.perSecond),
      ms(row.redmine.medianMs),
      ms(row.redmine.p95Ms),
      rate(row.redmine.perSecond),
      times(r.latency),
      times(r.throughput),
      verdict(row),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  // Text columns to the left, figures to the right, as the other bench tables print them.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 || i === header.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The rounds' noise, one line: each round's load average and the cores other work kept busy. */
export function formatRounds(rounds: readonly Round[], quiet: readonly number[]): string {
  return rounds
    .map(
      (r, i) =>
        `round ${i + 1}: load ${r.load1.toFixed(2)}, other work ${r.otherCores.toFixed(2)} cores` +
        (quiet.includes(i) ? ' (quiet)' : ''),
    )
    .join('\n');
}
