/**
 * Demo items of the ledger 全面从严治党 (ZD).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const ZD_ITEMS: DemoItem[] = [
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
