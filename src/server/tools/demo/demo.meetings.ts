import type { MeetingKind } from '../../../core/meeting.js';
import type { DbHandle } from '../../db/database.js';
import { insertMeetingItems } from '../../modules/meeting/meeting.repo.js';
import { createMeeting } from '../../modules/meeting/meeting.service.js';
import { systemCtx } from '../../system.js';

/**
 * The demo's meetings: one for each set of minutes (会议纪要) its items name
 * as their source, dated a few days before the first of them starts, with
 * those items linked. The 马寨 progress meeting carries minutes in the style
 * of the seed page's report, written for the demo.
 */
const MAZHAI_MINUTES = `二七区召开马寨重点工作推进会议
近日，区委常委、区委办主任在马寨管委会主持召开重点工作推进会议，听取马寨土地运作、新镇区建设、安置房建设和特色小镇谋划等工作汇报，并对下一阶段工作作出安排。
会议指出，今年是马寨发展的关键之年，各项重点工作要抓紧抓实。一是土地运作要全力推进，由马寨管委会牵头，郑州市国土资源局二七分局配合，年底前完成马寨片区土地收储。二是安置房建设要稳步推进，安置房建设指挥部要倒排工期，确保马寨、杨寨、坟上安置区如期开工。三是经济运行要稳中有升，马寨管委会要确保超额完成全年任务目标和产业集聚区各项指标。`;

function kindOf(title: string): MeetingKind {
  if (/常务会议|常委会议/.test(title)) return 'standing';
  if (/推进会/.test(title)) return 'progress';
  if (/现场/.test(title)) return 'onsite';
  if (/督导|督察|督查/.test(title)) return 'inspection';
  return 'topical';
}

export async function loadDemoMeetings(handle: DbHandle, setupDate: Date): Promise<number> {
  const ctx = systemCtx(handle, setupDate);
  const items = await handle.db
    .selectFrom('items')
    .select(['id', 'source_ref', 'start_date'])
    .where('source', '=', 'meeting')
    .where('source_ref', 'like', '%会议纪要%')
    .orderBy('start_date')
    .execute();
  const groups = new Map<string, typeof items>();
  for (const i of items)
    groups.set(i.source_ref as string, [...(groups.get(i.source_ref as string) ?? []), i]);
  for (const [ref, group] of groups) {
    const first = group[0]?.start_date as string;
    const date = new Date(`${first}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 3);
    const title = ref.replace('纪要', '');
    const meeting = await createMeeting(ctx, {
      title,
      kind: kindOf(title),
      date: date.toISOString().slice(0, 10),
      minutes: ref.startsWith('马寨重点工作推进会议纪要〔2026〕9号') ? MAZHAI_MINUTES : '',
    });
    await insertMeetingItems(
      ctx,
      group.map((i, n) => ({
        meeting_id: meeting.id,
        item_id: i.id,
        directive_no: n + 1,
        directive_text: null,
        created_at: ctx.now.toISOString(),
      })),
    );
  }
  return groups.size;
}
