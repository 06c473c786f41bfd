import { formatChineseDate } from '../../../core/dates.js';
import { CADENCE_LABELS, LIGHT_LABELS, SOURCE_LABELS, STATUS_LABELS } from '../../../core/labels.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import { type Ctx, todayOf } from '../../context.js';
import { type BodyBlock, renderOfficialDocument } from '../../documents/official-doc.js';
import { getItem } from '../item/item.service.js';
import { milestoneLine } from '../spreadsheet/sheet.cells.js';

/** The issuing office named on documents until offices can set their own name. */
export const OFFICE_NAME = '区人民政府督察室';

/** The item's one-page summary (督办单) as a .docx in the official-document layout; read like the item itself. */
export async function itemSummaryDocx(ctx: Ctx, itemId: string): Promise<{ item: ItemOut; docx: Buffer }> {
  const item = await getItem(ctx, itemId);
  const docx = await renderOfficialDocument(summaryDocument(item, todayOf(ctx)));
  return { item, docx };
}

const person = (p: { displayName: string; title: string | null } | null) =>
  p ? (p.title ? `${p.displayName}（${p.title}）` : p.displayName) : '';

export function summaryDocument(item: ItemOut, today: string) {
  const lead = item.responsibilities.find((r) => r.role === 'lead');
  const others = (role: 'undertaking' | 'cooperating') =>
    item.responsibilities
      .filter((r) => r.role === role)
      .map((r) => r.unitName)
      .join('、');
  const due =
    item.currentDueDate === item.dueDate
      ? formatChineseDate(item.dueDate, true)
      : `${formatChineseDate(item.dueDate, true)}（延期至${formatChineseDate(item.currentDueDate, true)}）`;
  const state = [
    STATUS_LABELS[item.status].zh,
    item.light ? LIGHT_LABELS[item.light].zh : null,
    `进度 ${item.progress}%`,
  ]
    .filter(Boolean)
    .join('，');
  const table: BodyBlock = {
    kind: 'table',
    widths: [2, 3, 2, 3],
    rows: [
      ['事项名称', item.title],
      ['事项来源', [SOURCE_LABELS[item.source].zh, item.sourceRef].filter(Boolean).join('：')],
      [
        '牵头单位',
        [lead?.unitName, others('undertaking')].filter(Boolean).join('、'),
        '配合单位',
        others('cooperating'),
      ],
      ['主管领导', person(lead?.leader ?? null), '分管副职', person(lead?.deputy ?? null)],
      ['具体责任人', person(lead?.responsible ?? null), '办理时限', due],
      ['目标任务', item.goal || '—'],
      ...(item.targets.length
        ? [['量化指标', item.targets.map((t) => `${t.name}：${t.targetValue}${t.unit}`).join('\n')]]
        : []),
      ['路线图', item.milestones.map(milestoneLine).join('\n') || '—'],
      ['办理情况', `${state}（截至${formatChineseDate(today, true)}）`],
    ],
  };
  return {
    issuer: OFFICE_NAME,
    number: `督办编号：${item.code}`,
    title: '重点工作督办单',
    addressee: lead?.unitName ?? null,
    body: [
      `现将“${item.title}”列入重点工作督办，请按照以下要求抓好落实。`,
      table,
      { kind: 'heading' as const, text: '办理要求', level: 1 as const },
      `一、牵头单位对事项办理负总责，主管领导、分管副职、具体责任人按责任分工推进落实，配合单位积极协同。`,
      `二、请按路线图节点倒排工期，${CADENCE_LABELS[item.cadence].zh}报送一次进展情况，遇到问题及时报告病因和需协调事项。`,
      `三、确需延期的，应在办理时限前提出延期申请；逾期未完成的，按量化考评办法扣分并予以通报。`,
    ],
    date: today,
  };
}
