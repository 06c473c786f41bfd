/**
 * Demo items of the ledger 田园小镇建设 (TY).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const TY_ITEMS: DemoItem[] = [
  {
    ledgerKey: 'ty',
    title: '马寨特色小镇规划编制',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕2号',
    goal: '高标准编制马寨特色小镇总体规划和产业规划，6月底前通过专家评审。',
    targets: [],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-01-15',
    dueDate: '2026-06-30',
    responsibilities: [
      {
        unitKey: 'mzgwh',
        role: 'lead',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r2',
      },
      {
        unitKey: 'mzz',
        role: 'cooperating',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r2',
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
      { title: '编制单位确定', plannedOffsetDays: 44 }, // 2026-02-28
      { title: '规划初稿', plannedOffsetDays: 105 }, // 2026-04-30
      { title: '征求意见', plannedOffsetDays: 136 }, // 2026-05-31
      { title: '专家评审', plannedOffsetDays: 161 }, // 2026-06-25
    ],
    scenario: 'completed_late',
  },
  {
    ledgerKey: 'ty',
    title: '樱桃沟田园综合体一期建设',
    source: 'document',
    sourceRef: '二七政〔2026〕16号',
    goal: '樱桃沟田园综合体一期完成投资3.2亿元，建成游客中心、果蔬采摘园和滨水步道。',
    targets: [{ name: '完成投资', unit: '亿元', targetValue: 3.2, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2027-05-31',
    responsibilities: [
      { unitKey: 'ytg', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'ytg-d', responsibleKey: 'ytg-r1' },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
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
      { title: '项目开工', plannedOffsetDays: 45 }, // 2026-04-15
      { title: '游客中心主体完工', plannedOffsetDays: 213 }, // 2026-09-30
      { title: '完成投资2亿元', plannedOffsetDays: 305 }, // 2026-12-31
      { title: '采摘园建成', plannedOffsetDays: 395 }, // 2027-03-31
      { title: '一期开园', plannedOffsetDays: 445 }, // 2027-05-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'ty',
    title: '侯寨乡美丽乡村示范村创建',
    source: 'document',
    sourceRef: '二七政〔2026〕16号',
    goal: '创建5个美丽乡村示范村，年底前通过市级验收。',
    targets: [{ name: '示范村', unit: '个', targetValue: 5, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'hzx', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'hzx-d', responsibleKey: 'hzx-r1' },
      {
        unitKey: 'jtj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'jtj-d',
        responsibleKey: 'jtj-r1',
      },
      {
        unitKey: 'slj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'slj-d',
        responsibleKey: 'slj-r1',
      },
    ],
    milestones: [
      { title: '创建方案', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '基础设施完工', plannedOffsetDays: 183 }, // 2026-08-31
      { title: '村庄风貌提升', plannedOffsetDays: 254 }, // 2026-11-10
      { title: '市级验收', plannedOffsetDays: 299 }, // 2026-12-25
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'ty',
    title: '“四好农村路”提升工程',
    source: 'upper',
    sourceRef: '市交通运输局交办件〔2026〕8号',
    goal: '提升改造农村公路26公里，10月底前全部完工。',
    targets: [{ name: '提升农村公路', unit: '公里', targetValue: 26, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'jtj', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'jtj-d', responsibleKey: 'jtj-r1' },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
      {
        unitKey: 'mzz',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
      },
    ],
    milestones: [
      { title: '设计招标', plannedOffsetDays: 45 }, // 2026-04-15
      { title: '完成10公里', plannedOffsetDays: 152 }, // 2026-07-31
      { title: '完成20公里', plannedOffsetDays: 198 }, // 2026-09-15
      { title: '全部完工', plannedOffsetDays: 238 }, // 2026-10-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'ty',
    title: '农村户厕无害化改造',
    source: 'upper',
    sourceRef: '市农村人居环境整治办交办件〔2026〕5号',
    goal: '完成2100户农村户厕无害化改造，同步建立长效管护机制。',
    targets: [{ name: '户厕改造', unit: '户', targetValue: 2100, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-15',
    dueDate: '2026-12-04',
    responsibilities: [
      { unitKey: 'hzx', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'hzx-d', responsibleKey: 'hzx-r2' },
      {
        unitKey: 'wjw',
        role: 'cooperating',
        leaderKey: 'ld-wj',
        deputyKey: 'wjw-d',
        responsibleKey: 'wjw-r1',
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
      { title: '摸底建档', plannedOffsetDays: 31 }, // 2026-04-15
      { title: '完成1000户', plannedOffsetDays: 138 }, // 2026-07-31
      { title: '完成1800户', plannedOffsetDays: 230 }, // 2026-10-31
      { title: '全部完成', plannedOffsetDays: 262 }, // 2026-12-02
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'ty',
    title: '樱桃沟景区旅游厕所及生态停车场建设',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕9号',
    goal: '新建旅游厕所6座、生态停车场2处，9月底前投入使用。',
    targets: [
      { name: '旅游厕所', unit: '座', targetValue: 6, baselineValue: 0 },
      { name: '生态停车场', unit: '处', targetValue: 2, baselineValue: 0 },
    ],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-01',
    dueDate: '2026-09-30',
    responsibilities: [
      { unitKey: 'ytg', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'ytg-d', responsibleKey: 'ytg-r1' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
      },
    ],
    milestones: [
      { title: '选址确定', plannedOffsetDays: 29 }, // 2026-04-30
      { title: '开工建设', plannedOffsetDays: 75 }, // 2026-06-15
      { title: '主体完工', plannedOffsetDays: 152 }, // 2026-08-31
      { title: '投入使用', plannedOffsetDays: 180 }, // 2026-09-28
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'ty',
    title: '田园小镇专题招商推介会',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕4号',
    goal: '举办田园小镇专题招商推介会，签约文旅、康养项目不少于5个。',
    targets: [{ name: '签约项目', unit: '个', targetValue: 5, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-05-31',
    responsibilities: [
      { unitKey: 'ytg', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'ytg-d', responsibleKey: 'ytg-r1' },
      {
        unitKey: 'zsj',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'zsj-d',
        responsibleKey: 'zsj-r1',
      },
      {
        unitKey: 'mzgwh',
        role: 'cooperating',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
    ],
    milestones: [
      { title: '推介方案', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '客商邀约', plannedOffsetDays: 60 }, // 2026-04-30
      { title: '举办推介会', plannedOffsetDays: 80 }, // 2026-05-20
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'ty',
    title: '马寨新镇区建设',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕9号',
    goal: '推进马寨新镇区道路、学校、公园等配套建设，2027年6月底前形成新镇区框架。',
    targets: [{ name: '完成投资', unit: '亿元', targetValue: 12, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-02-01',
    dueDate: '2027-06-30',
    responsibilities: [
      { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-bzr', deputyKey: 'mzz-d', responsibleKey: 'mzz-r1' },
      {
        unitKey: 'mzgwh',
        role: 'undertaking',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r2',
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
      { title: '新镇区控规批复', plannedOffsetDays: 58 }, // 2026-03-31
      { title: '主干道开工', plannedOffsetDays: 149 }, // 2026-06-30
      { title: '学校主体完工', plannedOffsetDays: 272 }, // 2026-10-31
      { title: '公园建成', plannedOffsetDays: 423 }, // 2027-03-31
      { title: '新镇区框架形成', plannedOffsetDays: 504 }, // 2027-06-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'ty',
    title: '侯寨特色农业种植基地建设',
    source: 'document',
    sourceRef: '二七政〔2026〕16号',
    goal: '建设樱桃、葡萄等特色种植基地3000亩，带动农户增收。',
    targets: [{ name: '种植基地', unit: '亩', targetValue: 3000, baselineValue: 0 }],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'hzx', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'hzx-d', responsibleKey: 'hzx-r1' },
      {
        unitKey: 'ytg',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'ytg-d',
        responsibleKey: 'ytg-r1',
      },
    ],
    milestones: [
      { title: '土地流转', plannedOffsetDays: 60 }, // 2026-04-30
      { title: '种植1500亩', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '种植2600亩', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '全部完成', plannedOffsetDays: 294 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'ty',
    title: '樱桃沟民宿改造试点',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕21号',
    goal: '选取20户农房开展民宿改造试点，形成可复制的田园小镇民宿标准。',
    targets: [{ name: '改造民宿', unit: '户', targetValue: 20, baselineValue: 0 }],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-11-18',
    dueDate: '2027-04-30',
    responsibilities: [
      { unitKey: 'ytg', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'ytg-d', responsibleKey: 'ytg-r1' },
      {
        unitKey: 'wgx',
        role: 'cooperating',
        leaderKey: 'ld-wj',
        deputyKey: 'wgx-d',
        responsibleKey: 'wgx-r1',
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
      { title: '试点户确定', plannedOffsetDays: 32 }, // 2026-12-20
      { title: '设计方案', plannedOffsetDays: 74 }, // 2027-01-31
      { title: '改造完成', plannedOffsetDays: 153 }, // 2027-04-20
    ],
    scenario: 'assigned',
  },
];
