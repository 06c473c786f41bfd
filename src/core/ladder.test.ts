import { describe, expect, it } from 'vitest';
import { WorkCalendar } from './calendar.js';
import { addDays } from './dates.js';
import {
  DEFAULT_LADDER,
  type DueReminder,
  digestsOf,
  type LadderItem,
  noticesOf,
  remindersDue,
  workdaysLate,
} from './ladder.js';
import { digestText } from './ladder-words.js';

/**
 * 2026 facts (State Council notice): National Day week Thu 10-01 … Wed 10-07,
 * Sat 10-10 a make-up working day (调休); 12-05/06 a weekend; 11-27 a Friday.
 */
const cal = new WorkCalendar();

const item = (o: Partial<LadderItem> = {}): LadderItem => ({
  id: 'i1',
  code: '2026-AZ-001',
  title: '马寨安置房建设',
  ledgerId: 'az',
  status: 'in_progress',
  dueDate: '2026-12-11',
  assignedOn: '2026-01-05',
  milestones: [],
  reportDue: null,
  units: [
    {
      unitId: 'zjj',
      role: 'lead',
      leaderId: 'leader',
      deputyId: 'deputy',
      responsibleId: 'resp',
      acknowledgedAt: '2026-01-06T02:00:00Z',
    },
    {
      unitId: 'mz',
      role: 'cooperating',
      leaderId: 'leader2',
      deputyId: 'deputy2',
      responsibleId: 'resp2',
      acknowledgedAt: '2026-01-06T02:00:00Z',
    },
  ],
  instructionAcks: [],
  noticeReplies: [],
  ...o,
});

/** Every reminder from `from` to `to`, each as `day rung reason→recipient`. */
function run(items: LadderItem[], from: string, to: string, calendar = cal, config = DEFAULT_LADDER) {
  const out: string[] = [];
  const all: DueReminder[] = [];
  for (let d = from; d <= to; d = addDays(d, 1))
    for (const r of remindersDue(d, items, config, calendar)) {
      all.push(r);
      out.push(
        `${d} ${r.rung} ${r.reason}${r.subjectId ? `:${r.subjectId}` : ''}→${r.recipientId ?? r.unitId}`,
      );
    }
  return { lines: out, all };
}

