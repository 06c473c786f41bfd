import { MILESTONE_DONE_WORDS, milestoneDoneProblem, milestoneLateDays } from '../../../../core/milestone.js';
import type { ItemOut } from '../../../../core/schemas/item.js';
import { MilestoneDoneInput } from '../../../../core/schemas/milestone.js';
import type { Ctx } from '../../../context.js';
import { AppError, fieldError, notFound } from '../../../errors.js';
import { authorize, writesAsUnit } from '../../access/policy.js';
import { loadForWrite, runItemCommand, saveItem } from '../item.kernel.js';
import { leadUnitOf } from '../item.state.js';

/** Steps are recorded done while the item is being worked on. */
const RECORDABLE = ['assigned', 'in_progress'];

/**
 * 节点完成: the lead unit (or a supervisor) marks a milestone done on the date
 * it was actually finished, with a note — or corrects that date and note. The
 * light is recomputed from the facts as always: the step no longer counts as
 * open; one finished after its planned date stays on the record as late by
 * that many days (timeline, roadmap, audit).
 */
export async function markMilestoneDone(
  ctx: Ctx,
  id: string,
  milestoneId: string,
  raw: MilestoneDoneInput,
): Promise<ItemOut> {
  const user = authorize(ctx, 'item.write');
  const input = MilestoneDoneInput.parse(raw);
  return runItemCommand(ctx, async (env) => {
    const before = await loadForWrite(env, id, input.version);
    const row = before.item;
    if (writesAsUnit(user) && leadUnitOf(before) !== user.unitId)
      throw new AppError('forbidden', [
        { zh: '只有牵头单位可以记录节点完成', en: 'only the lead unit records a milestone done' },
      ]);
    if (!RECORDABLE.includes(row.status))
      throw fieldError(
        'invalid_transition',
        'status',
        '事项交办后、办结前方可记录节点完成',
        'milestones are recorded done after assignment and before closing',
      );
    const milestone = before.milestones.find((m) => m.id === milestoneId);
    if (!milestone) throw notFound();
    const problem = milestoneDoneProblem({
      doneDate: input.doneDate,
      today: env.today,
      startDate: row.start_date,
    });
    if (problem) {
      const words = MILESTONE_DONE_WORDS[problem];
      throw fieldError('rule_violation', 'doneDate', words.zh, words.en);
    }
    const note = input.note ?? null;
    const milestones = before.milestones.map((m) =>
      m.id === milestoneId ? { ...m, done_date: input.doneDate, done_note: note } : m,
    );
    const at = env.tx.now.toISOString();
    const item = { ...row, updated_at: at, version: row.version + 1 };
    const lateDays = milestoneLateDays(milestone.planned_date, input.doneDate);
    return saveItem(
      env,
      before,
      { ...before, item, milestones },
      {
        action: 'item.milestone_done',
        event: {
          kind: 'milestone_done',
          unitId: user.unitId,
          payload: {
            milestone: milestone.title,
            plannedDate: milestone.planned_date,
            doneDate: input.doneDate,
            lateDays,
            ...(note ? { comment: note } : {}),
          },
        },
        audit: {
          before: { milestoneId, doneDate: milestone.done_date, note: milestone.done_note ?? null },
          after: { milestoneId, doneDate: input.doneDate, note, lateDays },
        },
      },
    );
  });
}
