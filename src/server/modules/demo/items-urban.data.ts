/**
 * Demo items of the city-building ledgers: 安置房建设, 文明城市创建, 大气污染防治, 贾鲁河综合整治工程,
 * 中心城区干线道路两侧村庄拆除, 百年德化文化复兴工程, 田园小镇建设.
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from './district-data.js';

export const URBAN_ITEMS: DemoItem[] = [
  // ─── 安置房建设 (AZF) ───
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
  // ─── 文明城市创建 (WM) ───
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
  // ─── 大气污染防治 (DQ) ───
  {
    ledgerKey: 'dq',
    title: '全年空气质量优良天数目标',
    source: 'upper',
    sourceRef: '市大气污染防治攻坚办交办件〔2026〕3号',
    goal: '全年空气质量优良天数达到220天以上，PM2.5年均浓度降至55微克/立方米以下，完成市定目标。',
    targets: [
      { name: '优良天数', unit: '天', targetValue: 220, baselineValue: 0 },
      { name: 'PM2.5年均浓度', unit: '微克/立方米', targetValue: 55, baselineValue: 62 },
    ],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-01-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'hbj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'hbj-d', responsibleKey: 'hbj-r1' },
      {
        unitKey: 'cgj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
      },
      {
        unitKey: 'zjj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'zjj-d',
        responsibleKey: 'zjj-r1',
      },
      {
        unitKey: 'jtj',
        role: 'cooperating',
        leaderKey: 'ld-cj',
        deputyKey: 'jtj-d',
        responsibleKey: 'jtj-r1',
      },
    ],
    milestones: [
      { title: '一季度评估', plannedOffsetDays: 89 }, // 2026-03-31
      { title: '上半年评估', plannedOffsetDays: 180 }, // 2026-06-30
      { title: '三季度评估', plannedOffsetDays: 272 }, // 2026-09-30
      { title: '秋冬季攻坚部署', plannedOffsetDays: 287 }, // 2026-10-15
      { title: '年度考核', plannedOffsetDays: 364 }, // 2026-12-31
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'dq',
    title: '秋冬季扬尘污染专项治理',
    source: 'meeting',
    sourceRef: '区大气污染防治攻坚推进会议纪要〔2026〕11号',
    goal: '秋冬季全区建筑工地、拆迁工地严格落实“六个百分之百”，道路机扫率达到95%以上。分街道建立治理台账，逐日巡查、逐项销号。',
    targets: [{ name: '工地“六个百分之百”达标率', unit: '%', targetValue: 100, baselineValue: 78 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-10-08',
    dueDate: '2027-02-28',
    responsibilities: [
      { unitKey: 'hbj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'hbj-d', responsibleKey: 'hbj-r2' },
      {
        unitKey: 'cgj',
        role: 'undertaking',
        leaderKey: 'ld-hb',
        deputyKey: 'cgj-d',
        responsibleKey: 'cgj-r1',
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
      { title: '治理方案印发', plannedOffsetDays: 7 }, // 2026-10-15
      { title: '工地全面排查', plannedOffsetDays: 23 }, // 2026-10-31
      { title: '首轮整改验收', plannedOffsetDays: 48 }, // 2026-11-25
      { title: '元旦前复查', plannedOffsetDays: 81 }, // 2026-12-28
      { title: '秋冬季总结', plannedOffsetDays: 140 }, // 2027-02-25
    ],
    scenario: 'on_track',
    children: [
      {
        ledgerKey: 'dq',
        title: '淮河路街道扬尘污染治理',
        source: 'other',
        sourceRef: null,
        goal: '辖区工地和道路扬尘治理全面达标，整个秋冬季保持。',
        targets: [{ name: '工地达标率', unit: '%', targetValue: 100, baselineValue: 80 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-08',
        dueDate: '2027-02-28',
        responsibilities: [
          { unitKey: 'hhl', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'hhl-d', responsibleKey: 'hhl-r1' },
          {
            unitKey: 'hbj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'hbj-d',
            responsibleKey: 'hbj-r1',
          },
        ],
        milestones: [
          { title: '排查建账', plannedOffsetDays: 12 }, // 2026-10-20
          { title: '首轮整改', plannedOffsetDays: 43 }, // 2026-11-20
          { title: '元旦前复查', plannedOffsetDays: 78 }, // 2026-12-25
          { title: '秋冬季总结', plannedOffsetDays: 135 }, // 2027-02-20
        ],
        scenario: 'on_track',
      },
      {
        ledgerKey: 'dq',
        title: '大学路街道扬尘污染治理',
        source: 'other',
        sourceRef: null,
        goal: '辖区在建工地和拆迁工地扬尘问题12月初前整改到位。',
        targets: [{ name: '工地达标率', unit: '%', targetValue: 100, baselineValue: 72 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-08',
        dueDate: '2026-12-02',
        responsibilities: [
          { unitKey: 'dxl', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'dxl-d', responsibleKey: 'dxl-r1' },
          {
            unitKey: 'hbj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'hbj-d',
            responsibleKey: 'hbj-r1',
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
          { title: '排查建账', plannedOffsetDays: 12 }, // 2026-10-20
          { title: '首轮整改', plannedOffsetDays: 33 }, // 2026-11-10
          { title: '整改验收', plannedOffsetDays: 51 }, // 2026-11-28
        ],
        scenario: 'at_risk',
      },
      {
        ledgerKey: 'dq',
        title: '建中街街道扬尘污染治理',
        source: 'other',
        sourceRef: null,
        goal: '辖区工地、道路和裸土扬尘治理达标，元月底前完成阶段验收。',
        targets: [{ name: '工地达标率', unit: '%', targetValue: 100, baselineValue: 75 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-08',
        dueDate: '2027-01-31',
        responsibilities: [
          { unitKey: 'jzj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'jzj-d', responsibleKey: 'jzj-r1' },
          {
            unitKey: 'hbj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'hbj-d',
            responsibleKey: 'hbj-r1',
          },
        ],
        milestones: [
          { title: '排查建账', plannedOffsetDays: 12 }, // 2026-10-20
          { title: '首轮整改', plannedOffsetDays: 35 }, // 2026-11-12
          { title: '元旦前复查', plannedOffsetDays: 73 }, // 2026-12-20
          { title: '阶段验收', plannedOffsetDays: 109 }, // 2027-01-25
        ],
        scenario: 'milestone_late',
      },
      {
        ledgerKey: 'dq',
        title: '福华街街道扬尘污染治理',
        source: 'other',
        sourceRef: null,
        goal: '辖区工地扬尘问题11月20日前全部整改销号。',
        targets: [{ name: '工地达标率', unit: '%', targetValue: 100, baselineValue: 70 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-08',
        dueDate: '2026-11-20',
        responsibilities: [
          { unitKey: 'fhj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'fhj-d', responsibleKey: 'fhj-r1' },
          {
            unitKey: 'cgj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'cgj-d',
            responsibleKey: 'cgj-r1',
          },
        ],
        milestones: [
          { title: '排查建账', plannedOffsetDays: 12 }, // 2026-10-20
          { title: '首轮整改', plannedOffsetDays: 28 }, // 2026-11-05
          { title: '整改销号', plannedOffsetDays: 41 }, // 2026-11-18
        ],
        scenario: 'overdue',
      },
      {
        ledgerKey: 'dq',
        title: '人和路街道扬尘污染治理',
        source: 'other',
        sourceRef: null,
        goal: '辖区工地扬尘问题11月20日前全部整改销号。',
        targets: [{ name: '工地达标率', unit: '%', targetValue: 100, baselineValue: 82 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-08',
        dueDate: '2026-11-20',
        responsibilities: [
          { unitKey: 'rhl', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'rhl-d', responsibleKey: 'rhl-r1' },
          {
            unitKey: 'hbj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'hbj-d',
            responsibleKey: 'hbj-r1',
          },
        ],
        milestones: [
          { title: '排查建账', plannedOffsetDays: 10 }, // 2026-10-18
          { title: '首轮整改', plannedOffsetDays: 28 }, // 2026-11-05
          { title: '整改销号', plannedOffsetDays: 39 }, // 2026-11-16
        ],
        scenario: 'completed_on_time',
      },
      {
        ledgerKey: 'dq',
        title: '嵩山路街道扬尘污染治理',
        source: 'other',
        sourceRef: null,
        goal: '辖区拆迁工地和渣土消纳点扬尘年底前全面达标。',
        targets: [{ name: '工地达标率', unit: '%', targetValue: 100, baselineValue: 76 }],
        priority: 'high',
        cadence: 'weekly',
        startDate: '2026-10-08',
        dueDate: '2026-12-31',
        responsibilities: [
          { unitKey: 'ssl', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'ssl-d', responsibleKey: 'ssl-r1' },
          {
            unitKey: 'cgj',
            role: 'cooperating',
            leaderKey: 'ld-hb',
            deputyKey: 'cgj-d',
            responsibleKey: 'cgj-r1',
          },
        ],
        milestones: [
          { title: '排查建账', plannedOffsetDays: 12 }, // 2026-10-20
          { title: '首轮整改', plannedOffsetDays: 37 }, // 2026-11-14
          { title: '复查', plannedOffsetDays: 68 }, // 2026-12-15
          { title: '全面达标', plannedOffsetDays: 81 }, // 2026-12-28
        ],
        scenario: 'on_track',
      },
    ],
  },
  {
    ledgerKey: 'dq',
    title: '散煤“清零”及燃煤散烧管控',
    source: 'upper',
    sourceRef: '市大气污染防治攻坚办交办件〔2026〕9号',
    goal: '完成马寨镇、侯寨乡3500户散煤“双替代”，10月底前实现散煤“清零”，严防复燃。',
    targets: [{ name: '完成双替代', unit: '户', targetValue: 3500, baselineValue: 0 }],
    priority: 'high',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-10-31',
    responsibilities: [
      { unitKey: 'hbj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'hbj-d', responsibleKey: 'hbj-r2' },
      {
        unitKey: 'hzx',
        role: 'undertaking',
        leaderKey: 'ld-hb',
        deputyKey: 'hzx-d',
        responsibleKey: 'hzx-r1',
      },
      {
        unitKey: 'mzz',
        role: 'undertaking',
        leaderKey: 'ld-hb',
        deputyKey: 'mzz-d',
        responsibleKey: 'mzz-r1',
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
      { title: '摸底建档', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '完成1500户', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '完成3000户', plannedOffsetDays: 198 }, // 2026-09-15
      { title: '清零验收', plannedOffsetDays: 238 }, // 2026-10-25
    ],
    scenario: 'completed_on_time',
  },
  {
    ledgerKey: 'dq',
    title: '餐饮油烟净化设施安装',
    source: 'meeting',
    sourceRef: '区政府常务会议纪要〔2026〕10号',
    goal: '全区860家餐饮单位全部安装油烟净化设施并正常使用，年底前完成。',
    targets: [{ name: '安装餐饮单位', unit: '家', targetValue: 860, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-04-15',
    dueDate: '2026-12-31',
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
        unitKey: 'sqgwh',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'sqgwh-d',
        responsibleKey: 'sqgwh-r1',
      },
    ],
    milestones: [
      { title: '排查建账', plannedOffsetDays: 30 }, // 2026-05-15
      { title: '完成400家', plannedOffsetDays: 91 }, // 2026-07-15
      { title: '完成700家', plannedOffsetDays: 199 }, // 2026-10-31
      { title: '全部完成', plannedOffsetDays: 249 }, // 2026-12-20
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'dq',
    title: '涉气企业秋冬季错峰生产督导',
    source: 'upper',
    sourceRef: '市大气污染防治攻坚办交办件〔2026〕41号',
    goal: '督促马寨产业集聚区涉气企业落实秋冬季错峰生产和重污染天气应急减排措施，实行驻厂监管。',
    targets: [{ name: '督导覆盖企业', unit: '家', targetValue: 68, baselineValue: 0 }],
    priority: 'high',
    cadence: 'weekly',
    startDate: '2026-10-15',
    dueDate: '2027-03-15',
    responsibilities: [
      { unitKey: 'hbj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'hbj-d', responsibleKey: 'hbj-r1' },
      {
        unitKey: 'mzgwh',
        role: 'undertaking',
        leaderKey: 'ld-hb',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
      {
        unitKey: 'ajj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'ajj-d',
        responsibleKey: 'ajj-r1',
      },
    ],
    milestones: [
      { title: '企业清单核定', plannedOffsetDays: 16 }, // 2026-10-31
      { title: '驻厂监管到位', plannedOffsetDays: 31 }, // 2026-11-15
      { title: '重污染天气应急演练', plannedOffsetDays: 61 }, // 2026-12-15
      { title: '秋冬季评估', plannedOffsetDays: 146 }, // 2027-03-10
    ],
    scenario: 'on_track',
  },
  {
    ledgerKey: 'dq',
    title: '裸露地块绿化及防尘网覆盖',
    source: 'instruction',
    sourceRef: '区长批示',
    goal: '对全区85万平方米裸露地块实施绿化或防尘网覆盖，做到应盖尽盖。',
    targets: [{ name: '覆盖面积', unit: '万平方米', targetValue: 85, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-06-01',
    dueDate: '2026-12-20',
    responsibilities: [
      { unitKey: 'cgj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'cgj-d', responsibleKey: 'cgj-r2' },
      {
        unitKey: 'gtj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'gtj-d',
        responsibleKey: 'gtj-r1',
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
      { title: '摸底测绘', plannedOffsetDays: 29 }, // 2026-06-30
      { title: '完成40万平方米', plannedOffsetDays: 91 }, // 2026-08-31
      { title: '完成70万平方米', plannedOffsetDays: 152 }, // 2026-10-31
      { title: '剩余地块覆盖', plannedOffsetDays: 172 }, // 2026-11-20
      { title: '全部完成验收', plannedOffsetDays: 197 }, // 2026-12-15
    ],
    scenario: 'milestone_late',
  },
  {
    ledgerKey: 'dq',
    title: '空气质量自动监测微站建设',
    source: 'document',
    sourceRef: '二七环攻坚办〔2026〕7号',
    goal: '建成48个空气质量监测微站，实现镇街全覆盖，数据实时接入区大气污染防治指挥平台。',
    targets: [{ name: '建成微站', unit: '个', targetValue: 48, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-05-01',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'hbj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'hbj-d', responsibleKey: 'hbj-r1' },
      {
        unitKey: 'czj',
        role: 'cooperating',
        leaderKey: 'ld-cw',
        deputyKey: 'czj-d',
        responsibleKey: 'czj-r1',
      },
    ],
    milestones: [
      { title: '招标采购', plannedOffsetDays: 45 }, // 2026-06-15
      { title: '安装24个', plannedOffsetDays: 122 }, // 2026-08-31
      { title: '全部安装', plannedOffsetDays: 183 }, // 2026-10-31
      { title: '联网验收', plannedOffsetDays: 203 }, // 2026-11-20
    ],
    scenario: 'pending_review',
  },
  {
    ledgerKey: 'dq',
    title: '老旧机动车淘汰',
    source: 'upper',
    sourceRef: '市大气污染防治攻坚办交办件〔2026〕18号',
    goal: '淘汰国三及以下排放标准营运柴油货车和老旧机动车1200辆。',
    targets: [{ name: '淘汰车辆', unit: '辆', targetValue: 1200, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'biweekly',
    startDate: '2026-03-01',
    dueDate: '2026-11-30',
    responsibilities: [
      { unitKey: 'gaj', role: 'lead', leaderKey: 'ld-ga', deputyKey: 'gaj-d', responsibleKey: 'gaj-r2' },
      {
        unitKey: 'swj',
        role: 'cooperating',
        leaderKey: 'ld-jj',
        deputyKey: 'swj-d',
        responsibleKey: 'swj-r1',
      },
      {
        unitKey: 'hbj',
        role: 'cooperating',
        leaderKey: 'ld-hb',
        deputyKey: 'hbj-d',
        responsibleKey: 'hbj-r1',
      },
    ],
    milestones: [
      { title: '底数核查', plannedOffsetDays: 30 }, // 2026-03-31
      { title: '淘汰500辆', plannedOffsetDays: 121 }, // 2026-06-30
      { title: '淘汰900辆', plannedOffsetDays: 213 }, // 2026-09-30
      { title: '全部完成', plannedOffsetDays: 272 }, // 2026-11-28
    ],
    scenario: 'at_risk',
  },
  {
    ledgerKey: 'dq',
    title: '区域燃煤锅炉拆改',
    source: 'document',
    sourceRef: '二七环攻坚办〔2026〕2号',
    goal: '完成全区剩余12台燃煤锅炉拆除或清洁能源改造。',
    targets: [{ name: '拆改锅炉', unit: '台', targetValue: 12, baselineValue: 0 }],
    priority: 'normal',
    cadence: 'monthly',
    startDate: '2026-09-01',
    dueDate: '2026-12-31',
    responsibilities: [
      { unitKey: 'hbj', role: 'lead', leaderKey: 'ld-hb', deputyKey: 'hbj-d', responsibleKey: 'hbj-r1' },
      {
        unitKey: 'mzgwh',
        role: 'cooperating',
        leaderKey: 'ld-bzr',
        deputyKey: 'mzgwh-d',
        responsibleKey: 'mzgwh-r1',
      },
    ],
    milestones: [
      { title: '底数核查', plannedOffsetDays: 29 }, // 2026-09-30
      { title: '拆改方案', plannedOffsetDays: 49 }, // 2026-10-20
      { title: '拆改完成', plannedOffsetDays: 100 }, // 2026-12-10
      { title: '验收销号', plannedOffsetDays: 115 }, // 2026-12-25
    ],
    scenario: 'cancelled',
  },
  // ─── 贾鲁河综合整治工程 (JLH) ───
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
  // ─── 中心城区干线道路两侧村庄拆除 (CC) ───
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
    sourceRef: '市督查室交办件〔2026〕33号',
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
  // ─── 百年德化文化复兴工程 (DH) ───
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
  // ─── 田园小镇建设 (TY) ───
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