describe('the default ladder on a due date', () => {
  it('climbs from the responsible person to the leader on working days only', () => {
    // Due Fri 12-11: 7/3/1 working days before on Wed 12-02, Tue 12-08, Thu 12-10; the deputy on the day;
    // the urging notice a working day later (Mon 12-14); the supervision notice 6 working days after the day (12-21).
    expect(run([item()], '2026-11-20', '2027-01-10').lines).toEqual([
      '2026-12-02 1 due→resp',
      '2026-12-08 1 due→resp',
      '2026-12-10 1 due→resp',
      '2026-12-11 2 due→deputy',
      '2026-12-14 3 due→deputy',
      '2026-12-21 4 due→leader',
    ]);
  });

  it('moves the day-of rungs off a weekend deadline to the next working day', () => {
    // Due Sat 12-12: the deputy on Mon 12-14, the urging notice Tue 12-15, the supervision notice Tue 12-22.
    const lines = run([item({ dueDate: '2026-12-12' })], '2026-12-01', '2026-12-31').lines;
    expect(lines.filter((l) => !l.includes(' 1 '))).toEqual([
      '2026-12-14 2 due→deputy',
      '2026-12-15 3 due→deputy',
      '2026-12-22 4 due→leader',
    ]);
    // 7/3/1 working days before Sat 12-12 count the working days in between: Wed 12-02, Tue 12-08, Thu 12-10.
    expect(lines.filter((l) => l.includes(' 1 '))).toEqual([
      '2026-12-02 1 due→resp',
      '2026-12-08 1 due→resp',
      '2026-12-10 1 due→resp',
    ]);
  });

  it('skips the National Day week and counts the make-up Saturday as a working day', () => {
    // Due Mon 10-12: one working day before is the make-up Saturday 10-10 (Sun 10-11 is off);
    // three before is Thu 10-08 (10-09, 10-10, 10-12 are left); seven reach back over National Day and
    // Mid-Autumn (09-25 … 09-27) to Thu 09-24.
    const { lines } = run([item({ dueDate: '2026-10-12' })], '2026-09-15', '2026-10-12');
    expect(lines).toEqual([
      '2026-09-24 1 due→resp',
      '2026-10-08 1 due→resp',
      '2026-10-10 1 due→resp',
      '2026-10-12 2 due→deputy',
    ]);
    for (let d = '2026-10-01'; d <= '2026-10-07'; d = addDays(d, 1))
      expect(remindersDue(d, [item({ dueDate: '2026-10-12' })], DEFAULT_LADDER, cal)).toEqual([]);
  });

  it("follows the office's own calendar: a declared holiday reminds no one and shifts the count", () => {
    const own = new WorkCalendar([{ date: '2026-12-10', kind: 'holiday' }]);
    const { lines } = run([item()], '2026-11-20', '2026-12-11', own);
    // Thu 12-10 is off: one working day before Fri 12-11 is now Wed 12-09, three is Mon 12-07.
    expect(lines).toEqual([
      '2026-12-01 1 due→resp',
      '2026-12-07 1 due→resp',
      '2026-12-09 1 due→resp',
      '2026-12-11 2 due→deputy',
    ]);
  });

  it('fires each threshold of each rung once, whatever the range', () => {
    const items = [
      item({
        dueDate: '2026-10-12',
        milestones: [{ id: 'm1', title: '主体封顶', plannedDate: '2026-09-30', doneDate: null }],
      }),
      item({ id: 'i2', dueDate: '2026-12-12', reportDue: '2026-11-20' }),
      item({ id: 'i3', dueDate: '2027-02-20', assignedOn: '2026-11-20' }),
    ];
    items[2].units[0] = { ...items[2].units[0], acknowledgedAt: null };
    const { all } = run(items, '2026-09-01', '2027-03-31');
    const keys = all.map((r) => [r.itemId, r.reason, r.subjectId, r.rung, r.unitId, r.days].join('|'));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(all.length).toBeGreaterThan(10);
  });

  it('reminds the lead and undertaking units, not the cooperating ones, and takes the ledger days', () => {
    const it2 = item({ ledgerId: 'zs' });
    it2.units[1] = { ...it2.units[1], role: 'undertaking' };
    const config = { ...DEFAULT_LADDER, ledgerDaysBefore: { zs: [2] } };
    expect(run([it2], '2026-12-01', '2026-12-11', cal, config).lines).toEqual([
      '2026-12-09 1 due→resp',
      '2026-12-09 1 due→resp2',
      '2026-12-11 2 due→deputy',
      '2026-12-11 2 due→deputy2',
    ]);
  });

  it('leaves items asked to close, suspended or closed alone', () => {
    for (const status of ['pending_review', 'suspended', 'completed', 'draft'] as const)
      expect(run([item({ status })], '2026-12-01', '2026-12-31').all).toEqual([]);
  });

  it('falls back along the chain when a person is not named', () => {
    const it2 = item();
    it2.units[0] = { ...it2.units[0], responsibleId: null, deputyId: null };
    expect(run([it2], '2026-12-10', '2026-12-11').lines).toEqual([
      '2026-12-10 1 due→leader',
      '2026-12-11 2 due→leader',
    ]);
  });
});

