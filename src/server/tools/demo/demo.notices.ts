import { addDays, type IsoDate } from '../../../core/dates.js';
import type { NoticeKind, UrgeMethod } from '../../../core/notices.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { NoticeOut } from '../../../core/schemas/notice.js';
import type { Actor, Ctx } from '../../context.js';
import { getItem } from '../../modules/item/item.service.js';
import { issueNotice, replyToNotice, reviewNotice } from '../../modules/notice/notice.service.js';
import { recordUrge } from '../../modules/urge/urge.service.js';
import type { DemoItem } from './district-data.js';

/**
 * Notices and urging in the demo, replayed on their own days through the real
 * services: late and lagging items get an inspection notice, an urging notice
 * or a supervision notice to their lead unit, whose replies stand in every
 * state — accepted, returned and answered again, waiting for review, returned
 * and not yet answered, not yet due, and overdue (shown in red) — and the
 * supervisors' phone calls, messages and visits are on record.
 */

type Story = {
  kind: NoticeKind;
  issuedDaysAgo: number;
  dueAfter: number;
  /** Days after issuing the unit replied, and what the supervisor did (in order). */
  steps: ({ reply: number } | { accept: number } | { return: number; comment: string })[];
};

const STORIES: Story[] = [
  { kind: 'inspection', issuedDaysAgo: 24, dueAfter: 7, steps: [{ reply: 5 }, { accept: 7 }] },
  {
    kind: 'inspection',
    issuedDaysAgo: 18,
    dueAfter: 7,
    steps: [{ reply: 6 }, { return: 8, comment: '整改措施不具体，请明确完成时限和责任人' }, { reply: 12 }],
  },
  { kind: 'urging', issuedDaysAgo: 9, dueAfter: 5, steps: [{ reply: 3 }] },
  {
    kind: 'urging',
    issuedDaysAgo: 12,
    dueAfter: 5,
    steps: [{ reply: 4 }, { return: 6, comment: '未附现场照片，请补充佐证材料' }],
  },
  { kind: 'supervision', issuedDaysAgo: 3, dueAfter: 10, steps: [] },
  { kind: 'urging', issuedDaysAgo: 14, dueAfter: 5, steps: [] },
  { kind: 'supervision', issuedDaysAgo: 21, dueAfter: 7, steps: [{ reply: 10 }, { accept: 12 }] },
  { kind: 'inspection', issuedDaysAgo: 6, dueAfter: 10, steps: [{ reply: 4 }] },
  { kind: 'supervision', issuedDaysAgo: 16, dueAfter: 7, steps: [] },
];

const FINDINGS: Record<NoticeKind, string> = {
  inspection: '经实地督导，项目现场作业面不足，施工进度滞后路线图节点。\n进展反馈内容笼统，缺少量化数据。',
  urging: '该事项进展反馈已逾期未报，路线图节点未按期完成。',
  supervision: '该事项经多次催办仍进展缓慢，已超过办理时限，影响全区重点工作整体推进。',
};
const ACTIONS: Record<NoticeKind, string> = {
  inspection: '（一）倒排工期，增加作业面和施工力量。\n（二）按周报送进展，附现场照片和量化数据。',
  urging: '请立即报送进展情况，说明滞后原因和下步措施。',
  supervision: '请主要负责同志亲自研究部署，制定整改方案，明确完成时限，按期书面回复。',
};
const REPLIES = [
  '已召开专题会议研究部署，增加两个施工班组，预计两周内追回进度。现场照片已同步上传。',
  '已补报近三期进展，并明确专人负责按周报送。',
  '已制定整改方案，明确责任人和完成时限，主体工程本月底前完成。',
];

const URGES: { method: UrgeMethod; answer: string; daysAgo: number }[] = [
  { method: 'phone', answer: '已安排专人对接，本周五前报送进展', daysAgo: 8 },
  { method: 'message', answer: '收到，马上落实', daysAgo: 5 },
  { method: 'on_site', answer: '现场表示将增派人手，下周完成节点任务', daysAgo: 2 },
];

