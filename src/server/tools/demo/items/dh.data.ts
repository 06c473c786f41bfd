/**
 * Demo items of the ledger 百年德化文化复兴工程 (DH).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const DH_ITEMS: DemoItem[] = [
  {
    ledgerKey: 'dh',
    title: '德化街立面改造一期完工',
    source: 'meeting',
    sourceRef: '百年德化文化复兴工程推进会议纪要〔2026〕3号',
    goal: '完成德化街46栋沿街建筑立面改造，恢复百年商业老街风貌，国庆前整体亮相。',
    targets: [{ name: '改造楼体', unit: '栋', targetValue: 46, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-02-15',
    dueDate: '2026-09-30',
    responsibilities: [
      {
        unitKey: 'dhjzhb',
        role: 'lead',
        leaderKey: 'ld-xcb',
        deputyKey: 'dhjzhb-d',
        responsibleKey: 'dhjzhb-r1',
      },
      {
        unitKey: 'dhj',
        role: 'undertaking',
        leaderKey: 'ld-xcb',
        deputyKey: 'dhj-d',
        responsibleKey: 'dhj-r1',
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
      { title: '设计方案批复', plannedOffsetDays: 44 }, // 2026-03-31
      { title: '完成20栋', plannedOffsetDays: 135 }, // 2026-06-30
      { title: '完成40栋', plannedOffsetDays: 197 }, // 2026-08-31
      { title: '全部完工', plannedOffsetDays: 222 }, // 2026-09-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'dh',
    title: '德化街历史建筑保护修缮',
    source: 'document',
    sourceRef: '二七文〔2026〕7号',
    goal: '对德化街8处历史建筑开展保护性修缮，修旧如旧、留住记忆。',
    targets: [{ name: '修缮历史建筑', unit: '处', targetValue: 8, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'wgx', role: 'lead', leaderKey: 'ld-wj', deputyKey: 'wgx-d', responsibleKey: 'wgx-r1' },
      {
        unitKey: 'dhjzhb',
        role: 'undertaking',
        leaderKey: 'ld-wj',
        deputyKey: 'dhjzhb-d',
        responsibleKey: 'dhjzhb-r1',
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
      { title: '建筑价值评估', plannedOffsetDays: 44 }, // 2026-05-15
      { title: '修缮方案评审', plannedOffsetDays: 105 }, // 2026-07-15
      { title: '完成4处', plannedOffsetDays: 197 }, // 2026-10-15
      { title: '完成6处', plannedOffsetDays: 223 }, // 2026-11-10
      { title: '全部完成', plannedOffsetDays: 263 }, // 2026-12-20
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'dh',
    title: '德化街老字号品牌引进',
    source: 'meeting',
    sourceRef: '百年德化文化复兴工程推进会议纪要〔2026〕5号',
    goal: '引进和恢复中华老字号、河南老字号20家，打造“老字号一条街”。',
    targets: [{ name: '引进老字号', unit: '家', targetValue: 20, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-03-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'swj', role: 'lead', leaderKey: 'ld-jj', deputyKey: 'swj-d', responsibleKey: 'swj-r1' },
      {
        unitKey: 'sqgwh',
        role: 'undertaking',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
      {
        unitKey: 'dhj',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'dhj-d',
        responsibleKey: 'dhj-r2',
      },
    ],
    milestones: [
      { title: '招商方案', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '引进8家', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '引进15家', plannedOffsetDays: 213 }, // 2026-09-30
      { title: '全部引进', plannedOffsetDays: 299 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'dh',
    title: '二七纪念塔周边环境提升',
    source: 'instruction',
    sourceRef: '区委书记批示',
    goal: '对二七纪念塔周边广场、绿地、标识系统进行整体提升，12月初完成。',
    targets: [],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-07-01',
    dueDate: '2026-12-01',
    responsibilities: [
      {
        unitKey: 'sqgwh',
        role: 'lead',
        leaderKey: 'ld-xcb',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r2',
      },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
      },
      {
        unitKey: 'dhjzhb',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'dhjzhb-d',
        responsibleKey: 'dhjzhb-r1',
      },
    ],
    milestones: [
      { title: '提升方案批复', plannedOffsetDays: 30 }, // 2026-07-31
      { title: '绿化提升', plannedOffsetDays: 91 }, // 2026-09-30
      { title: '标识系统安装', plannedOffsetDays: 137 }, // 2026-11-15
      { title: '整体验收', plannedOffsetDays: 152 }, // 2026-11-30
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'dh',
    title: '德化街地下管网改造',
    source: 'meeting',
    sourceRef: '百年德化文化复兴工程推进会议纪要〔2026〕3号',
    goal: '同步实施德化街雨污分流和强弱电入地改造，10月底前完成路面恢复。',
    targets: [{ name: '改造管网', unit: '公里', targetValue: 4.8, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'slj', role: 'lead', leaderKey: 'ld-xcb', deputyKey: 'slj-d', responsibleKey: 'slj-r1' },
      {
        unitKey: 'dhjzhb',
        role: 'undertaking',
        leaderKey: 'ld-xcb',
        deputyKey: 'dhjzhb-d',
        responsibleKey: 'dhjzhb-r1',
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
      { title: '管线探测', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '雨污分流完成', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '强弱电入地', plannedOffsetDays: 198 }, // 2026-09-15
      { title: '路面恢复', plannedOffsetDays: 241 }, // 2026-10-28
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'dh',
    title: '德化文化展示馆布展',
    source: 'document',
    sourceRef: '二七文〔2026〕7号',
    goal: '建成德化文化展示馆，展示百年德化街商贸文化与二七红色文化，2027年1月底前开馆。',
    targets: [{ name: '展陈面积', unit: '平方米', targetValue: 2400, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-06-01',
    dueDate: '2027-01-31',
    responsibilities: [
      { unitKey: 'wgx', role: 'lead', leaderKey: 'ld-wj', deputyKey: 'wgx-d', responsibleKey: 'wgx-r1' },
      {
        unitKey: 'dhjzhb',
        role: 'cooperating',
        leaderKey: 'ld-xcb',
        deputyKey: 'dhjzhb-d',
        responsibleKey: 'dhjzhb-r1',
      },
    ],
    milestones: [
      { title: '展陈大纲', plannedOffsetDays: 60 }, // 2026-07-31
      { title: '展品征集', plannedOffsetDays: 152 }, // 2026-10-31
      { title: '布展施工', plannedOffsetDays: 213 }, // 2026-12-31
      { title: '开馆', plannedOffsetDays: 238 }, // 2027-01-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'dh',
    title: '德化街夜间经济街区打造',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕12号',
    goal: '打造德化街夜间经济街区，丰富夜游、夜购、夜食业态，国庆前开街运营。',
    targets: [{ name: '夜间经营商户', unit: '家', targetValue: 120, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-05-01',
    dueDate: '2026-09-20',
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
        unitKey: 'gaj',
        role: 'cooperating',
        leaderKey: 'ld-ga',
        deputyKey: 'gaj-d',
        responsibleKey: 'gaj-r1',
      },
    ],
    milestones: [
      { title: '规划方案', plannedOffsetDays: 30 }, // 2026-05-31
      { title: '业态招商', plannedOffsetDays: 91 }, // 2026-07-31
      { title: '亮化施工', plannedOffsetDays: 132 }, // 2026-09-10
      { title: '开街运营', plannedOffsetDays: 140 }, // 2026-09-18
    ],
    scenario: 'completed_late',
  },
  {
    ledgerKey: 'dh',
    title: '德化街周边智慧停车改造',
    source: 'other',
    sourceRef: null,
    goal: '建设德化街周边智慧停车系统，新增停车泊位600个，缓解商圈停车难。',
    targets: [{ name: '新增泊位', unit: '个', targetValue: 600, baselineValue: 0 }],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-12-15',
    dueDate: '2027-06-30',
    responsibilities: [
      {
        unitKey: 'sqgwh',
        role: 'lead',
        leaderKey: 'ld-xcb',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
      {
        unitKey: 'jtj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'jtj-d',
        responsibleKey: 'jtj-r1',
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
      { title: '方案论证', plannedOffsetDays: 47 }, // 2027-01-31
      { title: '建设施工', plannedOffsetDays: 136 }, // 2027-04-30
      { title: '系统上线', plannedOffsetDays: 187 }, // 2027-06-20
    ],
    scenario: 'draft',
  },
  {
    ledgerKey: 'dh',
    title: '德化街商户经营秩序规范',
    source: 'meeting',
    sourceRef: '百年德化文化复兴工程推进会议纪要〔2026〕2号',
    goal: '规范德化街商户外摆、招牌和经营行为，全面推行“门前五包”责任制。',
    targets: [{ name: '签订责任书商户', unit: '家', targetValue: 380, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-02-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'dhj', role: 'lead', leaderKey: 'ld-xcb', deputyKey: 'dhj-d', responsibleKey: 'dhj-r1' },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
      },
    ],
    milestones: [
      { title: '入户宣传', plannedOffsetDays: 42 }, // 2026-03-15
      { title: '签订责任书', plannedOffsetDays: 88 }, // 2026-04-30
      { title: '集中整治', plannedOffsetDays: 144 }, // 2026-06-25
      { title: '年终考评', plannedOffsetDays: 322 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'dh',
    title: '德化街文化主题灯光亮化',
    source: 'meeting',
    sourceRef: '百年德化文化复兴工程推进会议纪要〔2026〕6号',
    goal: '实施德化街文化主题灯光亮化工程，元旦前完成调试亮灯。',
    targets: [{ name: '亮化楼体', unit: '栋', targetValue: 46, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-07-15',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'cgj-d', responsibleKey: 'cgj-r1' },
      {
        unitKey: 'dhjzhb',
        role: 'undertaking',
        leaderKey: 'ld-hb',
        deputyKey: 'dhjzhb-d',
        responsibleKey: 'dhjzhb-r1',
      },
    ],
    milestones: [
      { title: '设计方案', plannedOffsetDays: 31 }, // 2026-08-15
      { title: '施工完成', plannedOffsetDays: 108 }, // 2026-10-31
      { title: '调试亮灯', plannedOffsetDays: 153 }, // 2026-12-15
      { title: '竣工验收', plannedOffsetDays: 163 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'dh',
    title: '德化街改造房屋征收扫尾',
    source: 'instruction',
    sourceRef: '区长批示',
    goal: '完成德化街改造范围内剩余14户房屋征收，11月10日前交付场地。',
    targets: [{ name: '完成征收', unit: '户', targetValue: 14, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-06-01',
    dueDate: '2026-11-10',
    responsibilities: [
      { unitKey: 'zsb', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'zsb-d', responsibleKey: 'zsb-r2' },
      {
        unitKey: 'dhj',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'dhj-d',
        responsibleKey: 'dhj-r1',
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
      { title: '一户一策', plannedOffsetDays: 29 }, // 2026-06-30
      { title: '签约8户', plannedOffsetDays: 91 }, // 2026-08-31
      { title: '签约12户', plannedOffsetDays: 136 }, // 2026-10-15
      { title: '交付场地', plannedOffsetDays: 160 }, // 2026-11-08
    ],
    scenario: 'overdue',
  },
];
