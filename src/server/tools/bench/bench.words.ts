import type { UnitKind } from '../../../core/enums.js';

/**
 * Vocabulary and a seeded random source for the bench data set. The words are
 * plausible for a city's supervision office so that search text, title lengths
 * and word frequencies look like real data (a query for 安置房 hits a few
 * percent of items, as it would in a real city).
 */

/** mulberry32: a tiny seeded generator, so that every bench run loads the same data set. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  /** Picks a key with the given relative weights. */
  const weighted = <K extends string>(weights: Readonly<Record<K, number>>): K => {
    const entries = Object.entries(weights) as [K, number][];
    let r = next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries[entries.length - 1][0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
export type Rng = ReturnType<typeof seededRandom>;

/**
 * Record ids for a seeded data set: UUIDv7-shaped (time-ordered, so rows still
 * append to the primary-key index) but made from a counter and the seeded
 * generator instead of the clock, so the same seed gives the same ids. The
 * time part starts at `since` and moves one millisecond per 4,096 ids: ids
 * made later by the services (the real clock) sort after them.
 */
export function seededIds(rng: Rng, since: string): () => string {
  const base = Date.parse(since);
  let n = 0;
  const hex = (v: number, width: number) => v.toString(16).padStart(width, '0');
  return () => {
    const ms = base + Math.floor(n / 4096);
    const seq = n % 4096;
    n++;
    const t = hex(ms, 12);
    const r1 = hex(0x8000 | Math.floor(rng.next() * 0x4000), 4);
    const r2 = hex(Math.floor(rng.next() * 0x1000000), 6) + hex(Math.floor(rng.next() * 0x1000000), 6);
    return `${t.slice(0, 8)}-${t.slice(8)}-7${hex(seq, 3)}-${r1}-${r2}`;
  };
}

/** Word lists are written as one space-separated string: compact, and the formatter leaves them alone. */
const words = (s: string): string[] => s.split(' ');

export const PLACES: readonly string[] = words(
  '东城 西城 南湖 北山 青龙 白马 金沙 银河 凤凰 龙泉 桃源 柳营 杏林 梅岭 松江 竹园 兰亭 荷塘 石桥 清水 黄河 长江 新华 解放 人民 建设 胜利 和平 光明 朝阳 马寨 王庄 李集 张湾 刘店 陈岗 赵楼 孙营 周口 吴堡',
);

const DEPARTMENTS: readonly string[] = words(
  '发展和改革局 财政局 住房和城乡建设局 生态环境分局 自然资源局 交通运输局 水利局 农业农村局 商务局 教育局 卫生健康委员会 民政局 人力资源和社会保障局 市场监督管理局 应急管理局 城市管理局 文化广电和旅游局 工业和信息化局 科学技术局 审计局 统计局 司法局 退役军人事务局 医疗保障局 林业局 行政审批服务局 投资促进局 园林绿化中心 征收安置办公室 重点项目办公室',
);

const HQ_PROJECTS: readonly string[] = words(
  '旧城改造 地铁沿线开发 高铁片区建设 污水治理 城中村改造 国际会展中心建设 产业新城建设 滨河公园建设 快速路建设 安置房建设 大气污染防治 招商引资',
);

export const KIND_WEIGHTS: Record<Exclude<UnitKind, 'other'>, number> = {
  department: 45,
  township: 35,
  committee: 10,
  hq: 10,
};

/** A unit name, its short name and aliases. Uniqueness is settled by the caller (it appends a number). */
export function unitName(rng: Rng, kind: UnitKind): { name: string; shortName: string; aliases: string[] } {
  const place = rng.pick(PLACES);
  switch (kind) {
    case 'department': {
      const dept = rng.pick(DEPARTMENTS);
      return { name: `${place}区${dept}`, shortName: dept, aliases: [`${place}${dept.slice(0, 2)}`] };
    }
    case 'township': {
      const street = rng.chance(0.5);
      return street
        ? { name: `${place}街道办事处`, shortName: `${place}街道`, aliases: [`${place}办`] }
        : { name: `${place}镇人民政府`, shortName: `${place}镇`, aliases: [] };
    }
    case 'committee':
      return {
        name: `${place}经济开发区管理委员会`,
        shortName: `${place}管委会`,
        aliases: [`${place}开发区`],
      };
    default: {
      const project = rng.pick(HQ_PROJECTS);
      return { name: `${place}${project}指挥部`, shortName: `${project}指挥部`, aliases: [] };
    }
  }
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉斌宁浩凯晨宇鹏';

export function personName(rng: Rng): string {
  const given = rng.chance(0.6) ? rng.pick([...GIVEN]) + rng.pick([...GIVEN]) : rng.pick([...GIVEN]);
  return rng.pick([...SURNAMES]) + given;
}

/** Ledger names of a real district's key work, with the letters that go into item codes. */
export const LEDGERS: readonly { name: string; code: string }[] = [
  { name: '安置房建设', code: 'AZF' },
  { name: '大气污染防治', code: 'DQ' },
  { name: '招商引资', code: 'ZS' },
  { name: '重点项目建设', code: 'ZD' },
  { name: '城中村改造', code: 'CZC' },
  { name: '水污染防治', code: 'SW' },
  { name: '民生实事', code: 'MS' },
  { name: '道路交通建设', code: 'JT' },
  { name: '乡村振兴', code: 'XC' },
  { name: '营商环境优化', code: 'YS' },
  { name: '文明城市创建', code: 'WM' },
  { name: '安全生产', code: 'AQ' },
  { name: '教育设施建设', code: 'JY' },
  { name: '医疗卫生建设', code: 'YL' },
  { name: '园林绿化', code: 'YLH' },
  { name: '征地拆迁', code: 'ZQ' },
  { name: '产业转型升级', code: 'CY' },
  { name: '信访维稳', code: 'XF' },
  { name: '审批制度改革', code: 'SP' },
  { name: '防汛抗旱', code: 'FX' },
];

/** Title stems; a title is place + stem (+ phase), e.g. 马寨安置房建设项目（二期）. */
export const TITLE_STEMS: readonly string[] = words(
  '安置房建设项目 污水处理厂提标改造 道路改造工程 雨污分流管网工程 老旧小区改造 扬尘治理专项行动 招商引资签约项目落地 标准化厂房建设 中小学新建工程 社区卫生服务中心建设 滨河游园建设 农村人居环境整治 背街小巷提升 集中供热管网延伸 停车场建设 便民市场改造 征迁清零攻坚 高标准农田建设 智慧城市平台建设 养老服务中心建设 黑臭水体治理 燃气管道改造',
);

export const PHASES = ['', '', '', '（一期）', '（二期）', '（三期）'] as const;

export const SOURCE_REFS: Record<string, readonly string[]> = {
  meeting: ['区政府常务会议纪要〔2026〕', '区委常委会议纪要〔2026〕', '重点项目推进会议纪要〔2026〕'],
  instruction: ['区长批示〔2026〕', '书记批示〔2026〕'],
  document: ['区政〔2026〕', '区办〔2026〕'],
  upper: ['市督察交办〔2026〕', '省督察交办〔2026〕'],
  other: ['人大代表建议〔2026〕', '政协提案〔2026〕'],
};

export const GOALS = [
  '年底前完成主体建设并通过验收，确保按期交付使用。',
  '按照倒排工期要求，压茬推进各项工作，确保节点目标全面完成。',
  '完成征迁清零，实现项目全面开工，年内完成投资目标。',
  '落实属地责任，建立长效机制，确保整治成效经得起检验。',
  '签约项目全部落地开工，完成合同利用外资和内资目标。',
] as const;

export const MILESTONE_TITLES: readonly string[] = words(
  '方案编制 立项审批 征迁清零 招标采购 开工建设 主体完工 配套建设 竣工验收 交付使用',
);

export const TARGETS: readonly { name: string; unit: string; min: number; max: number }[] = [
  { name: '安置房套数', unit: '套', min: 200, max: 3000 },
  { name: '完成投资', unit: '亿元', min: 1, max: 50 },
  { name: '优良天数', unit: '天', min: 200, max: 300 },
  { name: '改造面积', unit: '万平方米', min: 1, max: 80 },
  { name: '签约项目', unit: '个', min: 2, max: 40 },
  { name: '管网长度', unit: '公里', min: 3, max: 120 },
];

export const TITLES_BY_ROLE = { leader: '分管副区长', deputy: '副局长', responsible: '科长' } as const;

/** What a unit writes in a progress report (进度报告), stitched from a done part and a next step. */
export const REPORT_DONE: readonly string[] = words(
  '已完成前期手续办理 已完成方案编制并报审 主体工程按计划推进 已完成征迁签约 已完成招标采购 已完成设备安装调试 已完成资金拨付 已召开专题推进会 已完成现场踏勘 已完成阶段性验收',
);
export const REPORT_NEXT: readonly string[] = words(
  '下一步加快施工进度 下一步做好验收准备 下一步协调解决用地问题 下一步落实资金保障 下一步强化现场安全管理 下一步推进配套工程建设',
);
export const REPORT_PROBLEMS: readonly string[] = words(
  '资金到位滞后 征迁进度受阻 审批手续办理时间较长 施工受天气影响 部门协调难度较大',
);
export const RETURN_COMMENTS: readonly string[] = words(
  '请补充佐证材料 进度表述不清，请细化 数据与台账不一致，请核实',
);
export const URGE_ANSWERS: readonly string[] = words(
  '已安排专人推进，本周内报送进展 已召开会议研究，近期完成 正在协调相关部门，尽快解决 已知悉，将按期完成',
);
export const INSPECTION_SUMMARIES: readonly string[] = words(
  '现场施工有序推进 现场人员设备到位 工程进度与报告基本一致 现场未见施工，进度滞后 资料台账较为完整 安全文明施工措施落实到位',
);
export const FINDINGS: readonly string[] = words(
  '实际进度滞后于计划 现场安全防护不到位 佐证材料不完整 报告进度与现场不符 整改措施落实不力',
);
