/**
 * Demo items of the ledger 贾鲁河综合整治工程 (JLH).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const JLH_ITEMS: DemoItem[] = [
  {
    ledgerKey: 'jlh',
    title: '贾鲁河马寨段沿线附属物动迁清理',
    source: 'instruction',
    sourceRef: '区委副书记现场督导要求',
    goal: '分秒必争、竭尽全力，快速推进贾鲁河马寨段沿线附属物动迁清理，11月20日前全部清理完毕，为河道治理腾出作业面。',
    targets: [{ name: '清理附属物', unit: '处', targetValue: 420, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-03-01',
    dueDate: '2026-11-20',
    responsibilities: [
      { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'mzz-d', responsibleKey: 'mzz-r1' },
      {
        unitKey: 'jlhzhb',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'jlhzhb-d',
        responsibleKey: 'jlhzhb-r1',
      },
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
        responsibleKey: 'gaj-r1',
      },
    ],
    milestones: [
      { title: '附属物清点登记', plannedOffsetDays: 45 }, // 2026-04-15
      { title: '补偿协议签订', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '清理完成70%', plannedOffsetDays: 213 }, // 2026-09-30
      { title: '全部清理完毕', plannedOffsetDays: 262 }, // 2026-11-18
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河沿线坟头及无主坟迁移',
    source: 'instruction',
    sourceRef: '区委副书记现场督导要求',
    goal: '对贾鲁河沿线涉及的坟头、无主坟按照标准进行迁移，公告、登记、安置一体推进，保障迁坟工作顺利完成。',
    targets: [{ name: '迁移坟头', unit: '座', targetValue: 1860, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'mzz-d', responsibleKey: 'mzz-r2' },
      {
        unitKey: 'jlhzhb',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'jlhzhb-d',
        responsibleKey: 'jlhzhb-r2',
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
      { title: '迁坟公告及登记', plannedOffsetDays: 44 }, // 2026-05-15
      { title: '公墓安置点建成', plannedOffsetDays: 121 }, // 2026-07-31
      { title: '迁移1000座', plannedOffsetDays: 197 }, // 2026-10-15
      { title: '迁移1600座', plannedOffsetDays: 228 }, // 2026-11-15
      { title: '全部迁移完成', plannedOffsetDays: 268 }, // 2026-12-25
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河沿线企业动迁清理',
    source: 'meeting',
    sourceRef: '贾鲁河综合治理工程推进会议纪要〔2026〕7号',
    goal: '完成沿线36家企业资产评估、补偿和搬迁，12月上旬前全部腾空。',
    targets: [{ name: '搬迁企业', unit: '家', targetValue: 36, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-04-15',
    dueDate: '2026-12-04',
    responsibilities: [
      {
        unitKey: 'mzgwh',
        role: 'lead',
        leaderKey: 'ld-fsj',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
      {
        unitKey: 'mzz',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
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
      { title: '资产评估', plannedOffsetDays: 61 }, // 2026-06-15
      { title: '补偿协议签订', plannedOffsetDays: 138 }, // 2026-08-31
      { title: '搬迁25家', plannedOffsetDays: 199 }, // 2026-10-31
      { title: '全部腾空', plannedOffsetDays: 231 }, // 2026-12-02
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河二七段河道清淤疏浚',
    source: 'document',
    sourceRef: '二七政〔2026〕11号',
    goal: '完成贾鲁河二七段河道清淤65万立方米，汛期前全部完工。',
    targets: [{ name: '清淤量', unit: '万立方米', targetValue: 65, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-01-15',
    dueDate: '2026-06-30',
    responsibilities: [
      { unitKey: 'slj', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'slj-d', responsibleKey: 'slj-r1' },
      {
        unitKey: 'jlhzhb',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'jlhzhb-d',
        responsibleKey: 'jlhzhb-r1',
      },
    ],
    milestones: [
      { title: '施工单位进场', plannedOffsetDays: 44 }, // 2026-02-28
      { title: '清淤30万立方米', plannedOffsetDays: 90 }, // 2026-04-15
      { title: '清淤55万立方米', plannedOffsetDays: 136 }, // 2026-05-31
      { title: '完工验收', plannedOffsetDays: 156 }, // 2026-06-20
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河两岸绿化景观工程（马寨段）',
    source: 'document',
    sourceRef: '二七政〔2026〕11号',
    goal: '建设两岸绿化景观42万平方米，打造滨河生态廊道，2027年4月底前建成开放。',
    targets: [{ name: '绿化面积', unit: '万平方米', targetValue: 42, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-06-01',
    dueDate: '2027-04-30',
    responsibilities: [
      {
        unitKey: 'jlhzhb',
        role: 'lead',
        leaderKey: 'ld-fsj',
        deputyKey: 'jlhzhb-d',
        responsibleKey: 'jlhzhb-r1',
      },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
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
      { title: '设计方案批复', plannedOffsetDays: 44 }, // 2026-07-15
      { title: '土方造型完成', plannedOffsetDays: 152 }, // 2026-10-31
      { title: '栽植20万平方米', plannedOffsetDays: 213 }, // 2026-12-31
      { title: '苗木栽植完成', plannedOffsetDays: 303 }, // 2027-03-31
      { title: '建成开放', plannedOffsetDays: 328 }, // 2027-04-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河截污管网铺设',
    source: 'meeting',
    sourceRef: '贾鲁河综合治理工程推进会议纪要〔2026〕4号',
    goal: '沿河铺设截污管网18.5公里，实现沿线污水应截尽截。',
    targets: [{ name: '铺设管网', unit: '公里', targetValue: 18.5, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-15',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'slj', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'slj-d', responsibleKey: 'slj-r1' },
      {
        unitKey: 'jlhzhb',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'jlhzhb-d',
        responsibleKey: 'jlhzhb-r1',
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
      { title: '管材招标', plannedOffsetDays: 46 }, // 2026-04-30
      { title: '铺设8公里', plannedOffsetDays: 138 }, // 2026-07-31
      { title: '铺设15公里', plannedOffsetDays: 230 }, // 2026-10-31
      { title: '全线贯通', plannedOffsetDays: 280 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河滨河道路及桥梁建设',
    source: 'meeting',
    sourceRef: '贾鲁河综合治理工程推进会议纪要〔2026〕4号',
    goal: '建设滨河道路6.2公里、桥梁3座，10月底前主线贯通。',
    targets: [
      { name: '滨河道路', unit: '公里', targetValue: 6.2, baselineValue: 0 },
      { name: '桥梁', unit: '座', targetValue: 3, baselineValue: 0 },
    ],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'jtj', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'jtj-d', responsibleKey: 'jtj-r1' },
      {
        unitKey: 'jlhzhb',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'jlhzhb-d',
        responsibleKey: 'jlhzhb-r1',
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
      { title: '路基施工', plannedOffsetDays: 91 }, // 2026-05-31
      { title: '桥梁下部结构', plannedOffsetDays: 152 }, // 2026-07-31
      { title: '路面施工', plannedOffsetDays: 213 }, // 2026-09-30
      { title: '主线贯通', plannedOffsetDays: 241 }, // 2026-10-28
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河征地补偿款拨付',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕9号',
    goal: '按程序审核拨付贾鲁河治理征地补偿款，7月底前全部足额发放到村到户。',
    targets: [{ name: '拨付补偿款', unit: '亿元', targetValue: 6.8, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-07-31',
    responsibilities: [
      { unitKey: 'czj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'czj-d', responsibleKey: 'czj-r2' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
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
      { title: '补偿方案公示', plannedOffsetDays: 45 }, // 2026-04-15
      { title: '审核完成', plannedOffsetDays: 91 }, // 2026-05-31
      { title: '拨付50%', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '全部拨付', plannedOffsetDays: 149 }, // 2026-07-28
    ],
    scenario: 'completed_late',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河侯寨段治理前期手续办理',
    source: 'meeting',
    sourceRef: '贾鲁河综合治理工程推进会议纪要〔2026〕2号',
    goal: '完成侯寨段治理工程立项、环评、用地预审等前期手续。',
    targets: [],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-01-10',
    dueDate: '2026-04-30',
    responsibilities: [
      {
        unitKey: 'jlhzhb',
        role: 'lead',
        leaderKey: 'ld-fsj',
        deputyKey: 'jlhzhb-d',
        responsibleKey: 'jlhzhb-r2',
      },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
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
      { title: '项目立项', plannedOffsetDays: 36 }, // 2026-02-15
      { title: '环评批复', plannedOffsetDays: 69 }, // 2026-03-20
      { title: '用地预审', plannedOffsetDays: 105 }, // 2026-04-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河沿线违章建筑拆除',
    source: 'instruction',
    sourceRef: '区委副书记现场督导要求',
    goal: '拆除沿线违章建筑12万平方米，做到拆除一处、清理一处、绿化一处。',
    targets: [{ name: '拆除违建', unit: '万平方米', targetValue: 12, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-05-01',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'cgj-d', responsibleKey: 'cgj-r2' },
      {
        unitKey: 'mzz',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
      },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-fsj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
    ],
    milestones: [
      { title: '违建认定', plannedOffsetDays: 30 }, // 2026-05-31
      { title: '拆除5万平方米', plannedOffsetDays: 106 }, // 2026-08-15
      { title: '拆除10万平方米', plannedOffsetDays: 167 }, // 2026-10-15
      { title: '全部拆除', plannedOffsetDays: 203 }, // 2026-11-20
    ],
    scenario: 'pending_review',
  },
  {
    ledgerKey: 'jlh',
    title: '贾鲁河生态水系连通规划编制',
    source: 'meeting',
    sourceRef: '区委常委会议纪要〔2026〕21号',
    goal: '编制贾鲁河与樱桃沟、侯寨片区生态水系连通规划，2027年一季度完成专家评审。',
    targets: [],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-11-20',
    dueDate: '2027-03-31',
    responsibilities: [
      { unitKey: 'slj', role: 'lead', leaderKey: 'ld-fsj', deputyKey: 'slj-d', responsibleKey: 'slj-r1' },
      {
        unitKey: 'jlhzhb',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'jlhzhb-d',
        responsibleKey: 'jlhzhb-r1',
      },
      {
        unitKey: 'ytg',
        role: 'cooperating',
        leaderKey: 'ld-fsj',
        deputyKey: 'ytg-d',
        responsibleKey: 'ytg-r1',
      },
    ],
    milestones: [
      { title: '编制单位确定', plannedOffsetDays: 30 }, // 2026-12-20
      { title: '规划初稿', plannedOffsetDays: 87 }, // 2027-02-15
      { title: '专家评审', plannedOffsetDays: 125 }, // 2027-03-25
    ],
    scenario: 'assigned',
  },
];
