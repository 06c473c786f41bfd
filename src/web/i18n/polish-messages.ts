/**
 * Words added by the first-week polish of the ledger and cockpit (issue 12):
 * the unit ranking's lead/shared split, field messages, duplicate-title
 * warnings, the security administrator's screen, milestones done on a date.
 * Spread into `messages.ts`.
 */
export const POLISH_ZH = {
  'cockpit.leadOverdue': '牵头超期',
  'cockpit.sharedOverdue': '配合超期',
  'cockpit.rankingHint': '先按牵头单位的超期排名，配合单位的超期另计',
  'form.sameTitle': '本台账已有同名的未办结事项，请确认不是重复录入',
  'form.similarTitle': '本台账已有名称相近的未办结事项，请确认不是重复录入',
  'form.titleTooLong': '标题有 {len} 个字，超过了 {n} 个字的上限，请删减后再保存（没有自动截断）',
  'form.reloadedKeeping':
    '已载入他人保存的最新内容，您改动的字段保留了您填写的内容：{fields}。请核对后再保存。',
  'form.reloadedNothingKept': '已载入他人保存的最新内容。',
  'form.reloadKeeping': '载入最新内容（保留我的修改）',
} as const;

export const POLISH_EN: Record<keyof typeof POLISH_ZH, string> = {
  'cockpit.leadOverdue': 'Overdue as lead',
  'cockpit.sharedOverdue': 'Overdue as cooperating',
  'cockpit.rankingHint': 'Ranked by overdue items the unit leads first; cooperating lateness counted apart',
  'form.sameTitle': 'An open item of this ledger has the same title: make sure this is not entered twice',
  'form.similarTitle':
    'An open item of this ledger has a very similar title: make sure this is not entered twice',
  'form.titleTooLong':
    'The title has {len} characters, over the limit of {n}: shorten it before saving (nothing was cut)',
  'form.reloadedKeeping':
    'Loaded what the other person saved; the fields you changed keep your text: {fields}. Check before saving.',
  'form.reloadedNothingKept': 'Loaded what the other person saved.',
  'form.reloadKeeping': 'Load the latest (keep my changes)',
};
