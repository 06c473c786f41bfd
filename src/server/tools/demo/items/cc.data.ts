/**
 * Demo items of the ledger 中心城区干线道路两侧村庄拆除 (CC).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const CC_ITEMS: DemoItem[] = [
  {
    ledgerKey: 'cc',
    title: '南四环沿线村庄拆除',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕4号',
    goal: '完成南四环二七段两侧村庄680户、38万平方米拆除任务，10月底前实现净地。',
    targets: [
      { name: '拆除户数', unit: '户', targetValue: 680, baselineValue: 0 },
      { name: '拆除面积', unit: '万平方米', targetValue: 38, baselineValue: 0 },
    ],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-02-20',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'hzx', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'hzx-d', responsibleKey: 'hzx-r1' },
      {
        unitKey: 'zsb',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
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
      { title: '入户调查', plannedOffsetDays: 39 }, // 2026-03-31
      { title: '协议签约80%', plannedOffsetDays: 115 }, // 2026-06-15
      { title: '拆除20万平方米', plannedOffsetDays: 192 }, // 2026-08-31
      { title: '全部拆除净地', plannedOffsetDays: 247 }, // 2026-10-25
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'cc',
    title: '大学路南延两侧村庄拆除',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕4号',
    goal: '大学路南延线两侧村庄拆除420户，年底前完成，保障道路按期施工。',
    targets: [{ name: '拆除户数', unit: '户', targetValue: 420, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-03-15',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zsb', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'zsb-d', responsibleKey: 'zsb-r1' },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
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
      { title: '征收公告', plannedOffsetDays: 31 }, // 2026-04-15
      { title: '签约完成70%', plannedOffsetDays: 138 }, // 2026-07-31
      { title: '拆除300户', plannedOffsetDays: 230 }, // 2026-10-31
      { title: '剩余户签约', plannedOffsetDays: 242 }, // 2026-11-12
      { title: '全部拆除', plannedOffsetDays: 285 }, // 2026-12-25
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'cc',
    title: '嵩山路南延线两侧村庄拆除',
    source: 'document',
    sourceRef: '二七政〔2026〕14号',
    goal: '嵩山路南延两侧村庄拆除分两期实施，2027年3月底前全部完成。',
    targets: [{ name: '拆除面积', unit: '万平方米', targetValue: 26, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-06-01',
    dueDate: '2027-03-31',
    responsibilities: [
      { unitKey: 'zsb', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'zsb-d', responsibleKey: 'zsb-r2' },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r2',
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
      { title: '入户调查', plannedOffsetDays: 44 }, // 2026-07-15
      { title: '评估结果公示', plannedOffsetDays: 106 }, // 2026-09-15
      { title: '一期拆除完成', plannedOffsetDays: 172 }, // 2026-11-20
      { title: '二期签约完成', plannedOffsetDays: 228 }, // 2027-01-15
      { title: '全部拆除', plannedOffsetDays: 297 }, // 2027-03-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'cc',
    title: '京广快速路两侧城中村拆除',
    source: 'upper',
    sourceRef: '市督察室交办件〔2026〕33号',
    goal: '京广快速路两侧城中村剩余建筑全部拆除，消除沿线脏乱差。',
    targets: [{ name: '拆除户数', unit: '户', targetValue: 156, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-04-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'jgl', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'jgl-d', responsibleKey: 'jgl-r1' },
      {
        unitKey: 'zsb',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
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
      { title: '入户调查', plannedOffsetDays: 29 }, // 2026-04-30
      { title: '签约100户', plannedOffsetDays: 121 }, // 2026-07-31
      { title: '拆除120户', plannedOffsetDays: 213 }, // 2026-10-31
      { title: '全部拆除', plannedOffsetDays: 263 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'cc',
    title: '拆迁后地块围挡与防尘覆盖',
    source: 'upper',
    sourceRef: '市大气污染防治攻坚办交办件〔2026〕12号',
    goal: '拆迁后地块同步设置围挡、覆盖防尘网，拆后地块覆盖率达到100%。',
    targets: [{ name: '覆盖率', unit: '%', targetValue: 100, baselineValue: 60 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-08-31',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'cgj-d', responsibleKey: 'cgj-r1' },
      {
        unitKey: 'hbj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'hbj-d',
        responsibleKey: 'hbj-r1',
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
      { title: '建立拆后地块台账', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '覆盖率80%', plannedOffsetDays: 91 }, // 2026-05-31
      { title: '全部覆盖', plannedOffsetDays: 177 }, // 2026-08-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'cc',
    title: '拆迁群众过渡安置费发放',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕7号',
    goal: '按月足额发放拆迁群众过渡安置费，确保零拖欠。',
    targets: [{ name: '发放户数', unit: '户', targetValue: 2360, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-01-10',
    dueDate: '2026-06-30',
    responsibilities: [
      { unitKey: 'czj', role: 'lead', leaderKey: 'ld-cw', deputyKey: 'czj-d', responsibleKey: 'czj-r1' },
      {
        unitKey: 'zsb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
      },
    ],
    milestones: [
      { title: '核定发放名册', plannedOffsetDays: 36 }, // 2026-02-15
      { title: '一季度发放', plannedOffsetDays: 80 }, // 2026-03-31
      { title: '上半年发放', plannedOffsetDays: 166 }, // 2026-06-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'cc',
    title: '拆除项目社会稳定风险评估',
    source: 'document',
    sourceRef: '二七办〔2026〕9号',
    goal: '对年度拆除项目全部开展社会稳定风险评估，未经评估不得启动拆除。',
    targets: [{ name: '评估项目', unit: '个', targetValue: 9, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-02-01',
    dueDate: '2026-05-31',
    responsibilities: [
      { unitKey: 'zfw', role: 'lead', leaderKey: 'ld-zfw', deputyKey: 'zfw-d', responsibleKey: 'zfw-r1' },
      {
        unitKey: 'zsb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
      },
    ],
    milestones: [
      { title: '评估机构确定', plannedOffsetDays: 27 }, // 2026-02-28
      { title: '完成5个', plannedOffsetDays: 73 }, // 2026-04-15
      { title: '全部完成', plannedOffsetDays: 116 }, // 2026-05-28
    ],
    scenario: 'completed_late',
  },
  {
    ledgerKey: 'cc',
    title: '侯寨乡拆迁遗留户攻坚',
    source: 'instruction',
    sourceRef: '区委书记批示',
    goal: '对侯寨乡拆迁遗留的27户逐户制定攻坚方案，领导包案，发挥“拔钉子”精神，12月上旬前全部签约拆除。',
    targets: [{ name: '签约拆除', unit: '户', targetValue: 27, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-09-01',
    dueDate: '2026-12-04',
    responsibilities: [
      { unitKey: 'hzx', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'hzx-d', responsibleKey: 'hzx-r2' },
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
      { title: '一户一策方案', plannedOffsetDays: 14 }, // 2026-09-15
      { title: '签约15户', plannedOffsetDays: 60 }, // 2026-10-31
      { title: '签约25户', plannedOffsetDays: 80 }, // 2026-11-20
      { title: '全部拆除', plannedOffsetDays: 93 }, // 2026-12-03
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'cc',
    title: '拆迁建筑垃圾清运及资源化利用',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕13号',
    goal: '拆迁产生的建筑垃圾全部清运并资源化利用，11月中旬前清运完毕。',
    targets: [{ name: '清运量', unit: '万吨', targetValue: 48, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-05-01',
    dueDate: '2026-11-15',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'cgj-d', responsibleKey: 'cgj-r2' },
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
      { title: '清运单位确定', plannedOffsetDays: 30 }, // 2026-05-31
      { title: '清运20万吨', plannedOffsetDays: 122 }, // 2026-08-31
      { title: '清运40万吨', plannedOffsetDays: 183 }, // 2026-10-31
      { title: '全部清运', plannedOffsetDays: 195 }, // 2026-11-12
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'cc',
    title: '郑密路马寨段两侧村庄拆除',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕6号',
    goal: '郑密路马寨段两侧村庄拆除280户，11月底前完成净地验收。',
    targets: [{ name: '拆除户数', unit: '户', targetValue: 280, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-04-10',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'mzz-d', responsibleKey: 'mzz-r1' },
      {
        unitKey: 'zsb',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
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
      { title: '入户调查', plannedOffsetDays: 35 }, // 2026-05-15
      { title: '签约完成', plannedOffsetDays: 143 }, // 2026-08-31
      { title: '拆除完成', plannedOffsetDays: 214 }, // 2026-11-10
      { title: '净地验收', plannedOffsetDays: 224 }, // 2026-11-20
    ],
    scenario: 'pending_review',
  },
  {
    ledgerKey: 'cc',
    title: '南水北调干渠保护范围内村庄拆除',
    source: 'document',
    sourceRef: '二七政〔2026〕14号',
    goal: '完成南水北调干渠二七段保护范围内120户村庄拆除，保障干渠水质安全。',
    targets: [{ name: '拆除户数', unit: '户', targetValue: 120, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-05-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'hzx', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'hzx-d', responsibleKey: 'hzx-r1' },
      {
        unitKey: 'zsb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zsb-d',
        responsibleKey: 'zsb-r1',
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
      { title: '入户调查', plannedOffsetDays: 45 }, // 2026-06-15
      { title: '评估结果公示', plannedOffsetDays: 122 }, // 2026-08-31
      { title: '全部拆除', plannedOffsetDays: 233 }, // 2026-12-20
    ],
    scenario: 'suspended',
  },
  {
    ledgerKey: 'cc',
    title: '拆迁补偿协议网签备案',
    source: 'document',
    sourceRef: '二七征〔2026〕3号',
    goal: '推行拆迁补偿协议网签备案，实现签约数据实时可查、全程留痕。',
    targets: [{ name: '网签率', unit: '%', targetValue: 100, baselineValue: 0 }],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-06-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zsb', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'zsb-d', responsibleKey: 'zsb-r2' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
      },
    ],
    milestones: [
      { title: '网签系统上线', plannedOffsetDays: 60 }, // 2026-07-31
      { title: '网签率60%', plannedOffsetDays: 121 }, // 2026-09-30
      { title: '网签率90%', plannedOffsetDays: 172 }, // 2026-11-20
      { title: '全部网签', plannedOffsetDays: 207 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
];
