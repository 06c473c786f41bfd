import { INSPECTION_TIMELINE_KINDS, INSPECTION_TIMELINE_LABELS } from './inspection.js';
import type { Lang } from './labels.js';
import { describeNoticePayload, NOTICE_TIMELINE_KINDS, NOTICE_TIMELINE_LABELS } from './notice-timeline.js';
import { ITEM_ACTIONS } from './status.js';
import {
  describeWorkflowPayload,
  WORKFLOW_TIMELINE_KINDS,
  WORKFLOW_TIMELINE_LABELS,
} from './workflow-timeline.js';

/**
 * What can appear on an item's timeline. Every command that changes an item
 * writes one event of its kind in its own transaction; features add their
 * kinds here (with the words for them) as they land.
 */
export const TIMELINE_KINDS = [
  'created',
  'updated',
  ...ITEM_ACTIONS,
  'acknowledged',
  'file_uploaded',
  'report_submitted',
  'report_accepted',
  'report_returned',
  'obstacle_raised',
  'obstacle_resolved',
  'instruction_written',
  'instruction_acknowledged',
  'milestone_done',
  'archived',
  'restored',
  ...INSPECTION_TIMELINE_KINDS,
  ...WORKFLOW_TIMELINE_KINDS,
  ...NOTICE_TIMELINE_KINDS,
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_LABELS: Record<TimelineKind, Record<Lang, string>> = {
  created: { zh: '登记', en: 'Registered' },
  updated: { zh: '修改', en: 'Edited' },
  assign: { zh: '交办', en: 'Assigned' },
  start: { zh: '签收并开始办理', en: 'Acknowledged and started' },
  request_completion: { zh: '申请办结', en: 'Asked to close' },
  approve_completion: { zh: '办结', en: 'Closed' },
  return: { zh: '退办', en: 'Sent back' },
  suspend: { zh: '暂停', en: 'Suspended' },
  resume: { zh: '恢复办理', en: 'Resumed' },
  cancel: { zh: '撤销', en: 'Cancelled' },
  reopen: { zh: '重新办理', en: 'Reopened' },
  acknowledged: { zh: '签收', en: 'Acknowledged' },
  file_uploaded: { zh: '上传附件', en: 'Attached a file' },
  report_submitted: { zh: '报送进展', en: 'Reported progress' },
  report_accepted: { zh: '进展反馈已采纳', en: 'Report accepted' },
  report_returned: { zh: '进展反馈被退回', en: 'Report returned' },
  obstacle_raised: { zh: '提出问题', en: 'Raised an obstacle' },
  obstacle_resolved: { zh: '问题已解决', en: 'Obstacle resolved' },
  instruction_written: { zh: '领导批示', en: 'Leader instruction' },
  instruction_acknowledged: { zh: '签收批示', en: 'Acknowledged an instruction' },
  milestone_done: { zh: '节点完成', en: 'Milestone done' },
  archived: { zh: '草稿归档', en: 'Draft archived' },
  restored: { zh: '草稿恢复', en: 'Draft restored' },
  ...INSPECTION_TIMELINE_LABELS,
  ...WORKFLOW_TIMELINE_LABELS,
  ...NOTICE_TIMELINE_LABELS,
};

/** Item fields by their words, for "修改了 标题、截止日期". */
export const ITEM_FIELD_LABELS: Record<string, Record<Lang, string>> = {
  ledgerId: { zh: '台账', en: 'ledger' },
  title: { zh: '标题', en: 'title' },
  source: { zh: '来源', en: 'source' },
  sourceRef: { zh: '来源文号', en: 'source reference' },
  goal: { zh: '目标任务', en: 'goal' },
  targets: { zh: '量化指标', en: 'targets' },
  priority: { zh: '优先级', en: 'priority' },
  startDate: { zh: '开始日期', en: 'start date' },
  dueDate: { zh: '截止日期', en: 'due date' },
  cadence: { zh: '反馈周期', en: 'report cadence' },
  parentId: { zh: '上级事项', en: 'parent item' },
  responsibilities: { zh: '责任分工', en: 'responsibilities' },
  milestones: { zh: '路线图', en: 'roadmap' },
};

/** The sentence under an event's title: what changed, the comment given. */
export function describeEvent(kind: string, payload: Record<string, unknown>, lang: Lang): string {
  const parts: string[] = [];
  const fields = Array.isArray(payload.fields) ? (payload.fields as string[]) : [];
  if (kind === 'updated' && fields.length) {
    const words = fields.map((f) => ITEM_FIELD_LABELS[f]?.[lang] ?? f);
    parts.push(lang === 'zh' ? `修改了${words.join('、')}` : `changed the ${words.join(', ')}`);
  }
  if (kind === 'milestone_done' && typeof payload.milestone === 'string') {
    const late = typeof payload.lateDays === 'number' ? payload.lateDays : 0;
    parts.push(
      lang === 'zh'
        ? `「${payload.milestone}」计划 ${payload.plannedDate}，实际 ${payload.doneDate} 完成${late ? `，逾期 ${late} 天` : '，按期'}`
        : `“${payload.milestone}” planned ${payload.plannedDate}, done ${payload.doneDate}${late ? `, ${late} days late` : ', on time'}`,
    );
  }
  if (typeof payload.percent === 'number')
    parts.push(lang === 'zh' ? `完成 ${payload.percent}%` : `${payload.percent}% done`);
  if (typeof payload.name === 'string' && payload.name) parts.push(payload.name);
  if (typeof payload.summary === 'string' && payload.summary) parts.push(payload.summary);
  parts.push(...describeWorkflowPayload(payload, lang));
  parts.push(...describeNoticePayload(payload, lang));
  if (typeof payload.comment === 'string' && payload.comment) parts.push(payload.comment);
  return parts.join(lang === 'zh' ? '；' : '; ');
}