describe('milestones, reports, acknowledgements and notice replies', () => {
  it('reminds of an open milestone before and on its day, and not of a done one', () => {
    const ms = [
      { id: 'm1', title: '主体封顶', plannedDate: '2026-12-04', doneDate: null },
      { id: 'm2', title: '开工', plannedDate: '2026-12-03', doneDate: '2026-12-01' },
    ];
    expect(run([item({ dueDate: '2027-06-30', milestones: ms })], '2026-11-20', '2026-12-31').lines).toEqual([
      '2026-11-25 1 milestone:m1→resp',
      '2026-12-01 1 milestone:m1→resp',
      '2026-12-03 1 milestone:m1→resp',
      '2026-12-04 2 milestone:m1→deputy',
    ]);
  });

  it('chases a missing report the working day after it was due, then the deputy three working days later', () => {
    // Due Fri 11-20: missing from Mon 11-23 (the weekend does not count), the deputy on Thu 11-26.
    expect(run([item({ reportDue: '2026-11-20' })], '2026-11-16', '2026-11-30').lines).toEqual([
      '2026-11-23 1 report_missing:2026-11-20→resp',
      '2026-11-26 2 report_missing:2026-11-20→deputy',
    ]);
  });

  it('chases every unit that has not acknowledged an assignment or instruction after two working days', () => {
    const it2 = item({
      dueDate: '2027-06-30',
      assignedOn: '2026-11-26',
      instructionAcks: [{ instructionId: 'ins1', unitId: 'zjj', since: '2026-11-30' }],
    });
    it2.units[1] = { ...it2.units[1], acknowledgedAt: null };
    // Assigned Thu 11-26: two working days (Fri, Mon 11-30) to acknowledge; late on Tue 12-01.
    // The instruction of Mon 11-30: Tue and Wed to acknowledge; late on Thu 12-03, the deputy on Tue 12-08.
    expect(run([it2], '2026-11-26', '2026-12-10').lines).toEqual([
      '2026-12-01 1 not_acknowledged→resp2',
      '2026-12-03 1 instruction_not_acknowledged:ins1→resp',
      '2026-12-04 2 not_acknowledged→deputy2',
      '2026-12-08 2 instruction_not_acknowledged:ins1→deputy',
    ]);
  });

  it('takes notice replies through the hook', () => {
    const it2 = item({ noticeReplies: [{ noticeId: 'n7', unitId: 'zjj', replyDue: '2026-12-04' }] });
    expect(run([it2], '2026-12-01', '2026-12-31').lines.filter((l) => l.includes('notice'))).toEqual([
      '2026-12-07 1 notice_reply:n7→resp',
      '2026-12-10 2 notice_reply:n7→deputy',
    ]);
  });
});

describe('digests and notices', () => {
  it('gives each person one digest of the day and each unit one notice per kind', () => {
    const items = [item(), item({ id: 'i2', code: '2026-AZ-002', title: '第二项' })];
    const day = remindersDue('2026-12-14', items, DEFAULT_LADDER, cal);
    expect(day.map((r) => r.rung)).toEqual([3, 3]);
    expect(noticesOf(day)).toEqual([{ kind: 'urging', unitId: 'zjj', reminders: day }]);
    const before = remindersDue('2026-12-10', items, DEFAULT_LADDER, cal);
    const digests = digestsOf(before);
    expect([...digests.keys()]).toEqual(['resp']);
    expect([...digestsOf(day).keys()]).toEqual(['deputy']);
    const text = digestText('2026-12-10', digests.get('resp') ?? []);
    expect(text.title).toBe('督办提醒（12月10日）：2 项待办');
    expect(text.body).toBe(
      '1. 【2026-AZ-001】马寨安置房建设：办理时限还有 1 个工作日（12月11日）\n2. 【2026-AZ-002】第二项：办理时限还有 1 个工作日（12月11日）',
    );
  });

  it('counts working days late from the first working day on or after the deadline', () => {
    expect(workdaysLate(cal, '2026-12-12', '2026-12-11')).toBe(-1);
    expect(workdaysLate(cal, '2026-12-12', '2026-12-13')).toBe(-1);
    expect(workdaysLate(cal, '2026-12-12', '2026-12-14')).toBe(0);
    expect(workdaysLate(cal, '2026-12-12', '2026-12-15')).toBe(1);
    expect(workdaysLate(cal, '2026-10-01', '2026-10-08')).toBe(0);
  });
});
