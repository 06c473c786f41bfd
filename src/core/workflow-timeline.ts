import type { Lang } from './labels.js';
import {
  APPROVAL_STEP_LABELS,
  type ApprovalStep,
  CONFIDENCE_LABELS,
  type Confidence,
  RATING_LABELS,
  type Rating,
  REQUEST_KIND_LABELS,
  type RequestKind,
} from './requests.js';

/**
 * Timeline kinds of the supervision workflow (requests, approvals, closing,
 * judgement, check-backs, decomposition), kept apart from `timeline.ts` so
 * that features landing side by side touch that file in one line each.
 * Completion, sending back and cancellation reuse the lifecycle kinds
 * (`approve_completion`, `return`, `cancel`).
 */
export const WORKFLOW_TIMELINE_KINDS = [
  'request_submitted',
  'request_step_approved',
  'request_refused',
  'extension_granted',
  'adjusted',
  'judged',
  'checkback_planned',
  'checkback_done',
  'split',
] as const;
export type WorkflowTimelineKind = (typeof WORKFLOW_TIMELINE_KINDS)[number];

export const WORKFLOW_TIMELINE_LABELS: Record<WorkflowTimelineKind, Record<Lang, string>> = {
  request_submitted: { zh: '提交申请', en: 'Request submitted' },
  request_step_approved: { zh: '审批通过', en: 'Step approved' },
  request_refused: { zh: '申请未获批准', en: 'Request refused' },
  extension_granted: { zh: '批准延期', en: 'Extension granted' },
  adjusted: { zh: '批准调整', en: 'Adjustment approved' },
  judged: { zh: '督察研判', en: 'Supervisor judgement' },
  checkback_planned: { zh: '安排回头看', en: 'Check-back planned' },
  checkback_done: { zh: '回头看', en: 'Check-back' },
  split: { zh: '分解', en: 'Split into sub-items' },
};

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** The words particular to a workflow event's payload (the comment is added by the caller). */
export function describeWorkflowPayload(payload: Record<string, unknown>, lang: Lang): string[] {
  const zh = lang === 'zh';
  const parts: string[] = [];
  const kind = str(payload.requestKind) as RequestKind | null;
  if (kind && REQUEST_KIND_LABELS[kind]) parts.push(REQUEST_KIND_LABELS[kind][lang]);
  const step = str(payload.stepKind) as ApprovalStep | null;
  if (step && APPROVAL_STEP_LABELS[step])
    parts.push(zh ? `审批环节：${APPROVAL_STEP_LABELS[step].zh}` : `step: ${APPROVAL_STEP_LABELS[step].en}`);
  const newDate = str(payload.newDate);
  const oldDate = str(payload.oldDate);
  if (newDate)
    parts.push(
      zh
        ? `截止日期${oldDate ? ` ${oldDate} →` : '延至'} ${newDate}`
        : `due ${oldDate ? `${oldDate} → ` : ''}${newDate}`,
    );
  if (payload.requestedAfterDeadline === true)
    parts.push(zh ? '超期后申请，不免除超期' : 'asked after the deadline: the lateness stands');
  const reason = str(payload.reason);
  if (reason) parts.push(zh ? `理由：${reason}` : `reason: ${reason}`);
  const rating = payload.rating as Rating | undefined;
  if (rating && RATING_LABELS[rating])
    parts.push(zh ? `评价：${RATING_LABELS[rating].zh}` : `rating: ${RATING_LABELS[rating].en}`);
  if (typeof payload.onTime === 'boolean') {
    const by = str(payload.judgedBy);
    parts.push(
      zh
        ? `${payload.onTime ? '按期' : '超期'}办结${by ? `（以 ${by} 为准）` : ''}`
        : `closed ${payload.onTime ? 'on time' : 'late'}${by ? ` (judged by ${by})` : ''}`,
    );
  }
  const level = payload.level as Confidence | undefined;
  if (level && CONFIDENCE_LABELS[level]) parts.push(CONFIDENCE_LABELS[level][lang]);
  const planned = str(payload.plannedOn);
  if (planned) parts.push(zh ? `计划 ${planned}` : `planned ${planned}`);
  const findings = str(payload.findings);
  if (findings) parts.push(zh ? `发现：${findings}` : `findings: ${findings}`);
  if (payload.reopened === true) parts.push(zh ? '重新办理' : 'reopened');
  if (Array.isArray(payload.children))
    parts.push(zh ? `分解为 ${payload.children.length} 个子事项` : `${payload.children.length} sub-items`);
  return parts;
}
