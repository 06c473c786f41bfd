import { formatChineseDate } from '../../../core/dates.js';
import { NOTICE_KIND_LABELS } from '../../../core/notices.js';
import type { NoticeOut } from '../../../core/schemas/notice.js';
import type { Ctx } from '../../context.js';
import { type OfficialDocument, renderOfficialDocument } from '../../documents/official-doc.js';
import { OFFICE_NAME } from '../documents/item-summary.js';
import { getNotice } from './notice.service.js';

/** A notice as a Word document in the official-document layout; read like the notice itself. */
export async function noticeDocx(ctx: Ctx, id: string): Promise<{ notice: NoticeOut; docx: Buffer }> {
  const notice = await getNotice(ctx, id);
  return { notice, docx: await renderOfficialDocument(noticeDocument(notice)) };
}

/** Splits a text field into its paragraphs (one per non-empty line). */
const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

export function noticeDocument(n: NoticeOut): OfficialDocument {
  const kindName = NOTICE_KIND_LABELS[n.kind].zh;
  const items = n.items.map((i) => `“${i.title}”（${i.code}）`).join('、');
  const intro: Record<NoticeOut['kind'], string> = {
    inspection: `经督察，你单位承担的${items}存在以下问题，现予通知，请认真整改。`,
    urging: `你单位承担的${items}推进滞后，现予催办，请加快办理。`,
    supervision: `你单位承担的${items}经催办仍未按要求推进，现列入督办，请主要负责同志亲自过问，限期整改到位。`,
  };
  return {
    issuer: OFFICE_NAME,
    number: n.number,
    title: kindName,
    addressee: n.unitName,
    body: [
      intro[n.kind],
      { kind: 'heading', text: '一、发现的问题', level: 1 },
      ...paragraphs(n.findings),
      { kind: 'heading', text: '二、整改要求', level: 1 },
      ...paragraphs(n.requiredActions),
      { kind: 'heading', text: '三、回复时限', level: 1 },
      `请于${formatChineseDate(n.replyDue, true)}前将整改情况书面回复${OFFICE_NAME}（整改回复可在督察台账系统中提交，并附相关佐证材料）。逾期未回复的，按量化考评办法扣分并予以通报。`,
    ],
    date: n.issuedOn,
  };
}
