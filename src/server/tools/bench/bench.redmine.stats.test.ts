import { describe, expect, it } from 'vitest';
import {
  formatTable,
  median,
  quietestRounds,
  type Round,
  ratios,
  rowsOf,
  summarise,
  verdict,
} from './bench.redmine.stats.js';

/**
 * The arithmetic behind the Redmine comparison: a wrong median or an inverted
 * ratio would print a verdict on issue 14's goal that the figures do not carry.
 */
const sample = (ms: number[], seconds: number) => ({ ms, seconds });

function round(otherCores: number, duchaMs: number, redmineMs: number): Round {
  return {
    load1: 1,
    otherCores,
    phases: [
      {
        key: { operation: 'create', clients: 1 },
        ducha: sample([duchaMs, duchaMs], (2 * duchaMs) / 1000),
        redmine: sample([redmineMs, redmineMs], (2 * redmineMs) / 1000),
      },
      {
        key: { operation: 'edit', clients: 16 },
        ducha: sample([duchaMs], 0.01),
        redmine: sample([redmineMs], 1),
      },
    ],
  };
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('summarise', () => {
  it('pools the latencies and takes the median round rate', () => {
    const s = summarise([sample([1, 2, 3], 1), sample([10], 1), sample([5, 5], 0.5)]);
    expect(s.medianMs).toBe(4);
    expect(s.p95Ms).toBe(10);
    // Rates 3, 1 and 4 req/s.
    expect(s.perSecond).toBe(3);
    expect(s.requests).toBe(6);
  });
});

describe('ratios', () => {
  it('says how many times faster Ducha is, by latency and by throughput', () => {
    const r = ratios(
      { medianMs: 2, p95Ms: 3, perSecond: 500, requests: 1 },
      { medianMs: 80, p95Ms: 90, perSecond: 10, requests: 1 },
    );
    expect(r.latency).toBe(40);
    expect(r.throughput).toBe(50);
  });
  it('gives no ratio when Redmine has no figure', () => {
    const r = ratios(
      { medianMs: 2, p95Ms: 3, perSecond: 500, requests: 1 },
      { medianMs: Number.NaN, p95Ms: Number.NaN, perSecond: 0, requests: 0 },
    );
    expect(r.latency).toBeNaN();
    expect(r.throughput).toBeNaN();
  });
});

describe('quietestRounds', () => {
  it('takes the half, rounded up, with the least other work, in round order', () => {
    const rounds = [0.9, 0.1, 0.5, 0.05, 0.7].map((otherCores) => ({ otherCores }));
    expect(quietestRounds(rounds)).toEqual([1, 2, 3]);
    expect(quietestRounds([{ otherCores: 2 }])).toEqual([0]);
  });
});

describe('rowsOf and the table', () => {
  const rounds = [round(0.8, 10, 100), round(0.1, 2, 90)];

  it('summarises each phase over the rounds chosen', () => {
    const [create, edit] = rowsOf(rounds, [1]);
    expect(create.key).toEqual({ operation: 'create', clients: 1 });
    expect(create.ducha.medianMs).toBe(2);
    expect(create.redmine.perSecond).toBeCloseTo(1000 / 90);
    expect(edit.ducha.perSecond).toBe(100);
    expect(rowsOf(rounds, [0, 1])[0].ducha.medianMs).toBe(6);
  });

  it('says plainly when Ducha is below 30×, and when it is not', () => {
    const [quietCreate, quietEdit] = rowsOf(rounds, [1]);
    // 500 req/s against 11.1: 45×.
    expect(verdict(quietCreate)).toMatch(/^yes/);
    // 100 req/s against 1: 100×.
    expect(verdict(quietEdit)).toMatch(/^yes/);
    const [noisyCreate] = rowsOf(rounds, [0]);
    // 100 req/s against 10: 10×.
    expect(verdict(noisyCreate)).toBe('NO: below 30×');
    const table = formatTable(rowsOf(rounds, [0])).split('\n');
    expect(table[0]).toMatch(/^operation\s+clients\s+Ducha ms\s+p95\s+Ducha req\/s\s+Redmine ms\s+p95/);
    expect(table[2]).toMatch(
      /^create\s+1 \(seq\)\s+10\.0\s+10\.0\s+100\s+100\.0\s+100\.0\s+10\.0\s+10\.0×\s+10\.0×\s+NO: below 30×$/,
    );
    expect(table[3]).toMatch(/^edit\s+16\s/);
  });
});
