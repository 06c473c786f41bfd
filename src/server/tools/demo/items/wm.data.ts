/**
 * Demo items of the ledger 文明城市创建 (WM).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const WM_ITEMS: DemoItem[] = [
  {
    ledgerKey: 'wm',
    title: '背街小巷环境综合整治',
    source: 'document',
    sourceRef: '二七文明委〔2026〕3号',
    goal: '对全区51条背街小巷实施路面、立面、管线、照明综合整治，年底前全部达到文明城市测评标准。分解到街道，一街一方案。',
    targets: [{ name: '整治背街小巷', unit: '条', targetValue: 51, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-12-20',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'cgj-d', responsibleKey: 'cgj-r1' },
      {
        unitKey: 'wmb',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'wmb-d',
        responsibleKey: 'wmb-r1',
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
      { title: '摸底建档', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '整治方案审定', plannedOffsetDays: 60 }, // 2026-04-30
      { title: '完成30条整治', plannedOffsetDays: 213 }, // 2026-09-30
      { title: '全部整治完成', plannedOffsetDays: 289 }, // 2026-12-15
    ],
    scenario: 'on_track',
    children: [
      {
        ledgerKey: 'wm',
        title: '一马路街道背街小巷整治（12条）',
        source: 'other',
        sourceRef: null,
        goal: '完成辖区12条背街小巷综合整治。',
        targets: [{ name: '整治背街小巷', unit: '条', targetValue: 12, baselineValue: 0 }],
        priority: 'normal',
        cadence: 'biweekly',
        startDate: '2026-03-01',
        dueDate: '2026-12-15',
        responsibilities: [
          { unitKey: 'yml', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'yml-d', responsibleKey: 'yml-r1' },
          {
            unitKey: 'cgj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'cgj-d',
            responsibleKey: 'cgj-r1',
          },
        ],
        milestones: [
          { title: '整治方案', plannedOffsetDays: 45 }, // 2026-04-15
          { title: '完成6条', plannedOffsetDays: 152 }, // 2026-07-31
          { title: '完成10条', plannedOffsetDays: 244 }, // 2026-10-31
          { title: '全部完成', plannedOffsetDays: 286 }, // 2026-12-12
        ],
        scenario: 'on_track',
      },
      {
        ledgerKey: 'wm',
        title: '蜜蜂张街道背街小巷整治（15条）',
        source: 'other',
        sourceRef: null,
        goal: '完成辖区15条背街小巷综合整治。',
        targets: [{ name: '整治背街小巷', unit: '条', targetValue: 15, baselineValue: 0 }],
        priority: 'normal',
        cadence: 'biweekly',
        startDate: '2026-03-01',
        dueDate: '2026-10-31',
        responsibilities: [
          { unitKey: 'mfz', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'mfz-d', responsibleKey: 'mfz-r1' },
          {
            unitKey: 'cgj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'cgj-d',
            responsibleKey: 'cgj-r1',
          },
        ],
        milestones: [
          { title: '整治方案', plannedOffsetDays: 45 }, // 2026-04-15
          { title: '完成8条', plannedOffsetDays: 121 }, // 2026-06-30
          { title: '完成13条', plannedOffsetDays: 198 }, // 2026-09-15
          { title: '全部完成', plannedOffsetDays: 238 }, // 2026-10-25
        ],
        scenario: 'completed_on_time',
      },
      {
        ledgerKey: 'wm',
        title: '五里堡街道背街小巷整治（10条）',
        source: 'other',
        sourceRef: null,
        goal: '完成辖区10条背街小巷综合整治。',
        targets: [{ name: '整治背街小巷', unit: '条', targetValue: 10, baselineValue: 0 }],
        priority: 'normal',
        cadence: 'biweekly',
        startDate: '2026-03-01',
        dueDate: '2026-11-20',
        responsibilities: [
          { unitKey: 'wlb', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'wlb-d', responsibleKey: 'wlb-r1' },
          {
            unitKey: 'cgj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'cgj-d',
            responsibleKey: 'cgj-r1',
          },
        ],
        milestones: [
          { title: '整治方案', plannedOffsetDays: 45 }, // 2026-04-15
          { title: '完成4条', plannedOffsetDays: 152 }, // 2026-07-31
          { title: '完成8条', plannedOffsetDays: 228 }, // 2026-10-15
          { title: '全部完成', plannedOffsetDays: 262 }, // 2026-11-18
        ],
        scenario: 'overdue',
      },
      {
        ledgerKey: 'wm',
        title: '铭功路街道背街小巷整治（8条）',
        source: 'other',
        sourceRef: null,
        goal: '完成辖区8条背街小巷综合整治。',
        targets: [{ name: '整治背街小巷', unit: '条', targetValue: 8, baselineValue: 0 }],
        priority: 'normal',
        cadence: 'biweekly',
        startDate: '2026-03-01',
        dueDate: '2026-12-02',
        responsibilities: [
          { unitKey: 'mgl', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'mgl-d', responsibleKey: 'mgl-r1' },
          {
            unitKey: 'cgj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'cgj-d',
            responsibleKey: 'cgj-r1',
          },
        ],
        milestones: [
          { title: '整治方案', plannedOffsetDays: 45 }, // 2026-04-15
          { title: '完成4条', plannedOffsetDays: 183 }, // 2026-08-31
          { title: '完成7条', plannedOffsetDays: 254 }, // 2026-11-10
          { title: '全部完成', plannedOffsetDays: 274 }, // 2026-11-30
        ],
        scenario: 'at_risk',
      },
      {
        ledgerKey: 'wm',
        title: '德化街街道背街小巷整治（6条）',
        source: 'other',
        sourceRef: null,
        goal: '完成辖区6条背街小巷综合整治，与德化街改造同步推进。',
        targets: [{ name: '整治背街小巷', unit: '条', targetValue: 6, baselineValue: 0 }],
        priority: 'normal',
        cadence: 'biweekly',
        startDate: '2026-03-01',
        dueDate: '2026-12-15',
        responsibilities: [
          { unitKey: 'dhj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'dhj-d', responsibleKey: 'dhj-r1' },
          {
            unitKey: 'cgj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'cgj-d',
            responsibleKey: 'cgj-r1',
          },
        ],
        milestones: [
          { title: '整治方案', plannedOffsetDays: 50 }, // 2026-04-20
          { title: '完成2条', plannedOffsetDays: 183 }, // 2026-08-31
          { title: '完成4条', plannedOffsetDays: 249 }, // 2026-11-05
          { title: '全部完成', plannedOffsetDays: 284 }, // 2026-12-10
        ],
        scenario: 'milestone_late',
      },
    ],
  },
  {
    ledgerKey: 'wm',
    title: '全国文明城市测评迎检问题整改',
    source: 'upper',
    sourceRef: '市文明办交办件〔2026〕27号',
    goal: '针对市级暗访测评反馈的126个问题逐一建立台账，明确责任单位和时限，限期整改销号。',
    targets: [{ name: '问题整改销号', unit: '个', targetValue: 126, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-08-20',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'wmb', role: 'lead', leaderKey: 'ld-xcb', deputyKey: 'wmb-d', responsibleKey: 'wmb-r1' },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
      },
      {
        unitKey: 'jtj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'jtj-d',
        responsibleKey: 'jtj-r1',
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
      { title: '建立问题台账', plannedOffsetDays: 7 }, // 2026-08-27
      { title: '整改过半', plannedOffsetDays: 31 }, // 2026-09-20
      { title: '整改完成', plannedOffsetDays: 61 }, // 2026-10-20
      { title: '复查销号', plannedOffsetDays: 67 }, // 2026-10-26
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'wm',
    title: '农贸市场标准化改造',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕6号',
    goal: '完成6个农贸市场标准化改造，实现划行归市、环境整洁、秩序规范。',
    targets: [{ name: '改造农贸市场', unit: '个', targetValue: 6, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-01',
    dueDate: '2026-12-20',
    responsibilities: [
      { unitKey: 'swj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'swj-d', responsibleKey: 'swj-r1' },
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
      { title: '改造方案审定', plannedOffsetDays: 29 }, // 2026-04-30
      { title: '开工改造', plannedOffsetDays: 60 }, // 2026-05-31
      { title: '完成3个', plannedOffsetDays: 152 }, // 2026-08-31
      { title: '完成5个', plannedOffsetDays: 223 }, // 2026-11-10
      { title: '全部完成并验收', plannedOffsetDays: 258 }, // 2026-12-15
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'wm',
    title: '“讲文明树新风”公益广告设置',
    source: 'document',
    sourceRef: '二七文明委〔2026〕5号',
    goal: '在主次干道、工地围挡、公共场所设置“讲文明树新风”公益广告2000处以上。',
    targets: [{ name: '公益广告', unit: '处', targetValue: 2000, baselineValue: 0 }],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-02-15',
    dueDate: '2026-06-30',
    responsibilities: [
      { unitKey: 'wmb', role: 'lead', leaderKey: 'ld-xcb', deputyKey: 'wmb-d', responsibleKey: 'wmb-r1' },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
      },
    ],
    milestones: [
      { title: '设计方案', plannedOffsetDays: 28 }, // 2026-03-15
      { title: '完成1000处', plannedOffsetDays: 74 }, // 2026-04-30
      { title: '全部完成', plannedOffsetDays: 130 }, // 2026-06-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'wm',
    title: '文明交通劝导与路口秩序整治',
    source: 'meeting',
    sourceRef: '区文明城市创建推进会议纪要〔2026〕4号',
    goal: '在40个重点路口设置文明交通劝导岗，整治闯红灯、乱停放等交通陋习，路口文明通行率达到95%以上。',
    targets: [
      { name: '劝导岗', unit: '个', targetValue: 40, baselineValue: 0 },
      { name: '路口文明通行率', unit: '%', targetValue: 95, baselineValue: 82 },
    ],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-10',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'gaj', role: 'lead', leaderKey: 'ld-ga', deputyKey: 'gaj-d', responsibleKey: 'gaj-r2' },
      {
        unitKey: 'wmb',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'wmb-d',
        responsibleKey: 'wmb-r1',
      },
      {
        unitKey: 'jty',
        role: 'cooperating',
        leaderKey: 'ld-wj',
        deputyKey: 'jty-d',
        responsibleKey: 'jty-r1',
      },
    ],
    milestones: [
      { title: '劝导岗全部设立', plannedOffsetDays: 31 }, // 2026-04-10
      { title: '第一轮集中整治', plannedOffsetDays: 112 }, // 2026-06-30
      { title: '第二轮集中整治', plannedOffsetDays: 204 }, // 2026-09-30
      { title: '年终测评', plannedOffsetDays: 290 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'wm',
    title: '未成年人思想道德建设测评指标整改',
    source: 'upper',
    sourceRef: '市文明办交办件〔2026〕31号',
    goal: '对照测评体系补齐中小学校及周边环境短板，12月上旬前全部整改到位。',
    targets: [{ name: '达标学校', unit: '所', targetValue: 42, baselineValue: 30 }],
    priority: 'normal',
    cadence: 'weekly',
    startDate: '2026-09-01',
    dueDate: '2026-12-03',
    responsibilities: [
      { unitKey: 'jty', role: 'lead', leaderKey: 'ld-xcb', deputyKey: 'jty-d', responsibleKey: 'jty-r1' },
      {
        unitKey: 'wmb',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'wmb-d',
        responsibleKey: 'wmb-r1',
      },
    ],
    milestones: [
      { title: '自查摸底', plannedOffsetDays: 19 }, // 2026-09-20
      { title: '整改方案', plannedOffsetDays: 44 }, // 2026-10-15
      { title: '整改完成80%', plannedOffsetDays: 75 }, // 2026-11-15
      { title: '全部整改', plannedOffsetDays: 91 }, // 2026-12-01
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'wm',
    title: '解放路片区老旧小区“十乱”治理',
    source: 'instruction',
    sourceRef: '区委书记批示',
    goal: '集中整治解放路片区老旧小区乱搭乱建、乱堆乱放、飞线充电等“十乱”问题，10月底前全面见效。',
    targets: [{ name: '治理小区', unit: '个', targetValue: 35, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-05-15',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'cgj-d', responsibleKey: 'cgj-r2' },
      {
        unitKey: 'jfl',
        role: 'undertaking',
        leaderKey: 'ld-hb',
        deputyKey: 'jfl-d',
        responsibleKey: 'jfl-r1',
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
      { title: '问题排查建账', plannedOffsetDays: 31 }, // 2026-06-15
      { title: '完成15个小区', plannedOffsetDays: 92 }, // 2026-08-15
      { title: '完成30个小区', plannedOffsetDays: 148 }, // 2026-10-10
      { title: '全部完成', plannedOffsetDays: 166 }, // 2026-10-28
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'wm',
    title: '新时代文明实践站点建设',
    source: 'document',
    sourceRef: '二七文明委〔2026〕8号',
    goal: '建成60个新时代文明实践站（志愿服务站），实现社区全覆盖并常态化开展志愿服务活动。',
    targets: [{ name: '建成站点', unit: '个', targetValue: 60, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'wmb', role: 'lead', leaderKey: 'ld-xcb', deputyKey: 'wmb-d', responsibleKey: 'wmb-r1' },
      {
        unitKey: 'mfz',
        role: 'cooperating',
        leaderKey: 'ld-wj',
        deputyKey: 'mfz-d',
        responsibleKey: 'mfz-r1',
      },
      {
        unitKey: 'wlb',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'wlb-d',
        responsibleKey: 'wlb-r1',
      },
    ],
    milestones: [
      { title: '选址确定', plannedOffsetDays: 45 }, // 2026-04-15
      { title: '建成30个', plannedOffsetDays: 152 }, // 2026-07-31
      { title: '建成60个', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '验收评估', plannedOffsetDays: 264 }, // 2026-11-20
    ],
    scenario: 'pending_review',
  },
  {
    ledgerKey: 'wm',
    title: '二七广场周边占道经营整治',
    source: 'instruction',
    sourceRef: '区委书记批示',
    goal: '对二七广场及周边道路占道经营、流动摊贩实施常态化管控，建立商圈管委会、街道、城管、公安联勤机制。',
    targets: [{ name: '整改占道问题', unit: '处', targetValue: 180, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-07-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'cgj-d', responsibleKey: 'cgj-r1' },
      {
        unitKey: 'sqgwh',
        role: 'undertaking',
        leaderKey: 'ld-hb',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
      {
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r1',
      },
      {
        unitKey: 'dhj',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'dhj-d',
        responsibleKey: 'dhj-r1',
      },
    ],
    milestones: [
      { title: '联勤机制建立', plannedOffsetDays: 30 }, // 2026-07-31
      { title: '集中整治', plannedOffsetDays: 76 }, // 2026-09-15
      { title: '国庆保障', plannedOffsetDays: 99 }, // 2026-10-08
      { title: '长效管理验收', plannedOffsetDays: 135 }, // 2026-11-13
      { title: '年终考核', plannedOffsetDays: 177 }, // 2026-12-25
    ],
    scenario: 'milestone_late',
  },
];
