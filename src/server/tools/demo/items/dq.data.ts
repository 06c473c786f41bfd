/**
 * Demo items of the ledger 大气污染防治 (DQ).
 * Milestone offsets count days from the item's start date; the trailing comment gives the planned date.
 */
import type { DemoItem } from '../district-data.js';

export const DQ_ITEMS: DemoItem[] = [
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
];
