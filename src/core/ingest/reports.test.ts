import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar.js';
import { evaluate, precision, readDeadline, recall } from './evaluate.js';
import { TEST_LEDGERS, TEST_UNITS, TOWNSHIP_IDS } from './fixtures/directory.js';
import { REPORTS } from './fixtures/reports.js';
import { analyzeReport } from './propose.js';

const calendar = new WorkCalendar();
const analyze = (text: string, meetingDate: string) =>
  analyzeReport(text, { meetingDate, units: TEST_UNITS, ledgers: TEST_LEDGERS, calendar });

describe('meeting reports written for the tests', () => {
  it('are at least fifteen, of every meeting kind', () => {
    expect(REPORTS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(REPORTS.map((r) => r.kind))).toEqual(
      new Set(['常务会', '专题会', '推进会', '现场会', '督导会']),
    );
  });

  it.each(REPORTS.map((r) => [r.name, r] as const))('%s', (_name, report) => {
    const { proposals } = analyze(report.text, report.meetingDate);
    expect(proposals.map((p) => p.text.slice(0, report.expected[0]?.starts.length ?? 0).length)).toHaveLength(
      report.expected.length,
    );
    report.expected.forEach((want, i) => {
      const got = proposals[i];
      if (!got) throw new Error(`directive ${i + 1} missing`);
      const where = `directive ${i + 1}: ${got.text.slice(0, 30)}`;
      expect(got.text.startsWith(want.starts), where).toBe(true);
      expect(got.lead?.unitId ?? null, `${where} lead`).toBe(want.lead);
      expect(got.cooperating.map((c) => c.unitId).sort(), `${where} cooperating`).toEqual(
        [...want.coop].sort(),
      );
      expect(readDeadline(got), `${where} deadline`).toBe(want.due);
      if (want.targets)
        expect(
          got.targets.map((t) => [t.value, t.unit]),
          `${where} targets`,
        ).toEqual(want.targets);
      expect(got.group?.unitIds.sort() ?? null, `${where} group`).toEqual(
        want.group ? [...TOWNSHIP_IDS].sort() : null,
      );
      expect(
        got.unmatchedUnits.map((u) => u.text),
        `${where} unknown names`,
      ).toEqual(want.unmatched ?? []);
    });
  });

  it('points every proposed field at the words it came from', () => {
    for (const report of REPORTS) {
      const { doc, proposals } = analyze(report.text, report.meetingDate);
      for (const p of proposals) {
        expect(doc.text.slice(p.start, p.end)).toBe(p.text);
        for (const m of [p.lead, ...p.cooperating])
          if (m) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        for (const d of p.deadlines) expect(doc.text.slice(d.start, d.end)).toBe(d.text);
        for (const t of p.targets) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
        for (const u of p.unmatchedUnits) expect(doc.text.slice(u.start, u.end)).toBe(u.text);
      }
    }
  });

  it('reaches full precision and recall over them (the figures the eval script prints)', () => {
    let ev = undefined as ReturnType<typeof evaluate> | undefined;
    for (const r of REPORTS) ev = evaluate(r.expected, analyze(r.text, r.meetingDate).proposals, ev);
    if (!ev) throw new Error('no reports');
    for (const t of Object.values(ev)) {
      expect(precision(t)).toBe(1);
      expect(recall(t)).toBe(1);
    }
  });
});
