import type { ResponsibilityRole } from './enums.js';
import { RESPONSIBILITY_ROLE_LABELS } from './labels.js';

/**
 * The before/after of an adjustment request (调整申请), for the approvers: the
 * core of the item as it stood when the request was made against what the
 * request would leave. Rows are matched by id (a row the unit kept) or, for
 * new rows, by name; each row says what changed in both languages.
 */

export type Words = { zh: string; en: string };

export interface CoreSnapshot {
  goal: string;
  targets: { id?: string | null; name: string; unit: string; targetValue: number; baselineValue: number }[];
  milestones: { id?: string | null; title: string; plannedDate: string }[];
  responsibilities: {
    unitId: string;
    unitName: string;
    role: ResponsibilityRole;
    leaderName: string | null;
    deputyName: string | null;
    responsibleName: string | null;
  }[];
}

export const DIFF_SECTIONS = ['goal', 'targets', 'milestones', 'responsibilities'] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export interface DiffRow {
  section: DiffSection;
  /** What the row is about: the target's or milestone's name, the unit's name. */
  label: string;
  before: Words | null;
  after: Words | null;
}

const same = (s: string): Words => ({ zh: s, en: s });

function targetWords(t: CoreSnapshot['targets'][number]): Words {
  return {
    zh: `${t.name}：${t.targetValue} ${t.unit}（基数 ${t.baselineValue}）`,
    en: `${t.name}: ${t.targetValue} ${t.unit} (baseline ${t.baselineValue})`,
  };
}

function dutyWords(r: CoreSnapshot['responsibilities'][number]): Words {
  const people = (l: 'zh' | 'en') =>
    [
      [l === 'zh' ? '主管领导' : 'leader', r.leaderName],
      [l === 'zh' ? '分管副职' : 'deputy', r.deputyName],
      [l === 'zh' ? '具体责任人' : 'responsible', r.responsibleName],
    ]
      .filter(([, name]) => !!name)
      .map(([what, name]) => (l === 'zh' ? `${what}：${name}` : `${what}: ${name}`));
  const role = RESPONSIBILITY_ROLE_LABELS[r.role];
  return {
    zh: [role.zh, ...people('zh')].join('；'),
    en: [role.en, ...people('en')].join('; '),
  };
}

/** Pairs rows of two lists: by id first, then unmatched new rows by key. */
function pair<T extends { id?: string | null }>(
  before: T[],
  after: T[],
  key: (x: T) => string,
): [T | null, T | null][] {
  const out: [T | null, T | null][] = [];
  const left = [...before];
  for (const a of after) {
    let i = a.id ? left.findIndex((b) => b.id === a.id) : -1;
    if (i < 0) i = left.findIndex((b) => key(b) === key(a) && !after.some((x) => x !== a && x.id === b.id));
    out.push([i >= 0 ? left.splice(i, 1)[0] : null, a]);
  }
  for (const b of left) out.push([b, null]);
  return out;
}

function rowsOf<T extends { id?: string | null }>(
  section: DiffSection,
  before: T[],
  after: T[],
  key: (x: T) => string,
  words: (x: T) => Words,
): DiffRow[] {
  return pair(before, after, key)
    .map(([b, a]) => ({
      section,
      label: key((a ?? b) as T),
      before: b ? words(b) : null,
      after: a ? words(a) : null,
    }))
    .filter((r) => JSON.stringify(r.before) !== JSON.stringify(r.after));
}

/** The rows that differ, in the order of the sections the request changes. */
export function adjustmentDiff(
  before: CoreSnapshot,
  after: CoreSnapshot,
  sections: readonly DiffSection[],
): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const section of DIFF_SECTIONS) {
    if (!sections.includes(section)) continue;
    if (section === 'goal') {
      if (before.goal !== after.goal)
        rows.push({ section, label: '', before: same(before.goal), after: same(after.goal) });
    } else if (section === 'targets')
      rows.push(...rowsOf(section, before.targets, after.targets, (t) => t.name, targetWords));
    else if (section === 'milestones')
      rows.push(
        ...rowsOf(
          section,
          before.milestones,
          after.milestones,
          (m) => m.title,
          (m) => same(`${m.title} ${m.plannedDate}`),
        ),
      );
    else
      rows.push(
        ...rowsOf(
          section,
          before.responsibilities.map((r) => ({ ...r, id: r.unitId })),
          after.responsibilities.map((r) => ({ ...r, id: r.unitId })),
          (r) => r.unitName,
          dutyWords,
        ),
      );
  }
  return rows;
}
