/**
 * Demo items of the ledger 安全生产 (AQ).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const AQ_ITEMS: DemoItem[] = [
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
];
