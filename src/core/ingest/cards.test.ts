import { describe, expect, it } from 'vitest';
import { type Card, canSplit, cardOf, draftsOf, mergeIntoPrevious, splitBySentence } from './cards.js';
import { TEST_LEDGERS, TEST_UNITS } from './fixtures/directory.js';
import { REPORTS } from './fixtures/reports.js';
import { analyzeReport } from './propose.js';

const cardsOf = (n: number) => {
  const r = REPORTS[n];
  if (!r) throw new Error('no report');
  const named = <T extends object>(m: T) => ({ ...m, unitName: '' });
  const { proposals } = analyzeReport(r.text, {
    meetingDate: r.meetingDate,
    units: TEST_UNITS,
    ledgers: TEST_LEDGERS,
  });
  return proposals.map((p) =>
    cardOf({ ...p, lead: p.lead ? named(p.lead) : null, cooperating: p.cooperating.map(named) }),
  );
};

describe('working on proposals', () => {
  it('starts each card from its proposal; 各镇（街道） as one item per township', () => {
    const [, , third] = cardsOf(1); // R02
    expect(third).toMatchObject({ split: 'per_unit', leadUnitId: null, include: true });
    expect(third?.splitUnitIds.length).toBeGreaterThan(1);
  });

  it('merges a card into the one before: texts joined, units united, the later due date, both sources', () => {
    const cards = cardsOf(0); // R01: 住建局 / 贾鲁河指挥部 / 环保局
    const merged = mergeIntoPrevious(cards, 1);
    expect(merged).toHaveLength(2);
    const m = merged[0] as Card;
    expect(m.leadUnitId).toBe('zjj');
    expect(m.coopUnitIds.sort()).toEqual(['czj', 'jlh', 'slj', 'zsb']);
    expect(m.dueDate).toBe('2026-12-31');
    expect(m.text).toContain('全力推进安置房建设');
    expect(m.text).toContain('加快贾鲁河综合治理');
    expect(m.sources.map((p) => p.no)).toEqual([1, 2]);
    expect(mergeIntoPrevious(cards, 0)).toBe(cards);
  });

  it('splits a card at its first sentence end, each part with its own title and a key of its own', () => {
    const cards = cardsOf(4); // R05: 一是加快沿线拆迁进度，…。
    const one: Card = { ...(cards[0] as Card), text: '加快沿线拆迁进度。保障迁坟顺利进行。抓好河道整治。' };
    expect(canSplit(one)).toBe(true);
    const twice = splitBySentence(splitBySentence([one], 0), 1);
    expect(twice.map((c) => c.title)).toEqual(['加快沿线拆迁进度', '保障迁坟顺利进行', '抓好河道整治']);
    expect(new Set(twice.map((c) => c.key)).size).toBe(3);
    expect(canSplit({ ...one, text: '一句话。' })).toBe(false);
  });

  it('turns included cards into drafts, naming those without a ledger or due date', () => {
    const cards = cardsOf(2); // R03: the third has 按照时间节点 and no date
    cards[1] = { ...(cards[1] as Card), include: false };
    const { drafts, missing } = draftsOf(cards, '2026-11-10');
    expect(drafts.map((d) => d.title)).toEqual(['加快在建项目进度']);
    expect(missing.map((c) => c.marker)).toEqual(['（三）']);
    const d = drafts[0];
    expect(d).toMatchObject({
      startDate: '2026-11-10',
      dueDate: '2026-12-31',
      leadUnitId: 'azf',
      cooperatingUnitIds: ['zjj'],
    });
    // Milestones outside the start and due dates are left out rather than refused.
    for (const m of d?.milestones ?? [])
      expect(m.plannedDate >= '2026-11-10' && m.plannedDate <= '2026-12-31').toBe(true);
  });
});
