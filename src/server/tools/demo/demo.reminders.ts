import { addDays, type IsoDate } from '../../../core/dates.js';
import type { DbHandle } from '../../db/database.js';
import { runLadderDay } from '../../modules/reminder/ladder.service.js';
import { noticeIssuer } from '../../modules/reminder/notice-issuer.js';
import { readRuleSettings } from '../../modules/settings/settings.service.js';
import { systemCtx } from '../../system.js';

/**
 * A week of urging history (the demo clock): the ladder as it would have run
 * at 09:00 on each working day of the five calendar days up to the demo's
 * today — reminders on the items' timelines, one digest per person and day,
 * urging and supervision notices for the late items. Digests older than two
 * days are read by every second recipient, so the bell shows both.
 */
export async function loadDemoReminders(handle: DbHandle, today: IsoDate) {
  const rules = await readRuleSettings(systemCtx(handle));
  const days: IsoDate[] = [];
  for (let d = addDays(today, -6); d <= today; d = addDays(d, 1))
    if (rules.calendar.isWorkday(d)) days.push(d);
  let reminders = 0;
  let digests = 0;
  let notices = 0;
  for (const day of days) {
    const run = await runLadderDay(systemCtx(handle, new Date(`${day}T01:00:00Z`)), day, noticeIssuer);
    reminders += run?.reminders ?? 0;
    digests += run?.digests ?? 0;
    notices += run?.notices ?? 0;
  }
  // Older digests: every second recipient has read theirs (the next morning at 08:30).
  const old = await handle.db
    .selectFrom('notifications')
    .select(['id', 'user_id', 'digest_day'])
    .where('digest_day', '<', addDays(today, -1))
    .orderBy('user_id')
    .execute();
  const users = [...new Set(old.map((n) => n.user_id))];
  const readers = new Set(users.filter((_u, i) => i % 2 === 0));
  for (const n of old)
    if (readers.has(n.user_id))
      await handle.db
        .updateTable('notifications')
        .set({ read_at: new Date(`${addDays(n.digest_day as string, 1)}T00:30:00Z`).toISOString() })
        .where('id', '=', n.id)
        .execute();
  return { days: days.length, reminders, digests, notices };
}
