/**
 * Demo items of the ledger 安置房建设 (AZF).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const AZF_ITEMS: DemoItem[] = [
  {
    ledgerKey: 'azf',
    title: '马寨安置区3#地块主体封顶',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕3号',
    goal: '马寨安置区3#地块8栋住宅楼9月底前全部主体封顶，为年底前二次结构和外墙施工创造条件。指挥部驻场盯办，每周通报形象进度。',
    targets: [{ name: '主体封顶栋数', unit: '栋', targetValue: 8, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-02-20',
    dueDate: '2026-09-30',
    responsibilities: [
      {
        unitKey: 'azfzhb',
        role: 'lead',
        leaderKey: 'ld-cj',
        deputyKey: 'azfzhb-d',
        responsibleKey: 'azfzhb-r1',
      },
      {
        unitKey: 'mzz',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
      },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
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
      { title: '桩基工程完成', plannedOffsetDays: 54 }, // 2026-04-15
      { title: '地下室结构完成', plannedOffsetDays: 100 }, // 2026-05-31
      { title: '主体施工至十层', plannedOffsetDays: 161 }, // 2026-07-31
      { title: '主体结构全部封顶', plannedOffsetDays: 217 }, // 2026-09-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'azf',
    title: '马寨、杨寨、坟上安置区如期开工',
    source: 'meeting',
    sourceRef: '马寨重点工作推进会议纪要〔2026〕9号',
    goal: '按照区委、区政府年终冲刺部署，倒排工期，确保马寨（二期）、杨寨、坟上三个安置区年底前如期开工。分解到镇和指挥部，逐项明确手续办理和场地清表节点。',
    targets: [
      { name: '如期开工安置区', unit: '个', targetValue: 3, baselineValue: 0 },
      { name: '开工建筑面积', unit: '万平方米', targetValue: 46, baselineValue: 0 },
    ],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-10-16',
    dueDate: '2026-12-31',
    responsibilities: [
      {
        unitKey: 'azfzhb',
        role: 'lead',
        leaderKey: 'ld-cj',
        deputyKey: 'azfzhb-d',
        responsibleKey: 'azfzhb-r1',
      },
      {
        unitKey: 'mzz',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
      },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
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
      { title: '三个安置区规划方案批复', plannedOffsetDays: 25 }, // 2026-11-10
      { title: '场地清表完成', plannedOffsetDays: 45 }, // 2026-11-30
      { title: '施工许可办理', plannedOffsetDays: 60 }, // 2026-12-15
      { title: '三个安置区全部开工', plannedOffsetDays: 73 }, // 2026-12-28
    ],
    scenario: 'on_track',
    children: [
      {
        ledgerKey: 'azf',
        title: '马寨安置区（二期）如期开工',
        source: 'other',
        sourceRef: null,
        goal: '马寨安置区二期18万平方米12月20日前开工建设。',
        targets: [{ name: '开工建筑面积', unit: '万平方米', targetValue: 18, baselineValue: 0 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-16',
        dueDate: '2026-12-20',
        responsibilities: [
          { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'mzz-d', responsibleKey: 'mzz-r1' },
          {
            unitKey: 'azfzhb',
            role: 'undertaking',
            leaderKey: 'ld-cj',
            deputyKey: 'azfzhb-d',
            responsibleKey: 'azfzhb-r1',
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
          { title: '规划方案批复', plannedOffsetDays: 20 }, // 2026-11-05
          { title: '施工图审查完成', plannedOffsetDays: 35 }, // 2026-11-20
          { title: '施工单位招标', plannedOffsetDays: 50 }, // 2026-12-05
          { title: '开工建设', plannedOffsetDays: 63 }, // 2026-12-18
        ],
        scenario: 'on_track',
      },
      {
        ledgerKey: 'azf',
        title: '杨寨安置区如期开工',
        source: 'other',
        sourceRef: null,
        goal: '杨寨安置区16万平方米12月25日前开工建设，地上附属物清点和场地清表先行。',
        targets: [{ name: '开工建筑面积', unit: '万平方米', targetValue: 16, baselineValue: 0 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-16',
        dueDate: '2026-12-25',
        responsibilities: [
          { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'mzz-d', responsibleKey: 'mzz-r2' },
          {
            unitKey: 'azfzhb',
            role: 'undertaking',
            leaderKey: 'ld-cj',
            deputyKey: 'azfzhb-d',
            responsibleKey: 'azfzhb-r1',
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
          { title: '地上附属物清点登记', plannedOffsetDays: 15 }, // 2026-10-31
          { title: '场地平整及清表', plannedOffsetDays: 31 }, // 2026-11-16
          { title: '施工许可办理', plannedOffsetDays: 55 }, // 2026-12-10
          { title: '开工建设', plannedOffsetDays: 68 }, // 2026-12-23
        ],
        scenario: 'milestone_late',
      },
      {
        ledgerKey: 'azf',
        title: '坟上安置区如期开工',
        source: 'other',
        sourceRef: null,
        goal: '坟上安置区12万平方米12月上旬开工建设。',
        targets: [{ name: '开工建筑面积', unit: '万平方米', targetValue: 12, baselineValue: 0 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-16',
        dueDate: '2026-12-04',
        responsibilities: [
          { unitKey: 'mzz', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'mzz-d', responsibleKey: 'mzz-r1' },
          {
            unitKey: 'azfzhb',
            role: 'undertaking',
            leaderKey: 'ld-cj',
            deputyKey: 'azfzhb-d',
            responsibleKey: 'azfzhb-r1',
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
          { title: '规划方案批复', plannedOffsetDays: 14 }, // 2026-10-30
          { title: '施工图审查完成', plannedOffsetDays: 28 }, // 2026-11-13
          { title: '施工许可办理', plannedOffsetDays: 40 }, // 2026-11-25
          { title: '开工建设', plannedOffsetDays: 48 }, // 2026-12-03
        ],
        scenario: 'at_risk',
      },
    ],
  },
  {
    ledgerKey: 'azf',
    title: '侯寨安置区一期交付回迁',
    source: 'document',
    sourceRef: '二七政〔2026〕5号',
    goal: '侯寨安置区一期1260套6月底前完成竣工验收并交付，群众按期回迁。同步完成水电气接入和小区配套。',
    targets: [{ name: '交付安置房', unit: '套', targetValue: 1260, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-01-10',
    dueDate: '2026-06-30',
    responsibilities: [
      {
        unitKey: 'azfzhb',
        role: 'lead',
        leaderKey: 'ld-cj',
        deputyKey: 'azfzhb-d',
        responsibleKey: 'azfzhb-r2',
      },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
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
      { title: '竣工验收', plannedOffsetDays: 110 }, // 2026-04-30
      { title: '水电气接通', plannedOffsetDays: 141 }, // 2026-05-31
      { title: '选房摇号', plannedOffsetDays: 156 }, // 2026-06-15
      { title: '交房回迁', plannedOffsetDays: 169 }, // 2026-06-28
    ],
    scenario: 'completed_late',
  },
  {
    ledgerKey: 'azf',
    title: '全区安置房年度建设任务',
    source: 'document',
    sourceRef: '二七政〔2026〕2号',
    goal: '2026年全区安置房新开工120万平方米、竣工5000套，按季度分解，年底前全面完成。',
    targets: [
      { name: '新开工面积', unit: '万平方米', targetValue: 120, baselineValue: 0 },
      { name: '竣工套数', unit: '套', targetValue: 5000, baselineValue: 0 },
    ],
    priority: 'high',
    cadence: 'monthly',
    startDate: '2026-01-05',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'zjj', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'zjj-d', responsibleKey: 'zjj-r2' },
      {
        unitKey: 'azfzhb',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'azfzhb-d',
        responsibleKey: 'azfzhb-r1',
      },
      {
        unitKey: 'czj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'czj-d',
        responsibleKey: 'czj-r1',
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
      { title: '一季度新开工30万平方米', plannedOffsetDays: 85 }, // 2026-03-31
      { title: '上半年竣工2000套', plannedOffsetDays: 176 }, // 2026-06-30
      { title: '累计新开工90万平方米', plannedOffsetDays: 268 }, // 2026-09-30
      { title: '全年任务完成', plannedOffsetDays: 354 }, // 2026-12-25
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'azf',
    title: '安置房建设资金筹措落实',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕8号',
    goal: '多渠道筹措安置房建设资金45亿元，11月底前全部落实到位，保障工程款按进度拨付。',
    targets: [{ name: '到位资金', unit: '亿元', targetValue: 45, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'czj', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'czj-d', responsibleKey: 'czj-r2' },
      {
        unitKey: 'fgw',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'fgw-d',
        responsibleKey: 'fgw-r1',
      },
      {
        unitKey: 'azfzhb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'azfzhb-d',
        responsibleKey: 'azfzhb-r1',
      },
    ],
    milestones: [
      { title: '政策性贷款获批', plannedOffsetDays: 91 }, // 2026-05-31
      { title: '到位资金30亿元', plannedOffsetDays: 183 }, // 2026-08-31
      { title: '到位资金40亿元', plannedOffsetDays: 244 }, // 2026-10-31
      { title: '资金全部落实', plannedOffsetDays: 270 }, // 2026-11-26
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'azf',
    title: '大学路片区安置房配套学校同步建设',
    source: 'instruction',
    sourceRef: '区长批示',
    goal: '安置房配套小学与安置区同步建设、同步交付，10月底前完成竣工验收，确保回迁学生就近入学。',
    targets: [{ name: '新增学位', unit: '个', targetValue: 1620, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'jty', role: 'lead', leaderKey: 'ld-wj', deputyKey: 'jty-d', responsibleKey: 'jty-r2' },
      {
        unitKey: 'dxl',
        role: 'undertaking',
        leaderKey: 'ld-wj',
        deputyKey: 'dxl-d',
        responsibleKey: 'dxl-r1',
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
      { title: '项目立项批复', plannedOffsetDays: 44 }, // 2026-05-15
      { title: '施工许可办理', plannedOffsetDays: 90 }, // 2026-06-30
      { title: '主体完工', plannedOffsetDays: 167 }, // 2026-09-15
      { title: '竣工验收', plannedOffsetDays: 210 }, // 2026-10-28
    ],
    scenario: 'overdue',
  },
  {
    ledgerKey: 'azf',
    title: '淮河路安置区配套道路及管网施工',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕12号',
    goal: '完成安置区周边3条配套道路及雨污管网建设，年底前通车，解决回迁群众出行问题。',
    targets: [{ name: '配套道路', unit: '公里', targetValue: 3.6, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-05-10',
    dueDate: '2026-12-25',
    responsibilities: [
      { unitKey: 'jtj', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'jtj-d', responsibleKey: 'jtj-r1' },
      {
        unitKey: 'slj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'slj-d',
        responsibleKey: 'slj-r1',
      },
      {
        unitKey: 'hhl',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'hhl-d',
        responsibleKey: 'hhl-r1',
      },
    ],
    milestones: [
      { title: '雨污管网铺设完成', plannedOffsetDays: 82 }, // 2026-07-31
      { title: '路基施工完成', plannedOffsetDays: 133 }, // 2026-09-20
      { title: '沥青摊铺完成', plannedOffsetDays: 184 }, // 2026-11-10
      { title: '交工验收通车', plannedOffsetDays: 224 }, // 2026-12-20
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'azf',
    title: '安置房项目施工许可“容缺办理”',
    source: 'instruction',
    sourceRef: '区长批示',
    goal: '对安置房项目推行施工许可容缺受理、并联审批，审批时限由30个工作日压缩至15个工作日以内。',
    targets: [{ name: '审批时限', unit: '工作日', targetValue: 15, baselineValue: 30 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-15',
    dueDate: '2026-05-31',
    responsibilities: [
      { unitKey: 'zjj', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'zjj-d', responsibleKey: 'zjj-r1' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
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
      { title: '制定容缺办理清单', plannedOffsetDays: 26 }, // 2026-04-10
      { title: '并联审批流程运行', plannedOffsetDays: 46 }, // 2026-04-30
      { title: '首批项目办结', plannedOffsetDays: 71 }, // 2026-05-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'azf',
    title: '安置房回迁群众选房方案制定',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕15号',
    goal: '制定公开、公平、公正的回迁选房方案，经群众代表讨论和社会稳定风险评估后报区政府审定。',
    targets: [],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-07-01',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'zsb', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'zsb-d', responsibleKey: 'zsb-r1' },
      {
        unitKey: 'azfzhb',
        role: 'undertaking',
        leaderKey: 'ld-cj',
        deputyKey: 'azfzhb-d',
        responsibleKey: 'azfzhb-r1',
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
      { title: '方案初稿', plannedOffsetDays: 45 }, // 2026-08-15
      { title: '征求群众代表意见', plannedOffsetDays: 91 }, // 2026-09-30
      { title: '社会稳定风险评估', plannedOffsetDays: 122 }, // 2026-10-31
      { title: '报区政府审定', plannedOffsetDays: 142 }, // 2026-11-20
    ],
    scenario: 'pending_review',
  },
  {
    ledgerKey: 'azf',
    title: '长江路安置区物业服务移交',
    source: 'other',
    sourceRef: null,
    goal: '安置区交付后引入专业物业服务企业，完成物业承接查验、服务移交和业主委员会筹备。',
    targets: [],
    priority: 'low',
    cadence: 'monthly',
    startDate: '2026-12-01',
    dueDate: '2027-03-31',
    responsibilities: [
      { unitKey: 'cjl', role: 'lead', leaderKey: 'ld-cj', deputyKey: 'cjl-d', responsibleKey: 'cjl-r1' },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
      },
    ],
    milestones: [
      { title: '物业服务企业选聘', plannedOffsetDays: 30 }, // 2026-12-31
      { title: '承接查验', plannedOffsetDays: 61 }, // 2027-01-31
      { title: '物业服务移交完成', plannedOffsetDays: 109 }, // 2027-03-20
    ],
    scenario: 'draft',
  },
  {
    ledgerKey: 'azf',
    title: '安置房工程质量安全月度巡查',
    source: 'document',
    sourceRef: '二七建〔2026〕6号',
    goal: '对在建安置房项目每月开展一次质量安全巡查，发现问题建账督办，整改闭环率100%。',
    targets: [{ name: '问题整改闭环率', unit: '%', targetValue: 100, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-01-15',
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
      {
        unitKey: 'azfzhb',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'azfzhb-d',
        responsibleKey: 'azfzhb-r1',
      },
    ],
    milestones: [
      { title: '一季度巡查', plannedOffsetDays: 75 }, // 2026-03-31
      { title: '二季度巡查', plannedOffsetDays: 166 }, // 2026-06-30
      { title: '三季度巡查', plannedOffsetDays: 258 }, // 2026-09-30
      { title: '全年巡查总结', plannedOffsetDays: 339 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
];
