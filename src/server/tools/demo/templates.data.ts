import type { TemplateInput } from '../../../core/schemas/template.js';

/**
 * The demo ledgers' templates: the extra columns each office keeps, the
 * roadmap it lays backwards from the deadline (倒排工期) and its KPIs — the
 * KPI names are those of the demo items' task-book targets, so exports fill
 * their columns.
 */
export const DEMO_TEMPLATES: Record<string, TemplateInput> = {
  azf: {
    fields: [
      { key: 'households', label: '套数', type: 'number', unit: '套' },
      { key: 'floor_area', label: '面积', type: 'number', unit: '万平方米' },
      { key: 'started_on', label: '开工日期', type: 'date', unit: '' },
      { key: 'capped_on', label: '封顶日期', type: 'date', unit: '' },
      { key: 'delivered_on', label: '交付日期', type: 'date', unit: '' },
    ],
    milestones: [
      { title: '开工建设', daysBeforeDue: 240 },
      { title: '主体封顶', daysBeforeDue: 90 },
      { title: '竣工验收', daysBeforeDue: 15 },
    ],
    kpis: [
      { name: '开工建筑面积', unit: '万平方米', ledgerTarget: 120 },
      { name: '竣工套数', unit: '套', ledgerTarget: 6000 },
    ],
  },
  wm: {
    fields: [{ key: 'location', label: '点位', type: 'text', unit: '' }],
    milestones: [
      { title: '摸底排查', daysBeforeDue: 150 },
      { title: '集中整治', daysBeforeDue: 60 },
      { title: '验收销号', daysBeforeDue: 0 },
    ],
    kpis: [{ name: '整治背街小巷', unit: '条', ledgerTarget: 120 }],
  },
  dq: {
    fields: [{ key: 'site_count', label: '涉及工地', type: 'number', unit: '个' }],
    milestones: [
      { title: '方案制定', daysBeforeDue: 200 },
      { title: '专项整治', daysBeforeDue: 90 },
    ],
    kpis: [{ name: '工地达标率', unit: '%', ledgerTarget: null }],
  },
  jlh: {
    fields: [{ key: 'length_km', label: '河段长度', type: 'number', unit: '公里' }],
    milestones: [
      { title: '清障完成', daysBeforeDue: 180 },
      { title: '主体工程完工', daysBeforeDue: 30 },
    ],
    kpis: [{ name: '铺设管网', unit: '公里', ledgerTarget: null }],
  },
  cc: {
    fields: [
      { key: 'village', label: '涉及村庄', type: 'text', unit: '' },
      { key: 'households', label: '涉及户数', type: 'number', unit: '户' },
    ],
    milestones: [
      { title: '入户评估', daysBeforeDue: 150 },
      { title: '签约腾房', daysBeforeDue: 90 },
      { title: '拆除清零', daysBeforeDue: 0 },
    ],
    kpis: [
      { name: '拆除户数', unit: '户', ledgerTarget: 3000 },
      { name: '拆除面积', unit: '万平方米', ledgerTarget: null },
    ],
  },
  dh: {
    fields: [{ key: 'buildings', label: '涉及楼体', type: 'number', unit: '栋' }],
    milestones: [{ title: '设计方案批复', daysBeforeDue: 180 }],
    kpis: [],
  },
  ty: {
    fields: [{ key: 'village', label: '所在村', type: 'text', unit: '' }],
    milestones: [{ title: '规划编制完成', daysBeforeDue: 200 }],
    kpis: [{ name: '完成投资', unit: '亿元', ledgerTarget: null }],
  },
  xm: {
    fields: [
      { key: 'total_investment', label: '总投资', type: 'number', unit: '亿元' },
      { key: 'started_on', label: '开工日期', type: 'date', unit: '' },
    ],
    milestones: [
      { title: '前期手续办结', daysBeforeDue: 240 },
      { title: '开工建设', daysBeforeDue: 180 },
    ],
    kpis: [{ name: '完成投资', unit: '亿元', ledgerTarget: 150 }],
  },
  zs: {
    fields: [
      { key: 'investor', label: '投资方', type: 'text', unit: '' },
      { key: 'contract_value', label: '签约金额', type: 'number', unit: '亿元' },
    ],
    milestones: [
      { title: '签约', daysBeforeDue: 180 },
      { title: '注册落地', daysBeforeDue: 90 },
    ],
    kpis: [{ name: '落地开工项目', unit: '个', ledgerTarget: 20 }],
  },
  td: {
    fields: [
      { key: 'parcel', label: '地块编号', type: 'text', unit: '' },
      { key: 'area_mu', label: '面积', type: 'number', unit: '亩' },
    ],
    milestones: [
      { title: '组卷报批', daysBeforeDue: 150 },
      { title: '净地移交', daysBeforeDue: 60 },
      { title: '挂牌出让', daysBeforeDue: 0 },
    ],
    kpis: [{ name: '收缴入库', unit: '亿元', ledgerTarget: 80 }],
  },
  ww: {
    fields: [{ key: 'case_count', label: '涉及案件', type: 'number', unit: '件' }],
    milestones: [{ title: '化解销号', daysBeforeDue: 0 }],
    kpis: [],
  },
  aq: {
    fields: [{ key: 'industry', label: '行业领域', type: 'text', unit: '' }],
    milestones: [
      { title: '排查建档', daysBeforeDue: 120 },
      { title: '整改闭环', daysBeforeDue: 0 },
    ],
    kpis: [{ name: '建成充电设施', unit: '处', ledgerTarget: null }],
  },
  zd: {
    fields: [],
    milestones: [{ title: '自查自纠', daysBeforeDue: 90 }],
    kpis: [],
  },
};
