/**
 * Demo items of the ledger 招商引资 (ZS).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const ZS_ITEMS: DemoItem[] = [
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
    sourceRef: '市督察室交办件〔2026〕11号',
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
];
