import type { DraftInput, ProposalOut } from '../schemas/meeting.js';
import { titleOf } from './propose.js';

/**
 * A proposal as the supervisor works on it: the fields of the draft item it
 * will become, and the proposals it came from (for the highlighted words).
 * Merging, splitting and dropping are pure functions over the list.
 */
export interface Card {
  key: string;
  include: boolean;
  no: number;
  marker: string;
  text: string;
  title: string;
  ledgerId: string | null;
  leadUnitId: string | null;
  coopUnitIds: string[];
  dueDate: string | null;
  targets: { name: string; unit: string; value: number }[];
  milestones: { title: string; plannedDate: string; origin: 'text' | 'backward' }[];
  split: 'none' | 'per_unit' | 'parent';
  splitUnitIds: string[];
  sources: ProposalOut[];
}

export function cardOf(p: ProposalOut): Card {
  const group = p.group && !p.lead;
  return {
    key: p.key,
    include: true,
    no: p.no,
    marker: p.marker,
    text: p.text,
    title: p.title,
    ledgerId: p.ledgerId,
    leadUnitId: p.lead?.unitId ?? null,
    coopUnitIds: p.cooperating.map((c) => c.unitId),
    dueDate: p.dueDate,
    targets: p.targets.map((t) => ({ name: t.name, unit: t.unit, value: t.value })),
    milestones: p.milestones.map((m) => ({ title: m.title, plannedDate: m.plannedDate, origin: m.origin })),
    split: group ? 'per_unit' : 'none',
    splitUnitIds: group ? (p.group?.unitIds ?? []) : [],
    sources: [p],
  };
}

const unique = <T>(xs: T[]) => [...new Set(xs)];
const later = (a: string | null, b: string | null) => (!a ? b : !b ? a : a > b ? a : b);

/** Card `i` joins the one before it: one item for both directives. */
export function mergeIntoPrevious(cards: Card[], i: number): Card[] {
  const prev = cards[i - 1];
  const cur = cards[i];
  if (!prev || !cur) return cards;
  const lead = prev.leadUnitId ?? cur.leadUnitId;
  const merged: Card = {
    ...prev,
    text: `${prev.text}\n${cur.text}`,
    leadUnitId: lead,
    coopUnitIds: unique([
      ...prev.coopUnitIds,
      ...cur.coopUnitIds,
      ...(cur.leadUnitId ? [cur.leadUnitId] : []),
    ]).filter((u) => u !== lead),
    dueDate: later(prev.dueDate, cur.dueDate),
    targets: [...prev.targets, ...cur.targets],
    milestones: [...prev.milestones, ...cur.milestones].sort((a, b) =>
      a.plannedDate.localeCompare(b.plannedDate),
    ),
    splitUnitIds: unique([...prev.splitUnitIds, ...cur.splitUnitIds]),
    sources: [...prev.sources, ...cur.sources],
  };
  return [...cards.slice(0, i - 1), merged, ...cards.slice(i + 1)];
}

/** Card `i` in two at its first sentence end: the second part starts as a copy with its own title. */
export function splitBySentence(cards: Card[], i: number): Card[] {
  const cur = cards[i];
  if (!cur) return cards;
  const cut = cur.text.search(/[。；;](?=.)/);
  if (cut < 0) return cards;
  const first = cur.text.slice(0, cut + 1);
  const rest = cur.text.slice(cut + 1).trim();
  const a: Card = { ...cur, text: first, title: titleOf(first) };
  let n = 1;
  while (cards.some((c) => c.key === `${cur.key}.${n}`)) n++;
  const b: Card = { ...cur, key: `${cur.key}.${n}`, text: rest, title: titleOf(rest) };
  return [...cards.slice(0, i), a, b, ...cards.slice(i + 1)];
}

export function canSplit(card: Card): boolean {
  return /[。；;](?=.)/.test(card.text);
}

/** The cards to create as drafts; a card without a ledger or a due date is named in `missing`. */
export function draftsOf(cards: Card[], meetingDate: string): { drafts: DraftInput[]; missing: Card[] } {
  const included = cards.filter((c) => c.include);
  const missing = included.filter((c) => !c.ledgerId || !c.dueDate);
  const drafts = included
    .filter((c) => c.ledgerId && c.dueDate)
    .map((c) => {
      const due = c.dueDate as string;
      const start = meetingDate <= due ? meetingDate : due;
      return {
        directiveNo: c.no,
        directiveText: c.text.slice(0, 5000),
        ledgerId: c.ledgerId as string,
        title: c.title.slice(0, 200),
        goal: c.text.slice(0, 5000),
        startDate: start,
        dueDate: due,
        leadUnitId: c.split === 'per_unit' ? null : c.leadUnitId,
        cooperatingUnitIds: c.split === 'per_unit' ? [] : c.coopUnitIds,
        targets: c.targets.map((t) => ({
          name: (t.name || t.unit).slice(0, 60),
          unit: t.unit,
          targetValue: t.value,
        })),
        milestones: c.milestones
          .filter((m) => m.plannedDate >= start && m.plannedDate <= due)
          .map((m) => ({ title: m.title.slice(0, 200), plannedDate: m.plannedDate })),
        split: c.split,
        splitUnitIds: c.split === 'none' ? [] : c.splitUnitIds,
      };
    });
  return { drafts, missing };
}
