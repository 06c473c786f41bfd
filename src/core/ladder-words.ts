import { formatChineseDate } from './dates.js';
import type { Lang } from './labels.js';
import type { DueReminder, ReminderReason, Rung } from './ladder.js';

export const REASON_LABELS: Record<ReminderReason, Record<Lang, string>> = {
  due: { zh: '办理时限', en: 'due date' },
  milestone: { zh: '路线图节点', en: 'milestone' },
  report_missing: { zh: '进展反馈逾期未报', en: 'report missing' },
  not_acknowledged: { zh: '交办未签收', en: 'assignment not acknowledged' },
  instruction_not_acknowledged: { zh: '领导批示未签收', en: 'instruction not acknowledged' },
  notice_reply: { zh: '通知单逾期未回复', en: 'notice reply overdue' },
};

export const RUNG_LABELS: Record<Rung, Record<Lang, string>> = {
  1: { zh: '提醒具体责任人', en: 'remind the responsible person' },
  2: { zh: '提醒分管副职', en: 'remind the deputy in charge' },
  3: { zh: '发催办单', en: 'urging notice (催办单)' },
  4: { zh: '发督办通知单（主管领导）', en: 'supervision notice (督办通知单) to the leader in charge' },
};

/** One line of a digest: `【2026-DQ-017】标题：距办理时限还有 3 个工作日（12月4日）`. */
export function reminderLine(r: DueReminder, lang: Lang = 'zh'): string {
  const what =
    r.reason === 'milestone' && r.subjectTitle
      ? lang === 'zh'
        ? `节点「${r.subjectTitle}」`
        : `milestone “${r.subjectTitle}”`
      : REASON_LABELS[r.reason][lang];
  const date = lang === 'zh' ? formatChineseDate(r.deadline) : r.deadline;
  let state: string;
  if (r.days > 0)
    state = lang === 'zh' ? `还有 ${r.days} 个工作日（${date}）` : `${r.days} working days left (${date})`;
  else if (r.days === 0 && (r.reason === 'due' || r.reason === 'milestone'))
    state = lang === 'zh' ? `今日到期（${date}）` : `due today (${date})`;
  else state = lang === 'zh' ? `已逾期（${date}）` : `overdue (${date})`;
  const rung =
    r.rung >= 3
      ? lang === 'zh'
        ? `，已${RUNG_LABELS[r.rung].zh}`
        : `; ${RUNG_LABELS[r.rung].en} issued`
      : '';
  return `【${r.itemCode}】${r.itemTitle}：${what}${lang === 'zh' ? '' : ' '}${state}${rung}`;
}

/** The digest of a person's reminders of one day: title and body, one line per reminder. */
export function digestText(day: string, reminders: readonly DueReminder[], lang: Lang = 'zh') {
  const title =
    lang === 'zh'
      ? `督办提醒（${formatChineseDate(day)}）：${reminders.length} 项待办`
      : `Reminders for ${day}: ${reminders.length}`;
  const body = reminders.map((r, i) => `${i + 1}. ${reminderLine(r, lang)}`).join('\n');
  return { title, body };
}
