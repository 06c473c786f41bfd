import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../core/calendar.js';
import type { ItemStatus } from '../../../core/enums.js';
import { DEFAULT_LIGHT_SETTINGS } from '../../../core/light.js';
import { type DeriveInput, deriveItemColumns, responsibilityFacts } from './item.derive.js';

const rules = { light: DEFAULT_LIGHT_SETTINGS, calendar: new WorkCalendar([]) };

const input = (
  o: Partial<DeriveInput['item']> = {},
  milestones: DeriveInput['milestones'] = [],
): DeriveInput => ({
  item: {
    status: 'in_progress',
    current_due_date: '2026-12-31',
    progress: 40,
    code: '2026-AZ-001',
    title: '马寨安置区主体封顶',
    goal: '年底前封顶',
    source_ref: null,
    reported_progress: null,
    cadence: 'monthly',
    start_date: '2026-03-01',
    assigned_on: null,
    last_report_on: null,
    ...o,
  },
  milestones,
  targetNames: ['安置房'],
  unitNames: ['区住建局', '住建局', '马寨镇', null],
});

describe('deriveItemColumns: reports and targets', () => {
  it('takes the progress from the latest accepted lead report before the roadmap', () => {
    const milestones = [{ planned_date: '2026-05-01', done_date: '2026-04-30' }];
    expect(deriveItemColumns(input({ reported_progress: 65 }, milestones), rules).progress).toBe(65);
    expect(deriveItemColumns(input({ reported_progress: null }, milestones), rules).progress).toBe(100);
    expect(deriveItemColumns(input({ status: 'completed', reported_progress: 65 }), rules).progress).toBe(
      100,
    );
  });

  it('turns yellow a day after a report was due, counted from the last report or the assignment', () => {
    const assigned = input({ assigned_on: '2026-10-20', cadence: 'weekly' });
    expect(deriveItemColumns(assigned, rules).yellow_from).toBe('2026-10-28');
    const reported = input({ assigned_on: '2026-10-20', cadence: 'weekly', last_report_on: '2026-11-20' });
    expect(deriveItemColumns(reported, rules).yellow_from).toBe('2026-11-28');
    // Assigned before its start: reports are due from the start.
    const early = input({ assigned_on: '2026-02-10', start_date: '2026-03-02', cadence: 'weekly' });
    expect(deriveItemColumns(early, rules).yellow_from).toBe('2026-03-10');
  });

  it('stores when the trajectory turns behind, from the targets', () => {
    const d = {
      ...input({ start_date: '2026-01-01', current_due_date: '2026-12-31' }),
      targets: [{ target_value: 1200, baseline_value: 0, current_value: 600 }],
    };
    expect(deriveItemColumns(d, rules)).toMatchObject({
      behind_from: '2026-08-08',
      far_behind_from: '2026-10-02',
    });
    expect(deriveItemColumns(input(), rules)).toMatchObject({ behind_from: null, far_behind_from: null });
  });
});

describe('deriveItemColumns', () => {
  const cases: [string, DeriveInput, Partial<ReturnType<typeof deriveItemColumns>>][] = [
    ['no milestones keeps the stored progress', input(), { progress: 40, lit: 1 }],
    [
      'progress is the share of milestones done',
      input({}, [
        { planned_date: '2026-05-01', done_date: '2026-04-30' },
        { planned_date: '2026-08-01', done_date: null },
        { planned_date: '2026-10-01', done_date: null },
      ]),
      { progress: 33, red_from: '2026-08-09', yellow_from: '2026-08-02' },
    ],
    [
      'a completed item is 100 %',
      input({ status: 'completed' }, [{ planned_date: '2026-05-01', done_date: null }]),
      { progress: 100, lit: 0 },
    ],
    [
      'a draft shows no light but keeps its thresholds',
      input({ status: 'draft' }),
      { lit: 0, red_from: '2027-01-01' },
    ],
    ['red the day after the due date', input(), { red_from: '2027-01-01' }],
  ];
  it.each(cases)('%s', (_, d, expected) => {
    expect(deriveItemColumns(d, rules)).toMatchObject(expected);
  });

  it('indexes code, title, task book, target and unit names in lower case', () => {
    const text = deriveItemColumns(input({ source_ref: 'DQ会议纪要' }), rules).search_text;
    for (const w of ['2026-az-001', '马寨安置区主体封顶', '年底前封顶', '安置房', '住建局', 'dq会议纪要'])
      expect(text).toContain(w);
    expect(text).not.toContain('null');
  });
});

describe('responsibilityFacts', () => {
  const item = (status: ItemStatus, closed_on: string | null, judged_due_date: string | null) => ({
    ledger_id: 'L',
    status,
    lit: 1,
    current_due_date: '2026-06-30',
    yellow_from: '2026-06-23',
    red_from: '2026-07-01',
    closed_on,
    judged_due_date,
    code: '2026-DQ-001',
    archived_at: null,
  });
  const cases: [ItemStatus, string | null, string | null, number][] = [
    ['completed', '2026-07-02', null, 1],
    ['completed', '2026-06-30', null, 0],
    // An extension asked after the 06-20 deadline moved the date in force, not the judgement.
    ['completed', '2026-06-30', '2026-06-20', 1],
    ['completed', '2026-06-20', '2026-06-20', 0],
    ['cancelled', '2026-07-02', null, 0],
    ['in_progress', null, null, 0],
  ];
  it.each(cases)('%s closed %s judged by %s → closed late %i', (status, closedOn, judged, late) => {
    expect(responsibilityFacts(item(status, closedOn, judged))).toEqual({
      ledger_id: 'L',
      item_status: status,
      item_lit: 1,
      item_due: '2026-06-30',
      item_yellow_from: '2026-06-23',
      item_red_from: '2026-07-01',
      item_closed_late: late,
      item_code: '2026-DQ-001',
      item_archived: 0,
    });
  });
});
