import {
  ERRORS,
  type ErrorCode,
  type ErrorDetail,
  type ValidationKey,
  type ValidationParams,
} from './errors.js';
import type { Lang } from './labels.js';

/**
 * Field paths in words. The API's details keep the dotted path
 * (`responsibilities.1.role`) for programs; people read the field's label:
 * 「责任分工第2项的责任类型」, "responsibilities, row 2: role". One table for
 * every input field a user can meet, keyed by the path segment's name.
 */
type Words = { zh: string; en: string };

export const FIELD_LABELS: Record<string, Words> = {
  // notification channels
  smtp: { zh: '发信服务器', en: 'mail server' },
  host: { zh: '主机', en: 'host' },
  robots: { zh: '群机器人', en: 'robots' },
  url: { zh: '地址', en: 'address' },
  // items
  title: { zh: '标题', en: 'title' },
  ledgerId: { zh: '所属台账', en: 'ledger' },
  source: { zh: '事项来源', en: 'source' },
  sourceRef: { zh: '来源依据', en: 'source reference' },
  goal: { zh: '目标任务', en: 'goal' },
  priority: { zh: '优先级', en: 'priority' },
  startDate: { zh: '开始日期', en: 'start date' },
  dueDate: { zh: '截止日期', en: 'due date' },
  cadence: { zh: '报送周期', en: 'report cadence' },
  parentId: { zh: '上级事项', en: 'parent item' },
  responsibilities: { zh: '责任分工', en: 'responsibilities' },
  unitId: { zh: '单位', en: 'unit' },
  role: { zh: '责任类型', en: 'role' },
  leaderId: { zh: '主管领导', en: 'leader in charge' },
  deputyId: { zh: '分管副职', en: 'deputy in charge' },
  responsibleId: { zh: '具体责任人', en: 'responsible person' },
  milestones: { zh: '路线图', en: 'roadmap' },
  plannedDate: { zh: '计划日期', en: 'planned date' },
  doneDate: { zh: '完成日期', en: 'done date' },
  note: { zh: '说明', en: 'note' },
  targets: { zh: '量化指标', en: 'targets' },
  name: { zh: '名称', en: 'name' },
  unit: { zh: '计量单位', en: 'unit of measure' },
  targetValue: { zh: '目标值', en: 'target value' },
  baselineValue: { zh: '基数', en: 'baseline' },
  currentValue: { zh: '当前值', en: 'current value' },
  targetValues: { zh: '指标完成值', en: 'target values' },
  action: { zh: '操作', en: 'action' },
  comment: { zh: '意见', en: 'comment' },
  // workflow
  kind: { zh: '类型', en: 'kind' },
  reason: { zh: '理由', en: 'reason' },
  newDate: { zh: '延期至', en: 'new date' },
  statement: { zh: '办结说明', en: 'completion statement' },
  changes: { zh: '调整内容', en: 'changes' },
  decision: { zh: '审批结果', en: 'decision' },
  rating: { zh: '评价', en: 'rating' },
  content: { zh: '内容', en: 'content' },
  percent: { zh: '完成进度', en: 'percent done' },
  problems: { zh: '存在问题', en: 'problems' },
  nextSteps: { zh: '下步打算', en: 'next steps' },
  fileIds: { zh: '附件', en: 'attachments' },
  cause: { zh: '病因类别', en: 'cause' },
  description: { zh: '问题描述', en: 'description' },
  solverUnitId: { zh: '负责解决的单位', en: 'unit to solve it' },
  resolution: { zh: '解决情况', en: 'resolution' },
  level: { zh: '办成把握', en: 'confidence' },
  steps: { zh: '审批环节', en: 'approval steps' },
  // units, ledgers, users, meetings
  shortName: { zh: '简称', en: 'short name' },
  aliases: { zh: '别名', en: 'aliases' },
  code: { zh: '代码', en: 'code' },
  year: { zh: '年度', en: 'year' },
  username: { zh: '用户名', en: 'username' },
  displayName: { zh: '姓名', en: 'name' },
  password: { zh: '密码', en: 'password' },
  roles: { zh: '角色', en: 'roles' },
  email: { zh: '电子邮箱', en: 'e-mail' },
  phone: { zh: '电话', en: 'phone' },
  date: { zh: '日期', en: 'date' },
  chair: { zh: '主持人', en: 'chair' },
  place: { zh: '地点', en: 'place' },
  attendees: { zh: '参会人员', en: 'attendees' },
  minutes: { zh: '会议纪要', en: 'minutes' },
  text: { zh: '纪要文字', en: 'text' },
  drafts: { zh: '拟生成事项', en: 'drafts' },
  leadUnitId: { zh: '牵头单位', en: 'lead unit' },
  cooperatingUnitIds: { zh: '配合单位', en: 'cooperating units' },
  splitUnitIds: { zh: '分解到的单位', en: 'units to split to' },
  q: { zh: '搜索词', en: 'search words' },
  page: { zh: '页码', en: 'page' },
  pageSize: { zh: '每页条数', en: 'page size' },
  asOf: { zh: '统计日期', en: 'as-of date' },
};

