import { ACTION_LABELS, type Lang } from './labels.js';
import type { ItemAction } from './status.js';

/**
 * The audit log in words for the auditor: 「登录」「交办事项」「修改事项（被拒绝）」
 * rather than `auth.login` or `PATCH /api/items/:id`. The raw code stays in the
 * record (and on the screen, one click away); this only words it.
 */
type Words = { zh: string; en: string };

const ACTIONS: Record<string, Words> = {
  'auth.login': { zh: '登录', en: 'Logged in' },
  'auth.logout': { zh: '退出登录', en: 'Logged out' },
  'user.create': { zh: '新建用户', en: 'Created a user' },
  'user.update': { zh: '修改用户', en: 'Changed a user' },
  'unit.create': { zh: '新建单位', en: 'Created a unit' },
  'unit.update': { zh: '修改单位', en: 'Changed a unit' },
  'unit.delete': { zh: '删除单位', en: 'Deleted a unit' },
  'ledger.create': { zh: '新建台账', en: 'Created a ledger' },
  'ledger.update': { zh: '修改台账', en: 'Changed a ledger' },
  'ledger.delete': { zh: '删除台账', en: 'Deleted a ledger' },
  'ledger.template': { zh: '修改台账模板', en: 'Changed a ledger template' },
  'ledger.import': { zh: '导入台账', en: 'Imported a ledger' },
  'ledger.approval_chain': { zh: '设置审批流程', en: 'Set the approval chain' },
  'item.create': { zh: '登记事项', en: 'Registered an item' },
  'item.update': { zh: '修改事项', en: 'Changed an item' },
  'item.delete': { zh: '删除事项', en: 'Deleted an item' },
  'item.archive': { zh: '归档事项', en: 'Archived an item' },
  'item.restore': { zh: '恢复已归档事项', en: 'Restored an archived item' },
  'unit.archive': { zh: '归档单位', en: 'Archived a unit' },
  'ledger.archive': { zh: '归档台账', en: 'Archived a ledger' },
  'meeting.archive': { zh: '归档会议', en: 'Archived a meeting' },
  'meeting.restore': { zh: '恢复已归档会议', en: 'Restored an archived meeting' },
  'demo.accounts_off': { zh: '停用演示账号', en: 'Turned the demo accounts off' },
  'demo.purge': { zh: '清除演示账号', en: 'Purged the demo accounts' },
  'item.acknowledge': { zh: '签收事项', en: 'Acknowledged an item' },
  'item.adjust': { zh: '调整事项', en: 'Adjusted an item' },
  'item.extend': { zh: '延期', en: 'Extended an item' },
  'item.fields': { zh: '修改台账字段', en: 'Changed ledger fields' },
  'item.judge': { zh: '督察研判', en: 'Judged an item' },
  'item.split': { zh: '分解事项', en: 'Split an item' },
  'item.report': { zh: '进展反馈', en: 'Reported progress' },
  'item.report_accepted': { zh: '采纳进展反馈', en: 'Accepted a report' },
  'item.report_returned': { zh: '退回进展反馈', en: 'Returned a report' },
  'report.submit': { zh: '报送进展反馈', en: 'Submitted a report' },
  'report.accept': { zh: '采纳进展反馈', en: 'Accepted a report' },
  'report.return': { zh: '退回进展反馈', en: 'Returned a report' },
  'request.submit': { zh: '提出申请', en: 'Submitted a request' },
  'request.approve': { zh: '批准申请', en: 'Approved a request' },
  'request.refuse': { zh: '不予批准', en: 'Refused a request' },
  'obstacle.raise': { zh: '登记问题', en: 'Raised an obstacle' },
  'obstacle.resolve': { zh: '解决问题', en: 'Resolved an obstacle' },
  'instruction.write': { zh: '领导批示', en: 'Wrote an instruction' },
  'instruction.acknowledge': { zh: '签收批示', en: 'Acknowledged an instruction' },
  'checkback.plan': { zh: '安排回头看', en: 'Planned a check-back' },
  'checkback.record': { zh: '记录回头看', en: 'Recorded a check-back' },
  'file.upload': { zh: '上传附件', en: 'Uploaded a file' },
  'meeting.create': { zh: '登记会议', en: 'Registered a meeting' },
  'meeting.update': { zh: '修改会议', en: 'Changed a meeting' },
  'meeting.delete': { zh: '删除会议', en: 'Deleted a meeting' },
  'meeting.confirm': { zh: '由纪要生成事项', en: 'Created items from minutes' },
  'settings.update': { zh: '修改系统设置', en: 'Changed the settings' },
  'calendar.set': { zh: '设置工作日历', en: 'Set a calendar day' },
  'calendar.delete': { zh: '删除日历调整', en: 'Removed a calendar day' },
  'auth.password_change': { zh: '修改密码', en: 'Changed the password' },
  'auth.password_verified': { zh: '密码正确，等待验证码', en: 'Password right, code owed' },
  'auth.second_factor': { zh: '输入登录验证码', en: 'Entered a login code' },
  'auth.second_factor_enrolment': { zh: '开始绑定身份验证器', en: 'Began setting up an authenticator' },
  'auth.second_factor_confirm': { zh: '绑定身份验证器', en: 'Set up an authenticator' },
  'user.second_factor_reset': { zh: '重置身份验证器', en: "Reset a user's authenticator" },
  'session.end': { zh: '结束会话', en: 'Ended a session' },
  'item.milestone_done': { zh: '节点完成', en: 'Marked a milestone done' },
  'system.restore': { zh: '从备份恢复', en: 'Restored from a backup' },
  'notice.issue': { zh: '下发通知单', en: 'Issued a notice' },
  'notice.reply': { zh: '回复通知单', en: 'Answered a notice' },
  'notice.accept': { zh: '认可整改回复', en: 'Accepted a notice reply' },
  'notice.return': { zh: '退回整改回复', en: 'Returned a notice reply' },
  'urge.record': { zh: '记录催办', en: 'Recorded urging' },
  'reminders.run': { zh: '自动催办', en: 'Ran the reminder ladder' },
  'channels.update': { zh: '修改通知渠道', en: 'Changed the channels' },
  'notification_prefs.update': { zh: '修改通知偏好', en: 'Changed notification preferences' },
  'delivery.retry': { zh: '重新发送通知', en: 'Retried a delivery' },
  'delivery.refused': {
    zh: '拒绝向允许清单外的地址发送通知',
    en: 'Refused a delivery to an address off the outbound allowlist',
  },
  'inspection.record': { zh: '登记督察记录', en: 'Recorded an inspection' },
  'inspection.update': { zh: '修改督察记录', en: 'Changed an inspection' },
  'inspection.disclose': { zh: '告知暗访结果', en: 'Disclosed an inspection' },
  'inspection.rectify': { zh: '督察发现转整改事项', en: 'Made a finding a rectification item' },
  'inspection.notice': { zh: '督察发现转通知单', en: 'Made a finding a notice' },
  'evidence.upload': { zh: '上传督察照片', en: 'Uploaded evidence' },
  'evidence.annotate': { zh: '标注督察照片', en: 'Annotated evidence' },
  'plan.create': { zh: '制定走访计划', en: 'Made a visit plan' },
  'checklist.create': { zh: '新建考评标准', en: 'Made a checklist' },
  'assessment.record': { zh: '登记考评', en: 'Recorded an assessment' },
  'assessment.rectify': { zh: '考评不达标转整改事项', en: 'Made a failed criterion a rectification item' },
};

