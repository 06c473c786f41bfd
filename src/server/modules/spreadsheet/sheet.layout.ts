import type { TemplateOut } from '../../../core/schemas/template.js';

/**
 * The columns of a ledger as offices print it, built from the ledger's
 * template. Export writes them; import recognises them by their words (the
 * header and the aliases offices use), wherever they stand in the sheet.
 */
export type ColumnKind =
  | { kind: 'seq' }
  | { kind: 'code' }
  | { kind: 'parent' }
  | { kind: 'title' }
  | { kind: 'source' }
  | { kind: 'sourceRef' }
  | { kind: 'goal' }
  | { kind: 'kpi'; name: string; unit: string }
  | { kind: 'lead' }
  | { kind: 'coop' }
  | { kind: 'leader' }
  | { kind: 'deputy' }
  | { kind: 'responsible' }
  | { kind: 'start' }
  | { kind: 'due' }
  | { kind: 'milestone'; title: string }
  | { kind: 'milestones' }
  | { kind: 'field'; key: string }
  | { kind: 'priority' }
  | { kind: 'cadence' }
  // Written for reading only; import ignores them (status and light follow from the lifecycle).
  | { kind: 'progress' }
  | { kind: 'status' }
  | { kind: 'light' };

export interface Column {
  header: string;
  /** The merged header over this column and its neighbours of the same group. */
  group?: string;
  /** Width in characters; a Chinese character counts about two. */
  width: number;
  /** Other words offices head this column with. */
  aliases: string[];
  /** Date cells are written as dates in the Chinese way. */
  date?: boolean;
  spec: ColumnKind;
}

export const RESPONSIBILITY_GROUP = '责任分工';
export const SCHEDULE_GROUP = '时间表';
export const ROADMAP_GROUP = '路线图';
export const KPI_GROUP = '量化指标';
export const FIELDS_GROUP = '台账信息';
export const OTHER_MILESTONES = '其他节点';

const withUnit = (label: string, unit: string) => (unit ? `${label}（${unit}）` : label);

export function ledgerColumns(template: Pick<TemplateOut, 'fields' | 'milestones' | 'kpis'>): Column[] {
  const cols: Column[] = [
    { header: '序号', width: 6, aliases: ['序 号', 'No.'], spec: { kind: 'seq' } },
    { header: '事项编号', width: 16, aliases: ['编号', '事项代码', '代码'], spec: { kind: 'code' } },
    {
      // A sub-item (分解的子事项) names its parent by code; one level only.
      header: '上级事项编号',
      width: 16,
      aliases: ['上级编号', '上级事项', '所属事项编号', '父事项编号', '主事项编号'],
      spec: { kind: 'parent' },
    },
    {
      header: '重点工作事项',
      width: 28,
      aliases: [
        '事项名称',
        '工作事项',
        '重点工作',
        '工作任务',
        '任务名称',
        '项目名称',
        '督办事项',
        '事项',
        '名称',
      ],
      spec: { kind: 'title' },
    },
    { header: '事项来源', width: 10, aliases: ['来源', '任务来源'], spec: { kind: 'source' } },
    { header: '来源文号', width: 18, aliases: ['文号', '依据', '来源依据'], spec: { kind: 'sourceRef' } },
    {
      header: '目标任务',
      width: 36,
      aliases: ['工作目标', '目标', '任务书', '具体目标', '主要内容', '工作内容', '目标要求'],
      spec: { kind: 'goal' },
    },
    ...template.kpis.map(
      (k): Column => ({
        header: withUnit(k.name, k.unit),
        group: KPI_GROUP,
        width: 12,
        aliases: [k.name],
        spec: { kind: 'kpi', name: k.name, unit: k.unit },
      }),
    ),
    {
      header: '牵头单位',
      group: RESPONSIBILITY_GROUP,
      width: 16,
      aliases: ['责任单位', '主办单位', '牵头部门', '牵头责任单位'],
      spec: { kind: 'lead' },
    },
    {
      header: '配合单位',
      group: RESPONSIBILITY_GROUP,
      width: 18,
      aliases: ['协办单位', '配合部门', '配合责任单位'],
      spec: { kind: 'coop' },
    },
    {
      header: '主管领导',
      group: RESPONSIBILITY_GROUP,
      width: 10,
      aliases: ['责任领导', '包抓领导', '分管区领导', '牵头领导'],
      spec: { kind: 'leader' },
    },
    {
      header: '分管副职',
      group: RESPONSIBILITY_GROUP,
      width: 10,
      aliases: ['分管负责人', '分管领导'],
      spec: { kind: 'deputy' },
    },
    {
      header: '具体责任人',
      group: RESPONSIBILITY_GROUP,
      width: 10,
      aliases: ['责任人', '经办人', '联系人'],
      spec: { kind: 'responsible' },
    },
    {
      header: '开始',
      group: SCHEDULE_GROUP,
      width: 16,
      aliases: ['开始时间', '开始日期', '启动时间'],
      date: true,
      spec: { kind: 'start' },
    },
    {
      header: '时限',
      group: SCHEDULE_GROUP,
      width: 16,
      aliases: ['完成时限', '截止时间', '截止日期', '完成时间', '办结时限', '时间节点'],
      date: true,
      spec: { kind: 'due' },
    },
    ...template.milestones.map(
      (m): Column => ({
        header: m.title,
        group: ROADMAP_GROUP,
        width: 16,
        aliases: [],
        date: true,
        spec: { kind: 'milestone', title: m.title },
      }),
    ),
    {
      header: template.milestones.length ? OTHER_MILESTONES : '节点',
      group: ROADMAP_GROUP,
      width: 32,
      aliases: ['路线图', '工作节点', '推进计划', '节点', OTHER_MILESTONES],
      spec: { kind: 'milestones' },
    },
    ...template.fields.map(
      (f): Column => ({
        header: withUnit(f.label, f.unit),
        group: FIELDS_GROUP,
        width: f.type === 'text' ? 20 : f.type === 'date' ? 15 : 10,
        aliases: [f.label],
        date: f.type === 'date',
        spec: { kind: 'field', key: f.key },
      }),
    ),
    { header: '优先级', width: 8, aliases: [], spec: { kind: 'priority' } },
    { header: '汇报周期', width: 10, aliases: ['报送周期', '反馈周期'], spec: { kind: 'cadence' } },
    { header: '进度（%）', width: 9, aliases: ['进度', '完成进度'], spec: { kind: 'progress' } },
    { header: '状态', width: 9, aliases: ['办理状态'], spec: { kind: 'status' } },
    { header: '亮灯', width: 7, aliases: ['预警', '灯'], spec: { kind: 'light' } },
  ];
  return cols;
}

/** Header text as compared: no spaces, line breaks or full-width brackets' difference. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[（(]/g, '（')
    .replace(/[）)]/g, '）')
    .replace(/[:：]$/, '');
}
