import type { WorkCalendar } from '../calendar.js';
import type { IsoDate } from '../dates.js';
import { type CleanDoc, cleanText } from './clean.js';
import { type Deadline, dueDateOf, findDeadlines } from './deadlines.js';
import { findDirectives, type NumberingStyle } from './directives.js';
import { type LedgerRef, suggestLedger } from './ledger.js';
import { layBackwards, type MilestoneProposal } from './milestones.js';
import { readRoles, type Span } from './roles.js';
import { findTargets, type TargetProposal } from './targets.js';
import { buildDictionary, type DirectoryUnit, type GroupMention, type UnitMention } from './units.js';

/**
 * From a meeting report to proposed draft items: clean the text, find the
 * numbered directives, and read in each its lead and cooperating units,
 * deadlines, targets, milestones and ledger. Every proposed field keeps the
 * offsets of the words it came from, so the screen can highlight them.
 */

export interface Proposal {
  key: string;
  no: number;
  style: NumberingStyle;
  marker: string;
  text: string;
  start: number;
  end: number;
  title: string;
  lead: UnitMention | null;
  cooperating: UnitMention[];
  unmatchedUnits: Span[];
  /** 各镇（街道）: the units it stands for; offered as one item per unit. */
  group: GroupMention | null;
  deadlines: Deadline[];
  dueDate: IsoDate | null;
  targets: TargetProposal[];
  milestones: MilestoneProposal[];
  ledgerId: string | null;
  ledgerWords: string[];
}

export interface Analysis {
  doc: CleanDoc;
  proposals: Proposal[];
}

export interface AnalyzeOptions {
  meetingDate: IsoDate;
  units: readonly DirectoryUnit[];
  ledgers?: readonly LedgerRef[];
  calendar?: WorkCalendar;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const TITLE_MAX = 30;

export function analyzeReport(raw: string, opts: AnalyzeOptions): Analysis {
  const doc = cleanText(raw);
  const dict = buildDictionary(opts.units);
  const directives = findDirectives(doc);
  const proposals = directives.map((d, i): Proposal => {
    const roles = readRoles(dict, d.text, d.start);
    // 会议要求，区住建局要抓好以下工作：一是… — the preamble's units apply to every directive without its own.
    if (!roles.lead && !roles.group && d.preamble) {
      const tail = /[^。！？]*$/.exec(d.preamble)?.[0] ?? '';
      const pre = readRoles(dict, tail, d.preambleStart + d.preamble.length - tail.length);
      if (pre.lead) {
        roles.lead = pre.lead;
        roles.cooperating = [
          ...pre.cooperating,
          ...roles.cooperating.filter((c) => c.unitId !== pre.lead?.unitId),
        ];
      }
      if (!roles.group) roles.group = pre.group;
    }
    const deadlines = findDeadlines(d.text, opts.meetingDate, d.start, opts.calendar);
    // 现在距离年底还有一个多月…进行年终冲刺。一是… — a list without dates of its own works to the preamble's.
    const lastSentence =
      /[^。！？]*[。！？]?[^。！？]*$/.exec(d.preamble.replace(/[。！？]$/, ''))?.[0] ?? '';
    if (!deadlines.length && lastSentence)
      deadlines.push(
        ...findDeadlines(
          lastSentence,
          opts.meetingDate,
          d.preambleStart + d.preamble.length - lastSentence.length - (/[。！？]$/.test(d.preamble) ? 1 : 0),
          opts.calendar,
        ).filter((x) => x.kind === 'date' && (x.date as string) > opts.meetingDate),
      );
    const due = dueDateOf(deadlines);
    const title = titleOf(d.text);
    const dueDate = due?.date && due.date > opts.meetingDate ? due.date : null;
    const stepped = deadlines.filter(
      (x) => x.date && dueDate && x.date < dueDate && x.date >= opts.meetingDate,
    );
    const milestones: MilestoneProposal[] = !dueDate
      ? []
      : stepped.length
        ? [
            ...stepped.map((x) => ({
              title: stepTitle(doc.text, x),
              plannedDate: x.date as IsoDate,
              origin: 'text' as const,
              start: x.start,
              end: x.end,
            })),
            {
              title: `全面完成：${title}`,
              plannedDate: dueDate,
              origin: 'text' as const,
              start: due?.start,
              end: due?.end,
            },
          ]
        : layBackwards(opts.meetingDate, dueDate, title, opts.calendar);
    const ledger = opts.ledgers ? suggestLedger(d.text, opts.ledgers) : null;
    return {
      key: `p${i + 1}`,
      no: d.no,
      style: d.style,
      marker: d.marker,
      text: d.text,
      start: d.start,
      end: d.end,
      title,
      lead: roles.lead,
      cooperating: roles.cooperating,
      unmatchedUnits: roles.unmatched,
      group: roles.group,
      deadlines,
      dueDate,
      targets: findTargets(d.text, d.start),
      milestones,
      ledgerId: ledger?.ledgerId ?? null,
      ledgerWords: ledger?.words ?? [],
    };
  });
  return { doc, proposals };
}

const ROLE_CLAUSE = /牵头|配合|负责|协助|会同|责任单位/;

/** The directive's first clause that says what is to be done, without who and the marker's 要. */
export function titleOf(text: string): string {
  const clauses = text
    .split(/[，。；,;！？：:\n]/)
    .map((c) => c.trim())
    .filter(Boolean);
  let clause = clauses.find((c) => !(ROLE_CLAUSE.test(c) && c.length < 30)) ?? clauses[0] ?? text;
  // X、Y要加快… → 加快…
  clause = clause.replace(
    /^[\u4e00-\u9fa5（）()]{2,40}?(?:等(?:有关|相关)?(?:部门|单位))?(?:要|务必|必须)(?=[\u4e00-\u9fa5]{4})/,
    (m) => (/[局委办镇街部会队处府所]/.test(m) ? '' : m),
  );
  clause = clause.replace(/^(要|是|必须|务必)/, '');
  if (clause.length <= TITLE_MAX) return clause;
  // Cut at a word boundary rather than in the middle of a word.
  let out = '';
  for (const { segment } of segmenter.segment(clause)) {
    if (out.length + segment.length > TITLE_MAX) break;
    out += segment;
  }
  return out || clause.slice(0, TITLE_MAX);
}

/** 11月底前完成征收 → 完成征收: the clause of a dated step, less the date. */
function stepTitle(text: string, d: Deadline): string {
  const from =
    Math.max(
      text.lastIndexOf('，', d.start),
      text.lastIndexOf('；', d.start),
      text.lastIndexOf('。', d.start),
    ) + 1;
  const tillComma = text.slice(d.end).search(/[，。；]/);
  const to = tillComma < 0 ? text.length : d.end + tillComma;
  const clause = (text.slice(from, d.start) + text.slice(d.end, to))
    .replace(/^(要|确保|力争|务必|在)+/, '')
    .trim();
  return (clause || d.text).slice(0, 60);
}
