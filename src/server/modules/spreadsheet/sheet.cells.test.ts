import { describe, expect, it } from 'vitest';
import { nameSimilarity } from './import.directory.js';
import {
  milestoneLine,
  neutralizeFormula,
  readMilestoneDate,
  readMilestoneLines,
  restoreNeutralized,
  rowHeightFor,
  splitNames,
} from './sheet.cells.js';

describe('formula injection', () => {
  it.each(["=cmd|' /C calc'!A0", '+1+1', '-2', '@SUM(A1)', '\tx'])(
    'neutralises %j on export and restores it on import',
    (text) => {
      const out = neutralizeFormula(text);
      expect(out.startsWith("'")).toBe(true);
      expect(restoreNeutralized(out)).toBe(text);
    },
  );

  it('leaves ordinary text and a real apostrophe alone', () => {
    expect(neutralizeFormula('马寨安置区')).toBe('马寨安置区');
    expect(restoreNeutralized("'引号开头")).toBe("'引号开头");
  });
});

describe('roadmap cells', () => {
  it('writes a milestone and reads it back, done mark included', () => {
    const m = { title: '主体封顶', plannedDate: '2026-10-02', doneDate: '2026-09-28' };
    expect(milestoneLine(m)).toBe('主体封顶：2026年10月2日（已完成 2026年9月28日）');
    expect(readMilestoneLines(milestoneLine(m), 2026)).toEqual({ milestones: [m], problems: [] });
  });

  it('reads the ways offices write roadmap lines, and names the lines it cannot read', () => {
    const read = readMilestoneLines('1. 3月底：完成立项\n6月中旬 主体封顶；交付：2026.12.20\n尽快推进', 2026);
    expect(read.milestones).toEqual([
      { title: '完成立项', plannedDate: '2026-03-31', doneDate: null },
      { title: '主体封顶', plannedDate: '2026-06-20', doneDate: null },
      { title: '交付', plannedDate: '2026-12-20', doneDate: null },
    ]);
    expect(read.problems).toEqual(['无法识别的节点“尽快推进”，应写作“节点：日期”']);
  });

  it('reads a milestone date cell as a date, a serial or text', () => {
    expect(readMilestoneDate(new Date(Date.UTC(2026, 9, 2)), 2026)).toEqual({
      ok: true,
      plannedDate: '2026-10-02',
      doneDate: null,
    });
    expect(readMilestoneDate(46297, 2026)).toMatchObject({ ok: true, plannedDate: '2026-10-02' });
    expect(readMilestoneDate('下个月', 2026).ok).toBe(false);
  });
});

describe('unit names', () => {
  it('splits a cell of unit names the way offices separate them', () => {
    expect(splitNames('区住建局、马寨镇，侯寨乡; 区财政局/区自然资源局')).toEqual([
      '区住建局',
      '马寨镇',
      '侯寨乡',
      '区财政局',
      '区自然资源局',
    ]);
  });

  it('finds the unit meant by a near name', () => {
    expect(nameSimilarity('区住建', '区住建局')).toBeGreaterThanOrEqual(0.6);
    expect(nameSimilarity('区环保局', '区住建局')).toBeLessThan(0.4);
  });
});

describe('rowHeightFor', () => {
  it.each<[unknown[], number[], number]>([
    // One line: short text, numbers and empty cells.
    [['马寨', 12, null, ''], [10, 6, 8, 8], 19],
    // 36 Chinese characters in a 28-wide column: 72 units over 27 → 3 lines.
    [['一'.repeat(36)], [28], 49],
    // Latin text counts one unit a character; explicit line breaks start new lines.
    [['a'.repeat(27), '第一行\n第二行\n第三行\n第四行'], [28, 20], 64],
    // Never taller than Excel allows.
    [['长'.repeat(5000)], [10], 409],
  ])('%j in widths %j → %d pt', (values, widths, height) => {
    expect(rowHeightFor(values, widths)).toBe(height);
  });
});
