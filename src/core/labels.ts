import type {
  Cadence,
  ItemSource,
  ItemStatus,
  Light,
  ObstacleCause,
  Priority,
  ReportStatus,
  ResponsibilityRole,
  Role,
  Trajectory,
  UnitKind,
} from './enums.js';
import type { ItemAction } from './status.js';

export type Lang = 'zh' | 'en';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

export const ROLE_LABELS: Labels<Role> = {
  supervisor: { zh: '督察员', en: 'Supervisor' },
  leader: { zh: '领导', en: 'Leader' },
  unit: { zh: '单位联络员', en: 'Unit user' },
  sysadmin: { zh: '系统管理员', en: 'System admin' },
  secadmin: { zh: '安全管理员', en: 'Security admin' },
  auditor: { zh: '审计员', en: 'Auditor' },
};

export const UNIT_KIND_LABELS: Labels<UnitKind> = {
  department: { zh: '区直委局', en: 'Department' },
  township: { zh: '镇/街道', en: 'Township / subdistrict' },
  committee: { zh: '管委会', en: 'Management committee' },
  hq: { zh: '指挥部', en: 'Headquarters' },
  other: { zh: '其他', en: 'Other' },
};

export const STATUS_LABELS: Labels<ItemStatus> = {
  draft: { zh: '草稿', en: 'Draft' },
  assigned: { zh: '已交办', en: 'Assigned' },
  in_progress: { zh: '办理中', en: 'In progress' },
  pending_review: { zh: '申请办结', en: 'Pending review' },
  completed: { zh: '已办结', en: 'Completed' },
  suspended: { zh: '已暂停', en: 'Suspended' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

export const SOURCE_LABELS: Labels<ItemSource> = {
  meeting: { zh: '会议议定', en: 'Meeting decision' },
  instruction: { zh: '领导批示', en: 'Leader instruction' },
  document: { zh: '文件', en: 'Document' },
  upper: { zh: '上级交办', en: 'Upper-level assignment' },
  other: { zh: '其他', en: 'Other' },
};

export const PRIORITY_LABELS: Labels<Priority> = {
  high: { zh: '重点', en: 'High' },
  normal: { zh: '一般', en: 'Normal' },
  low: { zh: '较低', en: 'Low' },
};

export const CADENCE_LABELS: Labels<Cadence> = {
  weekly: { zh: '每周', en: 'Weekly' },
  biweekly: { zh: '每两周', en: 'Every two weeks' },
  monthly: { zh: '每月', en: 'Monthly' },
};

export const RESPONSIBILITY_ROLE_LABELS: Labels<ResponsibilityRole> = {
  lead: { zh: '牵头单位', en: 'Lead unit' },
  undertaking: { zh: '承办单位', en: 'Undertaking unit' },
  cooperating: { zh: '配合单位', en: 'Cooperating unit' },
};

export const LIGHT_LABELS: Labels<Light> = {
  red: { zh: '红灯', en: 'Red' },
  yellow: { zh: '黄灯', en: 'Yellow' },
  green: { zh: '绿灯', en: 'Green' },
};

export const OBSTACLE_CAUSE_LABELS: Labels<ObstacleCause> = {
  funds: { zh: '资金', en: 'Funds' },
  land: { zh: '土地', en: 'Land' },
  demolition: { zh: '征迁', en: 'Demolition' },
  approvals: { zh: '审批', en: 'Approvals' },
  coordination: { zh: '协调', en: 'Coordination' },
  policy: { zh: '政策', en: 'Policy' },
  other: { zh: '其他', en: 'Other' },
};

export const REPORT_STATUS_LABELS: Labels<ReportStatus> = {
  submitted: { zh: '待审核', en: 'Awaiting review' },
  accepted: { zh: '已采纳', en: 'Accepted' },
  returned: { zh: '已退回', en: 'Returned' },
};

export const TRAJECTORY_LABELS: Labels<Trajectory> = {
  on_track: { zh: '符合计划', en: 'On track' },
  behind: { zh: '滞后', en: 'Behind' },
  far_behind: { zh: '严重滞后', en: 'Far behind' },
};

export const ACTION_LABELS: Labels<ItemAction> = {
  assign: { zh: '交办', en: 'Assign' },
  start: { zh: '签收办理', en: 'Acknowledge & start' },
  request_completion: { zh: '申请办结', en: 'Request completion' },
  approve_completion: { zh: '批准办结', en: 'Approve completion' },
  return: { zh: '退办', en: 'Return' },
  suspend: { zh: '暂停', en: 'Suspend' },
  resume: { zh: '恢复办理', en: 'Resume' },
  cancel: { zh: '撤销', en: 'Cancel item' },
  reopen: { zh: '重新办理', en: 'Reopen' },
};

/** Picks the label of `code` in `lang`; unknown codes fall back to the code itself. */
export function label<K extends string>(table: Labels<K>, code: K, lang: Lang): string {
  return table[code]?.[lang] ?? code;
}