/** 10:00 in China on `day`. */
const morning = (day: IsoDate) => `${day}T02:00:00.000Z`;

export async function playNoticeStories(
  played: { demo: Omit<DemoItem, 'children'>; out: ItemOut }[],
  supervisor: Actor,
  unitUsers: Map<string, Actor>,
  ctxAt: (actor: Actor, day: IsoDate) => Ctx,
  today: IsoDate,
): Promise<{ notices: number; urges: number }> {
  const sup = (day: IsoDate) => ctxAt(supervisor, day);
  const troubled = played
    .filter((p) => ['overdue', 'at_risk', 'milestone_late'].includes(p.demo.scenario))
    .map((p) => p.out);
  const open: ItemOut[] = [];
  for (const i of troubled) {
    const item = await getItem(sup(today), i.id);
    if (item.status === 'assigned' || item.status === 'in_progress') open.push(item);
  }
  const leadOf = (i: ItemOut) => i.responsibilities.find((r) => r.role === 'lead');

  let notices = 0;
  const urgingNotices = new Map<string, NoticeOut>();
  for (const [k, story] of STORIES.entries()) {
    const item = open[k];
    const lead = item && leadOf(item);
    const unitUser = lead && unitUsers.get(lead.unitId);
    if (!item || !lead || !unitUser) continue;
    // The first notice also covers a second item of the same unit, as offices do.
    const sibling = k === 0 ? open.find((o) => o.id !== item.id && leadOf(o)?.unitId === lead.unitId) : null;
    const issuedOn = addDays(today, -story.issuedDaysAgo);
    let n = await issueNotice(sup(issuedOn), {
      kind: story.kind,
      unitId: lead.unitId,
      itemIds: sibling ? [item.id, sibling.id] : [item.id],
      findings: FINDINGS[story.kind],
      requiredActions: ACTIONS[story.kind],
      replyDue: addDays(issuedOn, story.dueAfter),
    });
    notices++;
    for (const [s, step] of story.steps.entries()) {
      if ('reply' in step)
        n = await replyToNotice(ctxAt(unitUser, addDays(issuedOn, step.reply)), n.id, {
          content: REPLIES[(k + s) % REPLIES.length],
          version: n.version,
        });
      else if ('accept' in step)
        n = await reviewNotice(sup(addDays(issuedOn, step.accept)), n.id, {
          decision: 'accept',
          comment: '整改到位，予以认可',
          version: n.version,
        });
      else
        n = await reviewNotice(sup(addDays(issuedOn, step.return)), n.id, {
          decision: 'return',
          comment: step.comment,
          version: n.version,
        });
    }
    if (story.kind === 'urging') urgingNotices.set(item.id, n);
  }

  let urges = 0;
  for (const [k, item] of open.slice(0, 10).entries()) {
    const lead = leadOf(item);
    if (!lead) continue;
    const person = lead.responsible ?? lead.deputy ?? lead.leader;
    for (const u of URGES.slice(0, 1 + (k % URGES.length))) {
      const day = addDays(today, -u.daysAgo);
      await recordUrge(sup(day), item.id, {
        method: u.method,
        unitId: lead.unitId,
        toPersonId: person?.id ?? null,
        toText: person ? null : `${lead.unitName}办公室`,
        urgedAt: morning(day),
        answer: u.answer,
      });
      urges++;
    }
    const notice = urgingNotices.get(item.id);
    if (notice) {
      const day = addDays(notice.issuedOn, 1);
      await recordUrge(sup(day), item.id, {
        method: 'notice',
        unitId: lead.unitId,
        toText: `${lead.unitName}办公室`,
        urgedAt: morning(day),
        answer: '已签收催办单',
        noticeId: notice.id,
      });
      urges++;
    }
  }
  return { notices, urges };
}
