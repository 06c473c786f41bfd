/**
 * Demo items of the ledger 土地出让 (TD).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const TD_ITEMS: DemoItem[] = [
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
];
