import type { Proposal } from './propose.js';

/**
 * Precision and recall of an analysis against what a careful reader found:
 * directives (matched by their first words), lead units, cooperating units
 * and due dates. Used by the tests and by `scripts/ingest-eval.ts`.
 */

export interface Gold {
  starts: string;
  lead: string | null;
  coop: string[];
  due: string | null;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Evaluation {
  directives: Tally;
  lead: Tally;
  coop: Tally;
  deadline: Tally;
}

export const emptyEvaluation = (): Evaluation => ({
  directives: { tp: 0, fp: 0, fn: 0 },
  lead: { tp: 0, fp: 0, fn: 0 },
  coop: { tp: 0, fp: 0, fn: 0 },
  deadline: { tp: 0, fp: 0, fn: 0 },
});

const squash = (s: string) => s.replace(/\s+/g, '');

/** The deadline a proposal reads: its due date, or `as_scheduled` / `asap` for words without a date. */
export function readDeadline(p: Proposal): string | null {
  if (p.dueDate) return p.dueDate;
  if (p.deadlines.some((d) => d.kind === 'as_scheduled')) return 'as_scheduled';
  return null;
}

function score(t: Tally, gold: string[], got: string[]) {
  for (const g of gold)
    if (got.includes(g)) t.tp++;
    else t.fn++;
  for (const x of got) if (!gold.includes(x)) t.fp++;
}

/** Adds one report's counts to `into` (a fresh evaluation when omitted) and returns it. */
export function evaluate(gold: Gold[], got: Proposal[], into: Evaluation = emptyEvaluation()): Evaluation {
  const used = new Set<Proposal>();
  for (const g of gold) {
    const p = got.find((x) => !used.has(x) && squash(x.text).startsWith(squash(g.starts)));
    if (p) used.add(p);
    score(into.directives, ['d'], p ? ['d'] : []);
    score(into.lead, g.lead ? [g.lead] : [], p?.lead ? [p.lead.unitId] : []);
    score(into.coop, g.coop, p ? p.cooperating.map((c) => c.unitId) : []);
    const due = p ? readDeadline(p) : null;
    score(into.deadline, g.due ? [g.due] : [], due ? [due] : []);
  }
  for (const p of got) {
    if (used.has(p)) continue;
    into.directives.fp++;
    if (p.lead) into.lead.fp++;
    into.coop.fp += p.cooperating.length;
    if (readDeadline(p)) into.deadline.fp++;
  }
  return into;
}

export const precision = (t: Tally) => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : null);
export const recall = (t: Tally) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : null);
