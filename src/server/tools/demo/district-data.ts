/**
 * Content of the demo district: 郑州市二七区 and its "大督察" key-work ledgers, modelled on the district
 * newspaper page in `shared/seed/`. Pure data: the demo loader feeds it through the services, turning keys
 * into ids, milestone offsets into dates and each item's `scenario` into reports, completions and so on.
 *
 * Unit, place and project names are real; every person is invented. The data is written for the demo's
 * "today", {@link DEMO_TODAY}: each item's dates agree with its scenario as of that day.
 *
 * Files: `units.data.ts` (units and people), `items/<ledger code>.data.ts` (items, one file per ledger).
 */
import type { Cadence, ItemSource, Priority, ResponsibilityRole, UnitKind } from '../../../core/enums.js';
import { ALL_DEMO_ITEMS } from './items/index.js';

export { DEMO_PEOPLE, DEMO_UNITS } from './units.data.js';

/** The day the demo district's state is written for. */
export const DEMO_TODAY = '2026-11-27';

export interface DemoUnit {
  key: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: UnitKind;
  parentKey: string | null;
}

export interface DemoPerson {
  key: string;
  displayName: string;
  title: string;
  unitKey: string | null;
  role: 'leader_in_charge' | 'deputy' | 'responsible';
}

export interface DemoLedger {
  key: string;
  name: string;
  /** 1–6 capital letters used in item codes, e.g. 'AZF' → 2026-AZF-001. */
  code: string;
  description: string;
}

export interface DemoMilestone {
  title: string;
  /** Days after the item's start date. */
  plannedOffsetDays: number;
}

export interface DemoItem {
  ledgerKey: string;
  title: string;
  source: ItemSource;
  sourceRef: string | null;
  goal: string;
  targets: { name: string; unit: string; targetValue: number; baselineValue: number }[];
  priority: Priority;
  cadence: Cadence;
  /** 'YYYY-MM-DD' */
  startDate: string;
  /** 'YYYY-MM-DD' */
  dueDate: string;
  responsibilities: {
    unitKey: string;
    role: ResponsibilityRole;
    leaderKey: string | null;
    deputyKey: string | null;
    responsibleKey: string | null;
  }[];
  milestones: DemoMilestone[];
  /**
   * What state the demo should leave it in on {@link DEMO_TODAY}. The loader marks done every milestone
   * planned before that day, except for 'milestone_late' (the latest past one stays undone) and 'overdue'
   * (the last ones stay undone).
   */
  scenario:
    | 'draft'
    | 'assigned'
    | 'on_track'
    | 'at_risk'
    | 'milestone_late'
    | 'overdue'
    | 'pending_review'
    | 'completed_on_time'
    | 'completed_late'
    | 'suspended'
    | 'cancelled';
  /** Sub-items (分解), usually one per township or unit, without children of their own. */
  children?: Omit<DemoItem, 'children'>[];
}

/** The 13 ledgers (督察台账) named on the source page, in its order. */
export const DEMO_LEDGERS: DemoLedger[] = [
  {
    key: 'azf',
    name: '安置房建设',
    code: 'AZF',
    description: '全区安置房新开工、续建、竣工交付和群众回迁，倒排工期，保障征迁群众早日回迁。',
  },
  {
    key: 'wm',
    name: '文明城市创建',
    code: 'WM',
    description: '对照全国文明城市测评体系，推进背街小巷、农贸市场、交通秩序等环境整治和文明实践阵地建设。',
  },
  {
    key: 'dq',
    name: '大气污染防治',
    code: 'DQ',
    description: '打好蓝天保卫战，落实扬尘、散煤、油烟、机动车等污染治理措施，完成优良天数和PM2.5年度目标。',
  },
  {
    key: 'jlh',
    name: '贾鲁河综合整治工程',
    code: 'JLH',
    description: '贾鲁河二七段（马寨段、侯寨段）沿线动迁清障、迁坟、河道清淤、截污纳管和生态景观建设。',
  },
  {
    key: 'cc',
    name: '中心城区干线道路两侧村庄拆除',
    code: 'CC',
    description: '南四环、大学路、嵩山路、郑密路、京广快速路等干线道路两侧村庄拆除、拆后管理和群众安置。',
  },
  {
    key: 'dh',
    name: '百年德化文化复兴工程',
    code: 'DH',
    description: '德化街立面改造、历史建筑修缮、老字号引进和二七商圈文化复兴。',
  },
  {
    key: 'ty',
    name: '田园小镇建设',
    code: 'TY',
    description: '马寨特色小镇、樱桃沟田园综合体和侯寨美丽乡村建设。',
  },
  {
    key: 'xm',
    name: '重点项目运作',
    code: 'XM',
    description: '市、区重点项目投资完成、前期手续、建设进度和产业集聚区各项指标。',
  },
  {
    key: 'zs',
    name: '招商引资',
    code: 'ZS',
    description: '利用省外资金、外资、亿元以上项目和楼宇经济招商，推动签约项目履约落地。',
  },
  {
    key: 'td',
    name: '土地出让',
    code: 'TD',
    description: '土地组卷报批、收储、净地移交、挂牌出让和出让金收缴，实现土地要素突破。',
  },
  {
    key: 'ww',
    name: '社会维稳',
    code: 'WW',
    description: '信访积案化解、矛盾纠纷排查、重点时期安保维稳和平安二七建设。',
  },
  {
    key: 'aq',
    name: '安全生产',
    code: 'AQ',
    description: '安全生产大检查、重点行业专项整治和隐患闭环管理，坚决遏制较大以上事故。',
  },
  {
    key: 'zd',
    name: '全面从严治党',
    code: 'ZD',
    description: '落实管党治党主体责任、作风纪律整治、基层党组织建设和重点工作督察问责。',
  },
];

/** Top-level items in ledger order; sub-items sit in their parent's `children`. */
export const DEMO_ITEMS: DemoItem[] = ALL_DEMO_ITEMS;
