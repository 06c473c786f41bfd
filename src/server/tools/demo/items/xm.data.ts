/**
 * Demo items of the ledger 重点项目运作 (XM).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const XM_ITEMS: DemoItem[] = [
  {
    ledgerKey: 'xm',
    title: '全年重点项目完成投资',
    source: 'document',
    sourceRef: '二七政〔2026〕1号',
    goal: '全区82个市、区重点项目全年完成投资320亿元，按月调度、按季考核。',
    targets: [{ name: '完成投资', unit: '亿元', targetValue: 320, baselineValue: 0 }],
    priority: 'high',
    cadence: 'monthly',
    startDate: '2026-01-05',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'fgw', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'fgw-d', responsibleKey: 'fgw-r2' },
      {
        unitKey: 'czj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'czj-d',
        responsibleKey: 'czj-r1',
      },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
      },
    ],
    milestones: [
      { title: '一季度完成70亿元', plannedOffsetDays: 85 }, // 2026-03-31
      { title: '上半年完成150亿元', plannedOffsetDays: 176 }, // 2026-06-30
      { title: '前三季度完成240亿元', plannedOffsetDays: 268 }, // 2026-09-30
      { title: '完成全年目标', plannedOffsetDays: 360 }, // 2026-12-31
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'xm',
    title: '产业集聚区“一星级”各项指标完成',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕9号',
    goal: '经济运行稳中有升，确保超额完成全年任务目标和省“一星级”产业集聚区各项指标。',
    targets: [
      { name: '主营业务收入', unit: '亿元', targetValue: 260, baselineValue: 0 },
      { name: '规上工业增加值增速', unit: '%', targetValue: 8.5, baselineValue: 0 },
    ],
    priority: 'high',
    cadence: 'monthly',
    startDate: '2026-01-10',
    dueDate: '2026-12-31',
    responsibilities: [
      {
        unitKey: 'mzgwh',
        role: 'lead',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
      {
        unitKey: 'fgw',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'fgw-d',
        responsibleKey: 'fgw-r1',
      },
    ],
    milestones: [
      { title: '一季度指标调度', plannedOffsetDays: 80 }, // 2026-03-31
      { title: '半年指标评估', plannedOffsetDays: 171 }, // 2026-06-30
      { title: '三季度指标评估', plannedOffsetDays: 263 }, // 2026-09-30
      { title: '全年指标完成', plannedOffsetDays: 355 }, // 2026-12-31
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'xm',
    title: '争创“二星级”产业集聚区提早谋划',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕9号',
    goal: '围绕争创“二星级”产业集聚区，对标指标体系想办法、拿措施，形成创建方案报区委、区政府。',
    targets: [],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-11-20',
    dueDate: '2027-03-31',
    responsibilities: [
      {
        unitKey: 'mzgwh',
        role: 'lead',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r2',
      },
      {
        unitKey: 'fgw',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'fgw-d',
        responsibleKey: 'fgw-r1',
      },
      {
        unitKey: 'zsj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'zsj-d',
        responsibleKey: 'zsj-r1',
      },
    ],
    milestones: [
      { title: '指标差距分析', plannedOffsetDays: 35 }, // 2026-12-25
      { title: '创建方案初稿', plannedOffsetDays: 87 }, // 2027-02-15
      { title: '报区委、区政府审定', plannedOffsetDays: 125 }, // 2027-03-25
    ],
    scenario: 'assigned',
  },
  {
    ledgerKey: 'xm',
    title: '马寨智能装备产业园一期竣工投产',
    source: 'document',
    sourceRef: '二七政〔2026〕1号',
    goal: '智能装备产业园一期12万平方米标准化厂房8月底前竣工，首批企业入驻投产。',
    targets: [{ name: '竣工厂房', unit: '万平方米', targetValue: 12, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-01-10',
    dueDate: '2026-08-31',
    responsibilities: [
      {
        unitKey: 'mzgwh',
        role: 'lead',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
      },
      {
        unitKey: 'zsj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'zsj-d',
        responsibleKey: 'zsj-r1',
      },
    ],
    milestones: [
      { title: '主体封顶', plannedOffsetDays: 110 }, // 2026-04-30
      { title: '配套工程完成', plannedOffsetDays: 171 }, // 2026-06-30
      { title: '竣工验收', plannedOffsetDays: 217 }, // 2026-08-15
      { title: '首批企业入驻', plannedOffsetDays: 230 }, // 2026-08-28
    ],
    scenario: 'completed_late',
  },
  {
    ledgerKey: 'xm',
    title: '南四环外侧市政路网建设',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕5号',
    goal: '建设南四环外侧7条市政道路，年底前4条建成通车。',
    targets: [{ name: '建成通车道路', unit: '条', targetValue: 4, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'jtj', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'jtj-d', responsibleKey: 'jtj-r1' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
      },
      {
        unitKey: 'hzx',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
    ],
    milestones: [
      { title: '全线开工', plannedOffsetDays: 45 }, // 2026-04-15
      { title: '2条道路通车', plannedOffsetDays: 183 }, // 2026-08-31
      { title: '3条道路通车', plannedOffsetDays: 249 }, // 2026-11-05
      { title: '4条道路通车', plannedOffsetDays: 299 }, // 2026-12-25
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'xm',
    title: '二七区人民医院新院区建设',
    source: 'document',
    sourceRef: '二七政〔2026〕1号',
    goal: '二七区人民医院新院区主体工程年底前封顶，2027年6月底前完成内部装修。',
    targets: [{ name: '完成投资', unit: '亿元', targetValue: 5.6, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-02-01',
    dueDate: '2027-06-30',
    responsibilities: [
      { unitKey: 'wjw', role: 'lead', leaderKey: 'ld-wj', deputyKey: 'wjw-d', responsibleKey: 'wjw-r1' },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
      },
      {
        unitKey: 'czj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'czj-d',
        responsibleKey: 'czj-r1',
      },
    ],
    milestones: [
      { title: '桩基完成', plannedOffsetDays: 88 }, // 2026-04-30
      { title: '主体施工至8层', plannedOffsetDays: 241 }, // 2026-09-30
      { title: '主体封顶', plannedOffsetDays: 327 }, // 2026-12-25
      { title: '内部装修完成', plannedOffsetDays: 504 }, // 2027-06-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'xm',
    title: '重点项目前期手续并联审批',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕2号',
    goal: '建立重点项目前期手续“一次告知、并联审批、限时办结”机制，年度新开工项目手续一季度内全部办结。',
    targets: [{ name: '办结项目', unit: '个', targetValue: 24, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-01-10',
    dueDate: '2026-03-31',
    responsibilities: [
      { unitKey: 'fgw', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'fgw-d', responsibleKey: 'fgw-r1' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
      },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
      },
    ],
    milestones: [
      { title: '机制印发', plannedOffsetDays: 15 }, // 2026-01-25
      { title: '办结12个', plannedOffsetDays: 49 }, // 2026-02-28
      { title: '全部办结', plannedOffsetDays: 75 }, // 2026-03-26
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'xm',
    title: '嵩山路南延跨南四环桥梁工程',
    source: 'upper',
    sourceRef: '市督察室交办件〔2026〕19号',
    goal: '嵩山路南延跨南四环桥梁10月底前完成主体施工。',
    targets: [],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-03-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'jtj', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'jtj-d', responsibleKey: 'jtj-r1' },
      {
        unitKey: 'zsb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
      },
      {
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r2',
      },
    ],
    milestones: [
      { title: '下部结构完成', plannedOffsetDays: 91 }, // 2026-05-31
      { title: '上部结构完成', plannedOffsetDays: 183 }, // 2026-08-31
      { title: '桥面系施工', plannedOffsetDays: 228 }, // 2026-10-15
      { title: '主体完工', plannedOffsetDays: 241 }, // 2026-10-28
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'xm',
    title: '马寨污水处理厂提标改造',
    source: 'upper',
    sourceRef: '市督察室交办件〔2026〕22号',
    goal: '马寨污水处理厂完成提标改造，出水达到地表水Ⅳ类标准。',
    targets: [{ name: '处理规模', unit: '万吨/日', targetValue: 5, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-03-15',
    dueDate: '2026-12-03',
    responsibilities: [
      { unitKey: 'slj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'slj-d', responsibleKey: 'slj-r1' },
      {
        unitKey: 'mzgwh',
        role: 'cooperating',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
      {
        unitKey: 'hbj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'hbj-d',
        responsibleKey: 'hbj-r1',
      },
    ],
    milestones: [
      { title: '设备采购', plannedOffsetDays: 77 }, // 2026-05-31
      { title: '土建完工', plannedOffsetDays: 169 }, // 2026-08-31
      { title: '设备安装', plannedOffsetDays: 230 }, // 2026-10-31
      { title: '调试运行', plannedOffsetDays: 250 }, // 2026-11-20
      { title: '达标验收', plannedOffsetDays: 262 }, // 2026-12-02
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'xm',
    title: '二七商圈地下空间综合开发',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕12号',
    goal: '推进二七商圈地下空间综合开发项目前期工作，年底前完成规划审批和土地手续。',
    targets: [],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    responsibilities: [
      {
        unitKey: 'sqgwh',
        role: 'lead',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
      },
      {
        unitKey: 'fgw',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'fgw-d',
        responsibleKey: 'fgw-r1',
      },
    ],
    milestones: [
      { title: '概念方案', plannedOffsetDays: 60 }, // 2026-05-31
      { title: '规划设计方案', plannedOffsetDays: 152 }, // 2026-08-31
      { title: '规划审批', plannedOffsetDays: 219 }, // 2026-11-06
      { title: '土地手续办结', plannedOffsetDays: 268 }, // 2026-12-25
    ],
    scenario: 'suspended',
  },
  {
    ledgerKey: 'xm',
    title: '侯寨乡3所中小学新建项目',
    source: 'document',
    sourceRef: '二七政〔2026〕1号',
    goal: '新建侯寨乡3所中小学，8月25日前竣工，确保秋季如期开学。',
    targets: [{ name: '新建学校', unit: '所', targetValue: 3, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-01-15',
    dueDate: '2026-08-25',
    responsibilities: [
      { unitKey: 'jty', role: 'lead', leaderKey: 'ld-wj', deputyKey: 'jty-d', responsibleKey: 'jty-r2' },
      {
        unitKey: 'hzx',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
      },
    ],
    milestones: [
      { title: '主体完工', plannedOffsetDays: 105 }, // 2026-04-30
      { title: '装饰装修', plannedOffsetDays: 166 }, // 2026-06-30
      { title: '设备安装', plannedOffsetDays: 207 }, // 2026-08-10
      { title: '竣工验收', plannedOffsetDays: 217 }, // 2026-08-20
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'xm',
    title: '四季度重点项目“百日攻坚”',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕18号',
    goal: '开展重点项目四季度“百日攻坚”行动，推动在建项目加快形象进度、拟开工项目全部开工。',
    targets: [{ name: '新开工项目', unit: '个', targetValue: 15, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-09-20',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'fgw', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'fgw-d', responsibleKey: 'fgw-r1' },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
      },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
      },
    ],
    milestones: [
      { title: '攻坚方案印发', plannedOffsetDays: 8 }, // 2026-09-28
      { title: '第一阶段调度', plannedOffsetDays: 41 }, // 2026-10-31
      { title: '第二阶段调度', plannedOffsetDays: 68 }, // 2026-11-27
      { title: '年终总结', plannedOffsetDays: 99 }, // 2026-12-28
    ],
    scenario: 'on_track',
  },
];
