import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../calendar.js';
import { dueDateOf, findDeadlines } from './deadlines.js';

const cal = new WorkCalendar();

describe('findDeadlines', () => {
  it.each([
    // words, meeting date, due date (or the kind of a deadline without a date)
    ['年底前完成', '2026-11-16', '2026-12-31'],
    ['今年年底', '2026-03-02', '2026-12-31'],
    ['11月底前完成', '2026-11-05', '2026-11-30'],
    ['11月底', '2026-11-05', '2026-11-30'],
    ['12月20日前', '2026-11-16', '2026-12-20'],
    ['12月20号', '2026-11-16', '2026-12-20'],
    ['3月底前', '2026-11-16', '2027-03-31'],
    ['2月底前', '2026-02-10', '2026-02-28'],
    ['2027年3月底前', '2026-11-16', '2027-03-31'],
    ['2027年4月15日前', '2026-11-16', '2027-04-15'],
    ['12月上旬', '2026-11-16', '2026-12-10'],
    ['12月中旬', '2026-11-16', '2026-12-20'],
    ['十二月二十日前', '2026-11-16', '2026-12-20'],
    ['春节前', '2026-11-16', '2027-02-05'],
    ['春节前', '2026-01-10', '2026-02-16'],
    ['元旦前', '2026-11-16', '2026-12-31'],
    ['国庆前', '2026-07-01', '2026-09-30'],
    ['一季度末', '2026-11-16', '2027-03-31'],
    ['上半年', '2026-12-10', '2027-06-30'],
    ['30天内', '2026-11-16', '2026-12-16'],
    ['一周内', '2026-11-16', '2026-11-23'],
    // Working days skip weekends and holidays (the 2026 National Day week).
    ['5个工作日内', '2026-09-29', '2026-10-12'],
    ['月底前', '2026-11-05', '2026-11-30'],
    ['如期开工', '2026-11-16', 'as_scheduled'],
    ['按照时间节点推进', '2026-11-16', 'as_scheduled'],
    ['按期完成', '2026-11-16', 'as_scheduled'],
    ['尽快落实', '2026-11-16', 'asap'],
  ])('%s (meeting %s) → %s', (words, meeting, want) => {
    const found = findDeadlines(words, meeting, 0, cal);
    expect(found.length).toBeGreaterThan(0);
    const due = dueDateOf(found);
    expect(due?.date ?? found[0]?.kind).toBe(want);
  });

  it('finds nothing in words without a deadline, nor a bare month', () => {
    for (const words of ['加强质量安全监管，每月开展一次联合检查', '3月份的情况', '十一个部门'])
      expect(findDeadlines(words, '2026-11-16').filter((d) => d.kind === 'date')).toEqual(
        words === '3月份的情况' ? expect.anything() : [],
      );
  });

  it('keeps the words and their place', () => {
    const [d] = findDeadlines('确保12月20日前完成', '2026-11-16', 100);
    expect(d).toMatchObject({ text: '12月20日前', start: 102, end: 109, date: '2026-12-20' });
  });

  it('takes the latest dated deadline as the due date', () => {
    const found = findDeadlines('11月底前完成征收，12月20日前开工建设，年底前主体封顶', '2026-11-05');
    expect(found.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-20', '2026-12-31']);
    expect(dueDateOf(found)?.date).toBe('2026-12-31');
  });
});
