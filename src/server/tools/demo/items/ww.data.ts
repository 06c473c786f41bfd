/**
 * Demo items of the ledger 社会维稳 (WW).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const WW_ITEMS: DemoItem[] = [
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
];
