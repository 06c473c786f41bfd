/**
 * Demo items of the economy and governance ledgers: 重点项目运作, 招商引资, 土地出让, 社会维稳, 安全生产,
 * 全面从严治党. Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from './district-data.js';

export const ECONOMY_ITEMS: DemoItem[] = [
  // ─── 重点项目运作 (XM) ───
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
    sourceRef: '市督查室交办件〔2026〕19号',
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
    sourceRef: '市督查室交办件〔2026〕22号',
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
  // ─── 招商引资 (ZS) ───
  {
    ledgerKey: 'zs',
    title: '全年实际利用省外资金',
    source: 'document',
    sourceRef: '二七政〔2026〕1号',
    goal: '全年实际利用省外资金105亿元以上，按季度分解到责任单位。',
    targets: [{ name: '利用省外资金', unit: '亿元', targetValue: 105, baselineValue: 0 }],
    priority: 'high',
    cadence: 'monthly',
    startDate: '2026-01-05',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zsj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'zsj-d', responsibleKey: 'zsj-r1' },
      {
        unitKey: 'swj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'swj-d',
        responsibleKey: 'swj-r1',
      },
    ],
    milestones: [
      { title: '一季度完成25亿元', plannedOffsetDays: 85 }, // 2026-03-31
      { title: '上半年完成55亿元', plannedOffsetDays: 176 }, // 2026-06-30
      { title: '前三季度完成80亿元', plannedOffsetDays: 268 }, // 2026-09-30
      { title: '完成全年目标', plannedOffsetDays: 360 }, // 2026-12-31
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zs',
    title: '全年实际利用外资',
    source: 'document',
    sourceRef: '二七政〔2026〕1号',
    goal: '全年实际利用外资2.6亿美元。',
    targets: [{ name: '利用外资', unit: '亿美元', targetValue: 2.6, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-01-05',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'swj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'swj-d', responsibleKey: 'swj-r1' },
      {
        unitKey: 'zsj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'zsj-d',
        responsibleKey: 'zsj-r1',
      },
    ],
    milestones: [
      { title: '一季度完成0.6亿美元', plannedOffsetDays: 85 }, // 2026-03-31
      { title: '上半年完成1.3亿美元', plannedOffsetDays: 176 }, // 2026-06-30
      { title: '前三季度完成2亿美元', plannedOffsetDays: 268 }, // 2026-09-30
      { title: '完成全年目标', plannedOffsetDays: 360 }, // 2026-12-31
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zs',
    title: '与华侨城集团文旅项目合作洽谈',
    source: 'instruction',
    sourceRef: '区委书记批示',
    goal: '以企业考察为契机，深入洽谈文旅合作事宜，打造区域差异化文化旅游品牌，年底前签订合作框架协议。',
    targets: [],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-07-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zsj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'zsj-d', responsibleKey: 'zsj-r2' },
      {
        unitKey: 'ytg',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'ytg-d',
        responsibleKey: 'ytg-r1',
      },
      {
        unitKey: 'wgx',
        role: 'cooperating',
        leaderKey: 'ld-wj',
        deputyKey: 'wgx-d',
        responsibleKey: 'wgx-r1',
      },
    ],
    milestones: [
      { title: '项目策划', plannedOffsetDays: 45 }, // 2026-08-15
      { title: '企业考察对接', plannedOffsetDays: 106 }, // 2026-10-15
      { title: '合作方案磋商', plannedOffsetDays: 135 }, // 2026-11-13
      { title: '签订框架协议', plannedOffsetDays: 177 }, // 2026-12-25
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'zs',
    title: '新引进亿元以上项目',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕6号',
    goal: '全年新引进亿元以上项目12个，11月20日前全部完成签约。',
    targets: [{ name: '亿元以上项目', unit: '个', targetValue: 12, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-02-01',
    dueDate: '2026-11-20',
    responsibilities: [
      { unitKey: 'zsj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'zsj-d', responsibleKey: 'zsj-r1' },
      {
        unitKey: 'mzgwh',
        role: 'cooperating',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
      {
        unitKey: 'sqgwh',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
    ],
    milestones: [
      { title: '签约4个', plannedOffsetDays: 119 }, // 2026-05-31
      { title: '签约8个', plannedOffsetDays: 211 }, // 2026-08-31
      { title: '签约10个', plannedOffsetDays: 272 }, // 2026-10-31
      { title: '全部签约', plannedOffsetDays: 290 }, // 2026-11-18
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'zs',
    title: '京津冀、长三角专题招商活动',
    source: 'document',
    sourceRef: '二七招〔2026〕3号',
    goal: '赴京津冀、长三角开展专题招商活动不少于4次，对接重点企业50家。',
    targets: [{ name: '对接重点企业', unit: '家', targetValue: 50, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-06-30',
    responsibilities: [
      { unitKey: 'zsj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'zsj-d', responsibleKey: 'zsj-r2' },
      {
        unitKey: 'swj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'swj-d',
        responsibleKey: 'swj-r1',
      },
    ],
    milestones: [
      { title: '活动方案', plannedOffsetDays: 19 }, // 2026-03-20
      { title: '京津冀专题招商', plannedOffsetDays: 60 }, // 2026-04-30
      { title: '长三角专题招商', plannedOffsetDays: 111 }, // 2026-06-20
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'zs',
    title: '马寨产业集聚区签约项目落地开工',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕4号',
    goal: '推动集聚区已签约的6个项目9月底前落地开工。',
    targets: [{ name: '落地开工项目', unit: '个', targetValue: 6, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-09-30',
    responsibilities: [
      {
        unitKey: 'mzgwh',
        role: 'lead',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r2',
      },
      {
        unitKey: 'zsj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'zsj-d',
        responsibleKey: 'zsj-r1',
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
      { title: '供地方案', plannedOffsetDays: 60 }, // 2026-04-30
      { title: '开工3个', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '开工5个', plannedOffsetDays: 183 }, // 2026-08-31
      { title: '全部开工', plannedOffsetDays: 208 }, // 2026-09-25
    ],
    scenario: 'completed_late',
  },
  {
    ledgerKey: 'zs',
    title: '二七商圈空置楼宇去化',
    source: 'instruction',
    sourceRef: '区长批示',
    goal: '盘活二七商圈空置商务楼宇12万平方米，引进楼宇经济企业。',
    targets: [{ name: '去化面积', unit: '万平方米', targetValue: 12, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-01',
    dueDate: '2026-12-04',
    responsibilities: [
      {
        unitKey: 'sqgwh',
        role: 'lead',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
      {
        unitKey: 'swj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'swj-d',
        responsibleKey: 'swj-r1',
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
      { title: '空置楼宇摸底', plannedOffsetDays: 29 }, // 2026-04-30
      { title: '去化5万平方米', plannedOffsetDays: 121 }, // 2026-07-31
      { title: '去化10万平方米', plannedOffsetDays: 213 }, // 2026-10-31
      { title: '全部完成', plannedOffsetDays: 244 }, // 2026-12-01
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'zs',
    title: '区域性总部企业引进',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕6号',
    goal: '引进区域性总部企业8家，落地注册并纳入统计。',
    targets: [{ name: '引进总部企业', unit: '家', targetValue: 8, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-02-15',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'swj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'swj-d', responsibleKey: 'swj-r1' },
      {
        unitKey: 'zsj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'zsj-d',
        responsibleKey: 'zsj-r1',
      },
    ],
    milestones: [
      { title: '目标企业清单', plannedOffsetDays: 44 }, // 2026-03-31
      { title: '引进3家', plannedOffsetDays: 135 }, // 2026-06-30
      { title: '引进6家', plannedOffsetDays: 227 }, // 2026-09-30
      { title: '全部引进', plannedOffsetDays: 308 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zs',
    title: '招商项目履约情况清查',
    source: 'upper',
    sourceRef: '市督查室交办件〔2026〕11号',
    goal: '对近三年签约招商项目逐一清查履约情况，建立问题清单并督促整改。',
    targets: [{ name: '清查项目', unit: '个', targetValue: 64, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zsj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'zsj-d', responsibleKey: 'zsj-r2' },
      {
        unitKey: 'fgw',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'fgw-d',
        responsibleKey: 'fgw-r1',
      },
    ],
    milestones: [
      { title: '清查方案', plannedOffsetDays: 19 }, // 2026-04-20
      { title: '清查完成', plannedOffsetDays: 136 }, // 2026-08-15
      { title: '问题整改过半', plannedOffsetDays: 233 }, // 2026-11-20
      { title: '问题整改销号', plannedOffsetDays: 268 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zs',
    title: '非公企业投资服务“一对一”帮扶',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕8号',
    goal: '围绕“两个健康”，组织区工商联对100家重点非公企业开展“一对一”帮扶，协调解决企业投资难题。',
    targets: [{ name: '帮扶企业', unit: '家', targetValue: 100, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'gsl', role: 'lead', leaderKey: 'ld-zzb', deputyKey: 'gsl-d', responsibleKey: 'gsl-r1' },
      {
        unitKey: 'zsj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'zsj-d',
        responsibleKey: 'zsj-r1',
      },
      {
        unitKey: 'swj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'swj-d',
        responsibleKey: 'swj-r1',
      },
    ],
    milestones: [
      { title: '建立帮扶台账', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '帮扶50家', plannedOffsetDays: 152 }, // 2026-07-31
      { title: '帮扶80家', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '全年总结', plannedOffsetDays: 299 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zs',
    title: '赴港澳地区招商推介',
    source: 'document',
    sourceRef: '二七招〔2026〕5号',
    goal: '组织赴港澳地区开展招商推介，对接金融、商贸类企业20家。',
    targets: [{ name: '对接企业', unit: '家', targetValue: 20, baselineValue: 0 }],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-08-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zsj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'zsj-d', responsibleKey: 'zsj-r1' },
      {
        unitKey: 'swj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'swj-d',
        responsibleKey: 'swj-r1',
      },
    ],
    milestones: [
      { title: '推介方案', plannedOffsetDays: 45 }, // 2026-09-15
      { title: '行程报批', plannedOffsetDays: 75 }, // 2026-10-15
      { title: '推介活动', plannedOffsetDays: 126 }, // 2026-12-05
      { title: '项目跟踪', plannedOffsetDays: 146 }, // 2026-12-25
    ],
    scenario: 'cancelled',
  },
  // ─── 土地出让 (TD) ───
  {
    ledgerKey: 'td',
    title: '全年土地出让收入',
    source: 'document',
    sourceRef: '二七政〔2026〕1号',
    goal: '全年完成土地出让收入80亿元，确保实现土地要素突破。',
    targets: [{ name: '出让收入', unit: '亿元', targetValue: 80, baselineValue: 0 }],
    priority: 'high',
    cadence: 'monthly',
    startDate: '2026-01-05',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'gtj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'gtj-d', responsibleKey: 'gtj-r2' },
      {
        unitKey: 'czj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'czj-d',
        responsibleKey: 'czj-r1',
      },
    ],
    milestones: [
      { title: '一季度完成15亿元', plannedOffsetDays: 85 }, // 2026-03-31
      { title: '上半年完成35亿元', plannedOffsetDays: 176 }, // 2026-06-30
      { title: '前三季度完成55亿元', plannedOffsetDays: 268 }, // 2026-09-30
      { title: '完成全年目标', plannedOffsetDays: 360 }, // 2026-12-31
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'td',
    title: '马寨土地运作',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕9号',
    goal: '思想认识到位、不留余地全力推进马寨土地运作，领导干部发挥“拔钉子”精神，克难攻坚，年底前完成600亩土地收储上市。',
    targets: [{ name: '收储上市', unit: '亩', targetValue: 600, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-02-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-bzr', deputyKey: 'mzz-d', responsibleKey: 'mzz-r2' },
      {
        unitKey: 'mzgwh',
        role: 'undertaking',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
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
      { title: '土地清表', plannedOffsetDays: 88 }, // 2026-04-30
      { title: '收储200亩', plannedOffsetDays: 180 }, // 2026-07-31
      { title: '收储450亩', plannedOffsetDays: 261 }, // 2026-10-20
      { title: '挂牌上市', plannedOffsetDays: 322 }, // 2026-12-20
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'td',
    title: '侯寨乡G-03地块挂牌出让',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕16号',
    goal: '侯寨乡G-03地块完成净地验收、规划条件出具和挂牌出让，12月初成交。',
    targets: [{ name: '出让面积', unit: '亩', targetValue: 86, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-06-01',
    dueDate: '2026-12-02',
    responsibilities: [
      { unitKey: 'gtj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'gtj-d', responsibleKey: 'gtj-r1' },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-cw',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
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
      { title: '净地验收', plannedOffsetDays: 60 }, // 2026-07-31
      { title: '规划条件出具', plannedOffsetDays: 106 }, // 2026-09-15
      { title: '挂牌公告', plannedOffsetDays: 153 }, // 2026-11-01
      { title: '挂牌成交', plannedOffsetDays: 183 }, // 2026-12-01
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'td',
    title: '长江路片区储备土地净地移交',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕11号',
    goal: '完成长江路片区储备土地清表、围挡和净地移交。',
    targets: [{ name: '净地移交', unit: '亩', targetValue: 132, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'cjl', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'cjl-d', responsibleKey: 'cjl-r1' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r2',
      },
      {
        unitKey: 'zsb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
      },
    ],
    milestones: [
      { title: '地上物清表', plannedOffsetDays: 90 }, // 2026-06-30
      { title: '围挡设置', plannedOffsetDays: 152 }, // 2026-08-31
      { title: '净地验收', plannedOffsetDays: 202 }, // 2026-10-20
      { title: '移交土地储备中心', plannedOffsetDays: 212 }, // 2026-10-30
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'td',
    title: '建设用地组卷报批',
    source: 'document',
    sourceRef: '二七政〔2026〕3号',
    goal: '完成1200亩建设用地组卷报批，9月底前取得省政府批复。',
    targets: [{ name: '组卷报批', unit: '亩', targetValue: 1200, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-01-10',
    dueDate: '2026-09-30',
    responsibilities: [
      { unitKey: 'gtj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'gtj-d', responsibleKey: 'gtj-r1' },
      {
        unitKey: 'mzz',
        role: 'cooperating',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
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
      { title: '勘测定界', plannedOffsetDays: 64 }, // 2026-03-15
      { title: '组卷上报', plannedOffsetDays: 141 }, // 2026-05-31
      { title: '省厅审查', plannedOffsetDays: 217 }, // 2026-08-15
      { title: '取得批复', plannedOffsetDays: 258 }, // 2026-09-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'td',
    title: '批而未供和闲置土地处置',
    source: 'upper',
    sourceRef: '省国土资源厅交办件〔2026〕4号',
    goal: '处置批而未供和闲置土地9宗，8月底前完成。',
    targets: [{ name: '处置宗数', unit: '宗', targetValue: 9, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-02-01',
    dueDate: '2026-08-31',
    responsibilities: [
      { unitKey: 'gtj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'gtj-d', responsibleKey: 'gtj-r2' },
      {
        unitKey: 'fgw',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'fgw-d',
        responsibleKey: 'fgw-r1',
      },
    ],
    milestones: [
      { title: '核查认定', plannedOffsetDays: 58 }, // 2026-03-31
      { title: '处置5宗', plannedOffsetDays: 149 }, // 2026-06-30
      { title: '全部处置', plannedOffsetDays: 205 }, // 2026-08-25
    ],
    scenario: 'completed_late',
  },
  {
    ledgerKey: 'td',
    title: '土地出让金收缴入库',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕11号',
    goal: '对已成交地块出让金按合同约定及时收缴入库，欠缴清零。',
    targets: [{ name: '收缴入库', unit: '亿元', targetValue: 60, baselineValue: 0 }],
    priority: 'high',
    cadence: 'monthly',
    startDate: '2026-02-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'czj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'czj-d', responsibleKey: 'czj-r1' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
      },
    ],
    milestones: [
      { title: '建立收缴台账', plannedOffsetDays: 42 }, // 2026-03-15
      { title: '收缴30亿元', plannedOffsetDays: 180 }, // 2026-07-31
      { title: '收缴50亿元', plannedOffsetDays: 272 }, // 2026-10-31
      { title: '欠缴清零', plannedOffsetDays: 327 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'td',
    title: '2027年度土地储备和供应计划编制',
    source: 'other',
    sourceRef: null,
    goal: '编制2027年度土地储备和供应计划，报区政府审定。',
    targets: [],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-12-01',
    dueDate: '2027-01-31',
    responsibilities: [
      { unitKey: 'gtj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'gtj-d', responsibleKey: 'gtj-r1' },
      {
        unitKey: 'fgw',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'fgw-d',
        responsibleKey: 'fgw-r1',
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
      { title: '计划初稿', plannedOffsetDays: 30 }, // 2026-12-31
      { title: '征求意见', plannedOffsetDays: 45 }, // 2027-01-15
      { title: '报区政府审定', plannedOffsetDays: 58 }, // 2027-01-28
    ],
    scenario: 'draft',
  },
  {
    ledgerKey: 'td',
    title: '城中村改造项目土地供应',
    source: 'document',
    sourceRef: '二七政〔2026〕3号',
    goal: '保障城中村改造项目土地供应，完成3宗地块供地手续。',
    targets: [{ name: '供地宗数', unit: '宗', targetValue: 3, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-05-01',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'gtj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'gtj-d', responsibleKey: 'gtj-r1' },
      {
        unitKey: 'zsb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
      },
    ],
    milestones: [
      { title: '地块梳理', plannedOffsetDays: 30 }, // 2026-05-31
      { title: '完成1宗', plannedOffsetDays: 122 }, // 2026-08-31
      { title: '完成3宗', plannedOffsetDays: 203 }, // 2026-11-20
    ],
    scenario: 'pending_review',
  },
  {
    ledgerKey: 'td',
    title: '马寨土地遗留问题“拔钉子”攻坚',
    source: 'instruction',
    sourceRef: '区委书记批示',
    goal: '对马寨土地运作中遗留的11处“钉子”逐一包案攻坚，11月25日前全部清零。',
    targets: [{ name: '清零遗留问题', unit: '处', targetValue: 11, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-08-01',
    dueDate: '2026-11-25',
    responsibilities: [
      { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-bzr', deputyKey: 'mzz-d', responsibleKey: 'mzz-r1' },
      {
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r1',
      },
      {
        unitKey: 'zsb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r2',
      },
    ],
    milestones: [
      { title: '一处一策', plannedOffsetDays: 14 }, // 2026-08-15
      { title: '清零5处', plannedOffsetDays: 60 }, // 2026-09-30
      { title: '清零9处', plannedOffsetDays: 91 }, // 2026-10-31
      { title: '全部清零', plannedOffsetDays: 115 }, // 2026-11-24
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'td',
    title: '土地卫片执法检查问题整改',
    source: 'upper',
    sourceRef: '省国土资源厅交办件〔2026〕9号',
    goal: '对卫片执法检查发现的违法用地图斑逐一整改，确保违法占用耕地比例控制在考核线以内。',
    targets: [{ name: '整改图斑', unit: '个', targetValue: 37, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'gtj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'gtj-d', responsibleKey: 'gtj-r1' },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-cw',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
      {
        unitKey: 'mzz',
        role: 'undertaking',
        leaderKey: 'ld-cw',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
      },
    ],
    milestones: [
      { title: '图斑核查', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '整改20个', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '整改35个', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '全部整改', plannedOffsetDays: 294 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  // ─── 社会维稳 (WW) ───
  {
    ledgerKey: 'ww',
    title: '信访积案化解',
    source: 'upper',
    sourceRef: '市信访联席会议交办件〔2026〕6号',
    goal: '化解信访积案46件，领导包案、一案一策，年底前全部化解。',
    targets: [{ name: '化解积案', unit: '件', targetValue: 46, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-02-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'xfj', role: 'lead', leaderKey: 'ld-zfw', deputyKey: 'xfj-d', responsibleKey: 'xfj-r1' },
      {
        unitKey: 'zfw',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'zfw-d',
        responsibleKey: 'zfw-r1',
      },
      {
        unitKey: 'zsb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
      },
    ],
    milestones: [
      { title: '建立包案台账', plannedOffsetDays: 27 }, // 2026-02-28
      { title: '化解20件', plannedOffsetDays: 149 }, // 2026-06-30
      { title: '化解36件', plannedOffsetDays: 241 }, // 2026-09-30
      { title: '全部化解', plannedOffsetDays: 327 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'ww',
    title: '全国两会期间安保维稳',
    source: 'upper',
    sourceRef: '市委政法委交办件〔2026〕2号',
    goal: '全国两会期间实现进京非访“零登记”、重大案事件“零发生”。',
    targets: [],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-02-15',
    dueDate: '2026-03-15',
    responsibilities: [
      { unitKey: 'gaj', role: 'lead', leaderKey: 'ld-ga', deputyKey: 'gaj-d', responsibleKey: 'gaj-r1' },
      {
        unitKey: 'zfw',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'zfw-d',
        responsibleKey: 'zfw-r1',
      },
      {
        unitKey: 'xfj',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'xfj-d',
        responsibleKey: 'xfj-r1',
      },
    ],
    milestones: [
      { title: '安保维稳方案', plannedOffsetDays: 7 }, // 2026-02-22
      { title: '重点人员稳控到位', plannedOffsetDays: 15 }, // 2026-03-02
      { title: '会期保障', plannedOffsetDays: 24 }, // 2026-03-11
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'ww',
    title: '矛盾纠纷常态化排查化解',
    source: 'document',
    sourceRef: '二七政法〔2026〕3号',
    goal: '每月开展矛盾纠纷排查，化解率达到98%以上，做到小事不出村、大事不出镇。',
    targets: [{ name: '化解率', unit: '%', targetValue: 98, baselineValue: 90 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-01-10',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zfw', role: 'lead', leaderKey: 'ld-zfw', deputyKey: 'zfw-d', responsibleKey: 'zfw-r1' },
      {
        unitKey: 'xfj',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'xfj-d',
        responsibleKey: 'xfj-r1',
      },
      {
        unitKey: 'hzx',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r2',
      },
    ],
    milestones: [
      { title: '一季度排查', plannedOffsetDays: 80 }, // 2026-03-31
      { title: '二季度排查', plannedOffsetDays: 171 }, // 2026-06-30
      { title: '三季度排查', plannedOffsetDays: 263 }, // 2026-09-30
      { title: '年度总结', plannedOffsetDays: 349 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'ww',
    title: '常态化扫黑除恶线索核查',
    source: 'upper',
    sourceRef: '市委政法委交办件〔2026〕9号',
    goal: '对上级转办线索全部核查办结，办结率100%。',
    targets: [{ name: '核查办结线索', unit: '条', targetValue: 58, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'gaj', role: 'lead', leaderKey: 'ld-ga', deputyKey: 'gaj-d', responsibleKey: 'gaj-r1' },
      {
        unitKey: 'zfw',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'zfw-d',
        responsibleKey: 'zfw-r1',
      },
      { unitKey: 'jw', role: 'cooperating', leaderKey: 'ld-jw', deputyKey: 'jw-d', responsibleKey: 'jw-r1' },
    ],
    milestones: [
      { title: '线索分办', plannedOffsetDays: 14 }, // 2026-03-15
      { title: '办结30条', plannedOffsetDays: 152 }, // 2026-07-31
      { title: '办结50条', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '剩余线索核查', plannedOffsetDays: 257 }, // 2026-11-13
      { title: '全部办结', plannedOffsetDays: 299 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'ww',
    title: '拆迁领域信访稳控',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕19号',
    goal: '对拆迁领域重点信访人员落实“五包一”稳控责任，杜绝越级上访和群体性事件。',
    targets: [{ name: '稳控重点人员', unit: '人', targetValue: 32, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-09-01',
    dueDate: '2026-12-04',
    responsibilities: [
      { unitKey: 'zsb', role: 'lead', leaderKey: 'ld-zfw', deputyKey: 'zsb-d', responsibleKey: 'zsb-r1' },
      {
        unitKey: 'xfj',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'xfj-d',
        responsibleKey: 'xfj-r1',
      },
      {
        unitKey: 'hzx',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r2',
      },
    ],
    milestones: [
      { title: '排查建档', plannedOffsetDays: 14 }, // 2026-09-15
      { title: '包案到人', plannedOffsetDays: 29 }, // 2026-09-30
      { title: '集中化解', plannedOffsetDays: 75 }, // 2026-11-15
      { title: '阶段评估', plannedOffsetDays: 92 }, // 2026-12-02
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'ww',
    title: '非法集资风险排查',
    source: 'upper',
    sourceRef: '市处非办交办件〔2026〕5号',
    goal: '对全区投资理财类企业开展非法集资风险排查，11月中旬前完成。',
    targets: [{ name: '排查企业', unit: '家', targetValue: 420, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-06-01',
    dueDate: '2026-11-15',
    responsibilities: [
      { unitKey: 'swj', role: 'lead', leaderKey: 'ld-zfw', deputyKey: 'swj-d', responsibleKey: 'swj-r1' },
      {
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r1',
      },
      {
        unitKey: 'sqgwh',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
    ],
    milestones: [
      { title: '排查方案', plannedOffsetDays: 19 }, // 2026-06-20
      { title: '排查200家', plannedOffsetDays: 91 }, // 2026-08-31
      { title: '排查400家', plannedOffsetDays: 152 }, // 2026-10-31
      { title: '全部完成', plannedOffsetDays: 164 }, // 2026-11-12
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'ww',
    title: '网格化社会治理体系建设',
    source: 'document',
    sourceRef: '二七办〔2026〕4号',
    goal: '全区划分网格1380个，配齐网格员，网格化管理平台上线运行。',
    targets: [{ name: '划分网格', unit: '个', targetValue: 1380, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-02-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zfw', role: 'lead', leaderKey: 'ld-zfw', deputyKey: 'zfw-d', responsibleKey: 'zfw-r1' },
      {
        unitKey: 'yml',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'yml-d',
        responsibleKey: 'yml-r1',
      },
      {
        unitKey: 'jfl',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'jfl-d',
        responsibleKey: 'jfl-r1',
      },
    ],
    milestones: [
      { title: '网格划分', plannedOffsetDays: 58 }, // 2026-03-31
      { title: '网格员配备', plannedOffsetDays: 119 }, // 2026-05-31
      { title: '平台上线', plannedOffsetDays: 241 }, // 2026-09-30
      { title: '运行评估', plannedOffsetDays: 327 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'ww',
    title: '平安建设群众满意度提升',
    source: 'document',
    sourceRef: '二七政法〔2026〕3号',
    goal: '群众安全感、满意度测评达到95%以上，进入全市前列。',
    targets: [{ name: '群众满意度', unit: '%', targetValue: 95, baselineValue: 91 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zfw', role: 'lead', leaderKey: 'ld-zfw', deputyKey: 'zfw-d', responsibleKey: 'zfw-r1' },
      {
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r1',
      },
      {
        unitKey: 'wmb',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'wmb-d',
        responsibleKey: 'wmb-r1',
      },
    ],
    milestones: [
      { title: '宣传方案', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '问卷自测', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '短板整改', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '测评迎检', plannedOffsetDays: 294 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'ww',
    title: '国庆中秋期间社会稳定保障',
    source: 'upper',
    sourceRef: '市委政法委交办件〔2026〕14号',
    goal: '国庆、中秋期间实现重大案事件“零发生”。',
    targets: [],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-09-15',
    dueDate: '2026-10-12',
    responsibilities: [
      { unitKey: 'gaj', role: 'lead', leaderKey: 'ld-ga', deputyKey: 'gaj-d', responsibleKey: 'gaj-r2' },
      {
        unitKey: 'zfw',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'zfw-d',
        responsibleKey: 'zfw-r1',
      },
      {
        unitKey: 'sqgwh',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r2',
      },
    ],
    milestones: [
      { title: '安保方案', plannedOffsetDays: 7 }, // 2026-09-22
      { title: '隐患排查', plannedOffsetDays: 14 }, // 2026-09-29
      { title: '节日保障', plannedOffsetDays: 22 }, // 2026-10-07
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'ww',
    title: '“雪亮工程”视频监控点位建设',
    source: 'document',
    sourceRef: '二七政法〔2026〕5号',
    goal: '新建视频监控点位3200个，年底前全部接入区综治中心。',
    targets: [{ name: '监控点位', unit: '个', targetValue: 3200, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'gaj', role: 'lead', leaderKey: 'ld-ga', deputyKey: 'gaj-d', responsibleKey: 'gaj-r1' },
      {
        unitKey: 'czj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'czj-d',
        responsibleKey: 'czj-r1',
      },
      {
        unitKey: 'zfw',
        role: 'cooperating',
        leaderKey: 'ld-zfw',
        deputyKey: 'zfw-d',
        responsibleKey: 'zfw-r1',
      },
    ],
    milestones: [
      { title: '设备招标', plannedOffsetDays: 45 }, // 2026-04-15
      { title: '建设1500个', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '建设3000个', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '全部接入', plannedOffsetDays: 299 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  // ─── 安全生产 (AQ) ───
  {
    ledgerKey: 'aq',
    title: '安全生产大检查',
    source: 'upper',
    sourceRef: '市安委会交办件〔2026〕3号',
    goal: '对全区1500家生产经营单位开展安全生产大检查，隐患整改率100%。',
    targets: [{ name: '检查生产经营单位', unit: '家', targetValue: 1500, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-06-30',
    responsibilities: [
      { unitKey: 'ajj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'ajj-d', responsibleKey: 'ajj-r1' },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
      },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
      },
    ],
    milestones: [
      { title: '检查方案', plannedOffsetDays: 14 }, // 2026-03-15
      { title: '检查800家', plannedOffsetDays: 60 }, // 2026-04-30
      { title: '全部检查', plannedOffsetDays: 101 }, // 2026-06-10
      { title: '隐患整改', plannedOffsetDays: 116 }, // 2026-06-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'aq',
    title: '冬季“三防”专项整治',
    source: 'document',
    sourceRef: '二七安委〔2026〕12号',
    goal: '冬季开展防火、防冻、防一氧化碳中毒专项整治，坚决遏制较大以上事故发生。',
    targets: [{ name: '排查场所', unit: '处', targetValue: 2600, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-10-20',
    dueDate: '2027-02-28',
    responsibilities: [
      { unitKey: 'ajj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'ajj-d', responsibleKey: 'ajj-r2' },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
      },
      {
        unitKey: 'wjw',
        role: 'cooperating',
        leaderKey: 'ld-wj',
        deputyKey: 'wjw-d',
        responsibleKey: 'wjw-r1',
      },
    ],
    milestones: [
      { title: '整治方案', plannedOffsetDays: 11 }, // 2026-10-31
      { title: '集中排查', plannedOffsetDays: 31 }, // 2026-11-20
      { title: '元旦春节前复查', plannedOffsetDays: 66 }, // 2026-12-25
      { title: '专项整治总结', plannedOffsetDays: 128 }, // 2027-02-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'aq',
    title: '燃气安全隐患排查整治',
    source: 'upper',
    sourceRef: '市安委会交办件〔2026〕15号',
    goal: '对餐饮场所、老旧小区燃气管线和用气设施全面排查，12月初前隐患全部整改。',
    targets: [{ name: '整改隐患', unit: '处', targetValue: 860, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-06-01',
    dueDate: '2026-12-04',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'cgj-d', responsibleKey: 'cgj-r2' },
      {
        unitKey: 'ajj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'ajj-d',
        responsibleKey: 'ajj-r1',
      },
      {
        unitKey: 'sqgwh',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
    ],
    milestones: [
      { title: '排查建账', plannedOffsetDays: 29 }, // 2026-06-30
      { title: '整改400处', plannedOffsetDays: 91 }, // 2026-08-31
      { title: '整改750处', plannedOffsetDays: 152 }, // 2026-10-31
      { title: '全部整改', plannedOffsetDays: 184 }, // 2026-12-02
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'aq',
    title: '建筑施工安全专项整治',
    source: 'document',
    sourceRef: '二七安委〔2026〕6号',
    goal: '对在建工地深基坑、高支模、起重机械等危大工程开展专项整治。',
    targets: [{ name: '检查工地', unit: '个', targetValue: 140, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zjj', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'zjj-d', responsibleKey: 'zjj-r1' },
      {
        unitKey: 'ajj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'ajj-d',
        responsibleKey: 'ajj-r1',
      },
    ],
    milestones: [
      { title: '整治方案', plannedOffsetDays: 14 }, // 2026-04-15
      { title: '第一轮检查', plannedOffsetDays: 90 }, // 2026-06-30
      { title: '第二轮检查', plannedOffsetDays: 182 }, // 2026-09-30
      { title: '第三轮检查', plannedOffsetDays: 219 }, // 2026-11-06
      { title: '年终总结', plannedOffsetDays: 268 }, // 2026-12-25
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'aq',
    title: '消防安全“清剿火患”行动',
    source: 'upper',
    sourceRef: '市安委会交办件〔2026〕11号',
    goal: '对“九小”场所、群租房开展“清剿火患”行动，10月底前整改完毕。',
    targets: [{ name: '整改火灾隐患', unit: '处', targetValue: 1200, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-05-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'ajj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'ajj-d', responsibleKey: 'ajj-r1' },
      {
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r1',
      },
      {
        unitKey: 'cjl',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'cjl-d',
        responsibleKey: 'cjl-r2',
      },
    ],
    milestones: [
      { title: '排查建账', plannedOffsetDays: 30 }, // 2026-05-31
      { title: '整改600处', plannedOffsetDays: 91 }, // 2026-07-31
      { title: '整改1000处', plannedOffsetDays: 152 }, // 2026-09-30
      { title: '全部整改', plannedOffsetDays: 180 }, // 2026-10-28
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'aq',
    title: '校园安全隐患整治',
    source: 'document',
    sourceRef: '二七安委〔2026〕8号',
    goal: '秋季开学前完成全区中小学校、幼儿园安全隐患整治。',
    targets: [{ name: '整治学校', unit: '所', targetValue: 118, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-06-01',
    dueDate: '2026-08-31',
    responsibilities: [
      { unitKey: 'jty', role: 'lead', leaderKey: 'ld-wj', deputyKey: 'jty-d', responsibleKey: 'jty-r1' },
      {
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r1',
      },
    ],
    milestones: [
      { title: '隐患排查', plannedOffsetDays: 29 }, // 2026-06-30
      { title: '集中整治', plannedOffsetDays: 75 }, // 2026-08-15
      { title: '开学前验收', plannedOffsetDays: 86 }, // 2026-08-26
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'aq',
    title: '道路交通安全隐患点段治理',
    source: 'document',
    sourceRef: '二七安委〔2026〕6号',
    goal: '治理道路交通安全隐患点段36处，年底前完成。',
    targets: [{ name: '治理隐患点段', unit: '处', targetValue: 36, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'gaj', role: 'lead', leaderKey: 'ld-ga', deputyKey: 'gaj-d', responsibleKey: 'gaj-r2' },
      {
        unitKey: 'jtj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'jtj-d',
        responsibleKey: 'jtj-r1',
      },
    ],
    milestones: [
      { title: '隐患排查', plannedOffsetDays: 29 }, // 2026-04-30
      { title: '治理15处', plannedOffsetDays: 121 }, // 2026-07-31
      { title: '治理30处', plannedOffsetDays: 213 }, // 2026-10-31
      { title: '全部完成', plannedOffsetDays: 268 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'aq',
    title: '危化品企业安全专项整治',
    source: 'upper',
    sourceRef: '市安委会交办件〔2026〕7号',
    goal: '对马寨产业集聚区危化品企业开展专项整治，推动不达标企业搬迁或关停。',
    targets: [{ name: '整治企业', unit: '家', targetValue: 23, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'ajj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'ajj-d', responsibleKey: 'ajj-r2' },
      {
        unitKey: 'mzgwh',
        role: 'undertaking',
        leaderKey: 'ld-jj',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
    ],
    milestones: [
      { title: '排查评估', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '集中整治', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '不达标企业搬迁关停', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '整治验收', plannedOffsetDays: 294 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'aq',
    title: '二七商圈人员密集场所安全检查',
    source: 'meeting',
    sourceRef: '区安委会会议纪要〔2026〕4号',
    goal: '对商圈大型商场、宾馆、娱乐场所开展安全检查，年底购物季前完成整改。',
    targets: [{ name: '检查场所', unit: '处', targetValue: 210, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-08-01',
    dueDate: '2026-11-30',
    responsibilities: [
      {
        unitKey: 'sqgwh',
        role: 'lead',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r2',
      },
      {
        unitKey: 'ajj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'ajj-d',
        responsibleKey: 'ajj-r1',
      },
      {
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r1',
      },
    ],
    milestones: [
      { title: '检查方案', plannedOffsetDays: 14 }, // 2026-08-15
      { title: '全面检查', plannedOffsetDays: 75 }, // 2026-10-15
      { title: '整改复查', plannedOffsetDays: 111 }, // 2026-11-20
    ],
    scenario: 'pending_review',
  },
  {
    ledgerKey: 'aq',
    title: '安全生产责任制考核细则修订',
    source: 'other',
    sourceRef: null,
    goal: '修订安全生产“党政同责、一岗双责”考核细则，报区安委会审定后用于2027年度考核。',
    targets: [],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-12-10',
    dueDate: '2027-02-28',
    responsibilities: [
      { unitKey: 'ajj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'ajj-d', responsibleKey: 'ajj-r1' },
    ],
    milestones: [
      { title: '调研起草', plannedOffsetDays: 15 }, // 2026-12-25
      { title: '征求意见稿', plannedOffsetDays: 36 }, // 2027-01-15
      { title: '区安委会审定', plannedOffsetDays: 77 }, // 2027-02-25
    ],
    scenario: 'draft',
  },
  {
    ledgerKey: 'aq',
    title: '电动自行车集中充电设施建设',
    source: 'instruction',
    sourceRef: '区长批示',
    goal: '在老旧小区、城中村建设电动自行车集中充电设施420处，遏制飞线充电和入户充电。分解到街道，年底前全部建成投用。',
    targets: [{ name: '建成充电设施', unit: '处', targetValue: 420, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-05-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'ajj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'ajj-d', responsibleKey: 'ajj-r1' },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
      },
    ],
    milestones: [
      { title: '选址摸底', plannedOffsetDays: 30 }, // 2026-05-31
      { title: '建成150处', plannedOffsetDays: 122 }, // 2026-08-31
      { title: '建成300处', plannedOffsetDays: 183 }, // 2026-10-31
      { title: '全部建成', plannedOffsetDays: 238 }, // 2026-12-25
    ],
    scenario: 'on_track',
    children: [
      {
        ledgerKey: 'aq',
        title: '解放路街道电动自行车集中充电设施建设',
        source: 'other',
        sourceRef: null,
        goal: '建成集中充电设施110处。',
        targets: [{ name: '建成充电设施', unit: '处', targetValue: 110, baselineValue: 0 }],
        priority: 'high',
        cadence: 'biweekly',
        startDate: '2026-05-01',
        dueDate: '2026-12-20',
        responsibilities: [
          { unitKey: 'jfl', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'jfl-d', responsibleKey: 'jfl-r1' },
          {
            unitKey: 'ajj',
            role: 'cooperating',
            leaderKey: 'ld-jj',
            deputyKey: 'ajj-d',
            responsibleKey: 'ajj-r1',
          },
        ],
        milestones: [
          { title: '选址摸底', plannedOffsetDays: 30 }, // 2026-05-31
          { title: '建成40处', plannedOffsetDays: 122 }, // 2026-08-31
          { title: '建成80处', plannedOffsetDays: 183 }, // 2026-10-31
          { title: '全部建成', plannedOffsetDays: 228 }, // 2026-12-15
        ],
        scenario: 'on_track',
      },
      {
        ledgerKey: 'aq',
        title: '长江路街道电动自行车集中充电设施建设',
        source: 'other',
        sourceRef: null,
        goal: '建成集中充电设施120处。',
        targets: [{ name: '建成充电设施', unit: '处', targetValue: 120, baselineValue: 0 }],
        priority: 'high',
        cadence: 'biweekly',
        startDate: '2026-05-01',
        dueDate: '2026-10-31',
        responsibilities: [
          { unitKey: 'cjl', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'cjl-d', responsibleKey: 'cjl-r2' },
          {
            unitKey: 'ajj',
            role: 'cooperating',
            leaderKey: 'ld-jj',
            deputyKey: 'ajj-d',
            responsibleKey: 'ajj-r1',
          },
        ],
        milestones: [
          { title: '选址摸底', plannedOffsetDays: 30 }, // 2026-05-31
          { title: '建成50处', plannedOffsetDays: 91 }, // 2026-07-31
          { title: '建成100处', plannedOffsetDays: 152 }, // 2026-09-30
          { title: '全部建成', plannedOffsetDays: 178 }, // 2026-10-26
        ],
        scenario: 'completed_on_time',
      },
      {
        ledgerKey: 'aq',
        title: '京广路街道电动自行车集中充电设施建设',
        source: 'other',
        sourceRef: null,
        goal: '建成集中充电设施100处。',
        targets: [{ name: '建成充电设施', unit: '处', targetValue: 100, baselineValue: 0 }],
        priority: 'high',
        cadence: 'biweekly',
        startDate: '2026-05-01',
        dueDate: '2026-11-15',
        responsibilities: [
          { unitKey: 'jgl', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'jgl-d', responsibleKey: 'jgl-r1' },
          {
            unitKey: 'ajj',
            role: 'cooperating',
            leaderKey: 'ld-jj',
            deputyKey: 'ajj-d',
            responsibleKey: 'ajj-r1',
          },
        ],
        milestones: [
          { title: '选址摸底', plannedOffsetDays: 30 }, // 2026-05-31
          { title: '建成40处', plannedOffsetDays: 122 }, // 2026-08-31
          { title: '建成80处', plannedOffsetDays: 167 }, // 2026-10-15
          { title: '全部建成', plannedOffsetDays: 195 }, // 2026-11-12
        ],
        scenario: 'overdue',
      },
      {
        ledgerKey: 'aq',
        title: '蜜蜂张街道电动自行车集中充电设施建设',
        source: 'other',
        sourceRef: null,
        goal: '建成集中充电设施90处。',
        targets: [{ name: '建成充电设施', unit: '处', targetValue: 90, baselineValue: 0 }],
        priority: 'high',
        cadence: 'biweekly',
        startDate: '2026-05-01',
        dueDate: '2026-12-15',
        responsibilities: [
          { unitKey: 'mfz', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'mfz-d', responsibleKey: 'mfz-r1' },
          {
            unitKey: 'ajj',
            role: 'cooperating',
            leaderKey: 'ld-jj',
            deputyKey: 'ajj-d',
            responsibleKey: 'ajj-r1',
          },
        ],
        milestones: [
          { title: '选址摸底', plannedOffsetDays: 30 }, // 2026-05-31
          { title: '建成30处', plannedOffsetDays: 122 }, // 2026-08-31
          { title: '建成70处', plannedOffsetDays: 193 }, // 2026-11-10
          { title: '全部建成', plannedOffsetDays: 223 }, // 2026-12-10
        ],
        scenario: 'milestone_late',
      },
    ],
  },
  // ─── 全面从严治党 (ZD) ───
  {
    ledgerKey: 'zd',
    title: '全面从严治党主体责任清单落实',
    source: 'document',
    sourceRef: '二七文〔2026〕2号',
    goal: '制定区委及各单位全面从严治党主体责任清单，党委（党组）书记履行第一责任人职责，按季度报告落实情况。',
    targets: [],
    priority: 'high',
    cadence: 'monthly',
    startDate: '2026-01-20',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'jw', role: 'lead', leaderKey: 'ld-sj', deputyKey: 'jw-d', responsibleKey: 'jw-r1' },
      {
        unitKey: 'zzb',
        role: 'cooperating',
        leaderKey: 'ld-zzb',
        deputyKey: 'zzb-d',
        responsibleKey: 'zzb-r1',
      },
    ],
    milestones: [
      { title: '责任清单印发', plannedOffsetDays: 39 }, // 2026-02-28
      { title: '一季度报告', plannedOffsetDays: 80 }, // 2026-04-10
      { title: '半年报告', plannedOffsetDays: 171 }, // 2026-07-10
      { title: '三季度报告', plannedOffsetDays: 263 }, // 2026-10-10
      { title: '年度述责述廉', plannedOffsetDays: 339 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zd',
    title: '全国“五好”县级工商联创建互查迎检',
    source: 'upper',
    sourceRef: '全国工商联互查工作通知',
    goal: '对照领导班子、办公条件、制度落实、活动开展、作用发挥“五好”标准，完成创建材料和现场准备，迎接全国互查组复核。',
    targets: [],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-08-01',
    dueDate: '2026-11-27',
    responsibilities: [
      { unitKey: 'gsl', role: 'lead', leaderKey: 'ld-zzb', deputyKey: 'gsl-d', responsibleKey: 'gsl-r1' },
      {
        unitKey: 'zzb',
        role: 'cooperating',
        leaderKey: 'ld-zzb',
        deputyKey: 'zzb-d',
        responsibleKey: 'zzb-r1',
      },
    ],
    milestones: [
      { title: '对照标准自查自评', plannedOffsetDays: 30 }, // 2026-08-31
      { title: '问题整改', plannedOffsetDays: 60 }, // 2026-09-30
      { title: '创建材料归档', plannedOffsetDays: 91 }, // 2026-10-31
      { title: '迎接互查复核', plannedOffsetDays: 114 }, // 2026-11-23
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'zd',
    title: '作风纪律专项整治',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕5号',
    goal: '聚焦“庸懒散慢”等作风问题开展专项整治，以暗访调查、专人盯办推动作风转变。',
    targets: [{ name: '暗访调查', unit: '次', targetValue: 40, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'jw', role: 'lead', leaderKey: 'ld-jw', deputyKey: 'jw-d', responsibleKey: 'jw-r2' },
      {
        unitKey: 'dcs',
        role: 'cooperating',
        leaderKey: 'ld-qz',
        deputyKey: 'dcs-d',
        responsibleKey: 'dcs-r1',
      },
      {
        unitKey: 'zzb',
        role: 'cooperating',
        leaderKey: 'ld-zzb',
        deputyKey: 'zzb-d',
        responsibleKey: 'zzb-r1',
      },
    ],
    milestones: [
      { title: '整治方案', plannedOffsetDays: 19 }, // 2026-03-20
      { title: '暗访15次', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '暗访30次', plannedOffsetDays: 213 }, // 2026-09-30
      { title: '典型问题通报', plannedOffsetDays: 254 }, // 2026-11-10
      { title: '年度总结', plannedOffsetDays: 299 }, // 2026-12-25
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'zd',
    title: '软弱涣散基层党组织整顿',
    source: 'document',
    sourceRef: '二七组〔2026〕4号',
    goal: '对排查确定的12个软弱涣散基层党组织逐一整顿，10月底前全部转化。',
    targets: [{ name: '整顿转化', unit: '个', targetValue: 12, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'zzb', role: 'lead', leaderKey: 'ld-zzb', deputyKey: 'zzb-d', responsibleKey: 'zzb-r2' },
      {
        unitKey: 'hzx',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
      {
        unitKey: 'mzz',
        role: 'cooperating',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
      },
    ],
    milestones: [
      { title: '排查确定', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '一村一策', plannedOffsetDays: 60 }, // 2026-04-30
      { title: '转化6个', plannedOffsetDays: 152 }, // 2026-07-31
      { title: '全部转化', plannedOffsetDays: 241 }, // 2026-10-28
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'zd',
    title: '区委巡察反馈问题整改',
    source: 'document',
    sourceRef: '二七巡〔2026〕6号',
    goal: '对区委第三轮巡察反馈问题建立整改清单，逐项销号，整改完成率100%。',
    targets: [{ name: '整改问题', unit: '个', targetValue: 87, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-06-01',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'jw', role: 'lead', leaderKey: 'ld-jw', deputyKey: 'jw-d', responsibleKey: 'jw-r1' },
      {
        unitKey: 'zzb',
        role: 'cooperating',
        leaderKey: 'ld-zzb',
        deputyKey: 'zzb-d',
        responsibleKey: 'zzb-r1',
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
      { title: '整改方案', plannedOffsetDays: 29 }, // 2026-06-30
      { title: '整改50%', plannedOffsetDays: 91 }, // 2026-08-31
      { title: '整改90%', plannedOffsetDays: 152 }, // 2026-10-31
      { title: '销号验收', plannedOffsetDays: 172 }, // 2026-11-20
    ],
    scenario: 'pending_review',
  },
  {
    ledgerKey: 'zd',
    title: '党风廉政建设责任制年度考核',
    source: 'document',
    sourceRef: '二七文〔2026〕2号',
    goal: '组织开展党风廉政建设责任制年度考核，考核结果与评先评优挂钩。',
    targets: [{ name: '考核单位', unit: '个', targetValue: 46, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-11-20',
    dueDate: '2027-01-31',
    responsibilities: [
      { unitKey: 'jw', role: 'lead', leaderKey: 'ld-jw', deputyKey: 'jw-d', responsibleKey: 'jw-r1' },
      {
        unitKey: 'zzb',
        role: 'cooperating',
        leaderKey: 'ld-zzb',
        deputyKey: 'zzb-d',
        responsibleKey: 'zzb-r1',
      },
      {
        unitKey: 'dcs',
        role: 'cooperating',
        leaderKey: 'ld-qz',
        deputyKey: 'dcs-d',
        responsibleKey: 'dcs-r1',
      },
    ],
    milestones: [
      { title: '考核方案', plannedOffsetDays: 25 }, // 2026-12-15
      { title: '实地考核', plannedOffsetDays: 56 }, // 2027-01-15
      { title: '结果通报', plannedOffsetDays: 69 }, // 2027-01-28
    ],
    scenario: 'assigned',
  },
  {
    ledgerKey: 'zd',
    title: '非公企业党建“两个覆盖”',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕8号',
    goal: '规模以上非公企业党的组织和工作覆盖率达到100%。',
    targets: [{ name: '覆盖率', unit: '%', targetValue: 100, baselineValue: 86 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zzb', role: 'lead', leaderKey: 'ld-zzb', deputyKey: 'zzb-d', responsibleKey: 'zzb-r1' },
      {
        unitKey: 'gsl',
        role: 'undertaking',
        leaderKey: 'ld-zzb',
        deputyKey: 'gsl-d',
        responsibleKey: 'gsl-r1',
      },
    ],
    milestones: [
      { title: '摸底排查', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '覆盖率92%', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '覆盖率97%', plannedOffsetDays: 213 }, // 2026-09-30
      { title: '全覆盖', plannedOffsetDays: 299 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zd',
    title: '科级干部能力提升培训',
    source: 'document',
    sourceRef: '二七组〔2026〕2号',
    goal: '全年举办科级干部能力提升培训班6期，培训干部600人次。',
    targets: [{ name: '培训干部', unit: '人次', targetValue: 600, baselineValue: 0 }],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-12-20',
    responsibilities: [
      { unitKey: 'zzb', role: 'lead', leaderKey: 'ld-zzb', deputyKey: 'zzb-d', responsibleKey: 'zzb-r2' },
    ],
    milestones: [
      { title: '培训计划', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '完成3期', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '完成5期', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '完成6期', plannedOffsetDays: 289 }, // 2026-12-15
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zd',
    title: '重点工作推进不力问题问责',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕19号',
    goal: '对督察发现的重点工作推进不力、履职不到位问题严肃问责，12月初前完成线索核查。',
    targets: [{ name: '核查问责线索', unit: '条', targetValue: 18, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-09-15',
    dueDate: '2026-12-04',
    responsibilities: [
      { unitKey: 'jw', role: 'lead', leaderKey: 'ld-jw', deputyKey: 'jw-d', responsibleKey: 'jw-r1' },
      {
        unitKey: 'dcs',
        role: 'cooperating',
        leaderKey: 'ld-qz',
        deputyKey: 'dcs-d',
        responsibleKey: 'dcs-r1',
      },
    ],
    milestones: [
      { title: '线索移交', plannedOffsetDays: 15 }, // 2026-09-30
      { title: '核查10条', plannedOffsetDays: 46 }, // 2026-10-31
      { title: '核查16条', plannedOffsetDays: 66 }, // 2026-11-20
      { title: '全部办结', plannedOffsetDays: 79 }, // 2026-12-03
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'zd',
    title: '“大督察”工作机制运行保障',
    source: 'document',
    sourceRef: '二七办〔2026〕1号',
    goal: '完善重点工作督察台账，落实实地督导、暗访调查、专人盯办、电话督办、督察通知单和定期通报奖惩措施，每月通报一次。',
    targets: [{ name: '督察通报', unit: '期', targetValue: 12, baselineValue: 0 }],
    priority: 'high',
    cadence: 'monthly',
    startDate: '2026-01-05',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'dcs', role: 'lead', leaderKey: 'ld-qz', deputyKey: 'dcs-d', responsibleKey: 'dcs-r1' },
      { unitKey: 'jw', role: 'cooperating', leaderKey: 'ld-jw', deputyKey: 'jw-d', responsibleKey: 'jw-r1' },
      {
        unitKey: 'zfb',
        role: 'cooperating',
        leaderKey: 'ld-qz',
        deputyKey: 'zfb-d',
        responsibleKey: 'zfb-r1',
      },
    ],
    milestones: [
      { title: '督察台账建立', plannedOffsetDays: 26 }, // 2026-01-31
      { title: '一季度通报', plannedOffsetDays: 85 }, // 2026-03-31
      { title: '半年考评', plannedOffsetDays: 176 }, // 2026-06-30
      { title: '三季度通报', plannedOffsetDays: 268 }, // 2026-09-30
      { title: '年终考评', plannedOffsetDays: 357 }, // 2026-12-28
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'zd',
    title: '村（社区）“两委”班子运行评估',
    source: 'document',
    sourceRef: '二七组〔2026〕5号',
    goal: '对全区村（社区）“两委”班子运行情况开展评估，调整不胜任干部。',
    targets: [{ name: '评估村（社区）', unit: '个', targetValue: 168, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-02-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zzb', role: 'lead', leaderKey: 'ld-zzb', deputyKey: 'zzb-d', responsibleKey: 'zzb-r1' },
      {
        unitKey: 'hzx',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
      {
        unitKey: 'mzz',
        role: 'cooperating',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
      },
    ],
    milestones: [
      { title: '评估方案', plannedOffsetDays: 27 }, // 2026-02-28
      { title: '评估完成', plannedOffsetDays: 103 }, // 2026-05-15
      { title: '调整到位', plannedOffsetDays: 241 }, // 2026-09-30
      { title: '“回头看”评估', plannedOffsetDays: 322 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
];