/**
 * Fields no user fills in: the version the client read, ids in the address.
 * A detail about them reads without a field name (the message says it all).
 */
const UNNAMED = new Set(['version', 'id', 'fileHash']);

/** Rows of a list, by the list's name: 「第2项」 unless the list has its own word. */
const ROW_WORDS: Record<string, Words> = {
  responsibilities: { zh: '第{n}个单位', en: 'unit {n}' },
  milestones: { zh: '第{n}个节点', en: 'milestone {n}' },
  targets: { zh: '第{n}项指标', en: 'target {n}' },
  drafts: { zh: '第{n}条', en: 'draft {n}' },
  robots: { zh: '第{n}个', en: 'robot {n}' },
};

const fill = (s: string, n: number) => s.replace('{n}', String(n));

/**
 * The label of a field path in `lang`, or null when the path names no field a
 * user fills in: `responsibilities.1.role` → 「责任分工第2个单位的责任类型」.
 * A segment missing from the table keeps the nearest label found before it.
 */
export function fieldLabel(field: string | undefined, lang: Lang): string | null {
  if (!field) return null;
  const parts = field
    .replace(/^(body|query|params)\./, '')
    .split('.')
    .filter(Boolean);
  if (parts.length === 0 || parts.every((p) => UNNAMED.has(p) || /^\d+$/.test(p))) return null;
  const words: string[] = [];
  let list: string | null = null;
  for (const p of parts) {
    if (/^\d+$/.test(p)) {
      const row = (list ? ROW_WORDS[list] : undefined) ?? { zh: '第{n}项', en: 'entry {n}' };
      words.push(fill(row[lang], Number(p) + 1));
      continue;
    }
    const label = FIELD_LABELS[p];
    if (label) words.push(label[lang]);
    list = p;
  }
  if (!words.length) return null;
  if (lang === 'zh') {
    // 「责任分工」「第2个单位」「责任类型」 → 责任分工第2个单位的责任类型
    return words.reduce((acc, w) => (acc === '' ? w : /^第/.test(w) ? acc + w : `${acc}的${w}`), '');
  }
  // "responsibilities", "unit 2", "role" → "role of unit 2 of responsibilities" reads poorly; name the row only.
  const last = words[words.length - 1] as string;
  const row = [...words].reverse().find((w) => /\d/.test(w));
  const text = row && row !== last ? `${last} (${row})` : last;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What is wrong with a field, from its validation key: a phrase after the label and a colon. */
export const KEY_WORDS: Record<ValidationKey, Words> = {
  required: { zh: '必填', en: 'required' },
  too_short: { zh: '至少 {n} 个字', en: 'at least {n} characters' },
  too_long: { zh: '最多 {n} 个字', en: 'at most {n} characters' },
  too_small: { zh: '不能小于 {n}', en: 'at least {n}' },
  too_big: { zh: '不能大于 {n}', en: 'at most {n}' },
  too_few: { zh: '至少 {n} 项', en: 'at least {n} entries' },
  too_many: { zh: '最多 {n} 项', en: 'at most {n} entries' },
  invalid: { zh: '格式不正确', en: 'not in a form that can be read' },
  number: { zh: '请填写数字', en: 'enter a number' },
  integer: { zh: '请填写整数', en: 'enter a whole number' },
  email: { zh: '电子邮箱地址格式不正确', en: 'not a valid e-mail address' },
  choose: { zh: '请从列表中选择', en: 'choose one of the listed values' },
  invalid_date: { zh: '请填写有效日期（如 2026-12-31）', en: 'enter a valid date (such as 2026-12-31)' },
  ledger_code: { zh: '请填写 1–6 个大写字母', en: '1–6 capital letters' },
  username_chars: { zh: '只能包含字母、数字及 _ . -', en: 'letters, digits and _ . - only' },
};

/** The phrase for a validation key with its bound filled in. */
export function keyWords(key: ValidationKey, params: ValidationParams | undefined, lang: Lang): string {
  return KEY_WORDS[key][lang].replace('{n}', String(params?.n ?? ''));
}

/**
 * One detail as a sentence a person reads: the field's label, then what is
 * wrong — 「标题：最多 200 个字」, "Title: at most 200 characters". A field no
 * user fills in (the version) is not named.
 */
export function detailProse(d: Pick<ErrorDetail, 'field' | 'message'>, lang: Lang): string {
  const label = fieldLabel(d.field, lang);
  return label ? `${label}${lang === 'zh' ? '：' : ': '}${d.message}` : d.message;
}

/**
 * The one-line message of an error: what happened (the code's words) and, when
 * the first detail names a field, that field in words. The server's answer and
 * the web's display both come from here.
 */
export function errorProse(
  code: ErrorCode,
  details: readonly Pick<ErrorDetail, 'field' | 'message'>[],
  lang: Lang,
) {
  const head = ERRORS[code][lang];
  const first = details[0];
  // A detail about a field nobody fills in (a stale version) only repeats the head.
  if (!first || (first.field && !fieldLabel(first.field, lang))) return head;
  return `${head}${lang === 'zh' ? '：' : ': '}${detailProse(first, lang)}`;
}
