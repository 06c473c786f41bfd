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
  'item.danger.cancel': '撤销后事项关闭，不再亮灯、不再计入考评，只能由督察员重新登记；此操作记入审计日志。',
  'item.danger.return': '退办后事项回到办理中，牵头单位须重新申请办结。',
  'item.danger.suspend': '暂停后事项不再亮灯，恢复前不计入超期。',
  'home.asLead': '牵头',
  'home.asCooperating': '配合',
  'home.asUndertaking': '承办',
  'home.ourRole': '本单位',
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
  'item.danger.cancel':
    'Cancelling closes the item: no light, no scoring, and only a supervisor can register it again. This is recorded in the audit log.',
  'item.danger.return': 'Returning sends the item back to work; the lead unit must ask to close it again.',
  'item.danger.suspend': 'While suspended the item has no light and is not counted overdue.',
  'home.asLead': 'Lead',
  'home.asCooperating': 'Cooperating',
  'home.asUndertaking': 'Undertaking',
  'home.ourRole': 'Our role',
};