/** What the records of each kind are called, for the entity column and refused requests. */
export const AUDIT_ENTITIES: Record<string, Words> = {
  item: { zh: '事项', en: 'item' },
  items: { zh: '事项', en: 'item' },
  ledger: { zh: '台账', en: 'ledger' },
  ledgers: { zh: '台账', en: 'ledger' },
  unit: { zh: '单位', en: 'unit' },
  units: { zh: '单位', en: 'unit' },
  user: { zh: '用户', en: 'user' },
  users: { zh: '用户', en: 'user' },
  report: { zh: '进展反馈', en: 'report' },
  reports: { zh: '进展反馈', en: 'report' },
  request: { zh: '申请', en: 'request' },
  requests: { zh: '申请', en: 'request' },
  meeting: { zh: '会议', en: 'meeting' },
  meetings: { zh: '会议', en: 'meeting' },
  obstacle: { zh: '问题', en: 'obstacle' },
  obstacles: { zh: '问题', en: 'obstacle' },
  instruction: { zh: '批示', en: 'instruction' },
  instructions: { zh: '批示', en: 'instruction' },
  file: { zh: '附件', en: 'file' },
  files: { zh: '附件', en: 'file' },
  checkback: { zh: '回头看', en: 'check-back' },
  settings: { zh: '系统设置', en: 'settings' },
  calendar: { zh: '工作日历', en: 'calendar' },
  session: { zh: '会话', en: 'session' },
  auth: { zh: '登录', en: 'login' },
  audit: { zh: '审计日志', en: 'audit log' },
  imports: { zh: '导入', en: 'import' },
  demo: { zh: '演示数据', en: 'demo data' },
};

const METHODS: Record<string, Words> = {
  GET: { zh: '查看', en: 'Read' },
  POST: { zh: '提交', en: 'Submit' },
  PUT: { zh: '设置', en: 'Set' },
  PATCH: { zh: '修改', en: 'Change' },
  DELETE: { zh: '删除', en: 'Delete' },
};

/** The action of an audit row in words; an unknown code is shown as it is. */
export function auditActionText(action: string, lang: Lang): string {
  const known = ACTIONS[action];
  if (known) return known[lang];
  // A lifecycle move: item.assign, item.cancel, …
  const move = /^item\.([a-z_]+)$/.exec(action)?.[1] as ItemAction | undefined;
  if (move && ACTION_LABELS[move])
    return lang === 'zh' ? `${ACTION_LABELS[move].zh}事项` : ACTION_LABELS[move].en;
  // A refused request, recorded by its route: PATCH /api/items/:id → 修改事项.
  const route = /^(GET|POST|PUT|PATCH|DELETE) \/api\/([a-z-]+)(?:\/(.*))?$/.exec(action);
  if (route) {
    const [, method, resource, rest] = route;
    const noun = AUDIT_ENTITIES[resource as string];
    // The last word of the path names a sub-resource or a step: /items/:id/transitions, /requests/:id/decisions.
    const tail = rest
      ?.split('/')
      .filter((p) => p && !p.startsWith(':'))
      .pop();
    const sub = tail ? AUDIT_ENTITIES[tail] : undefined;
    const what = sub ?? noun;
    if (what) return `${METHODS[method as string]?.[lang] ?? method}${lang === 'zh' ? '' : ' '}${what[lang]}`;
  }
  return action;
}

/** The kind of record in words. */
export function auditEntityText(entity: string, lang: Lang): string {
  return AUDIT_ENTITIES[entity]?.[lang] ?? entity;
}
