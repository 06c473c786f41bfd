import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LADDER } from '../../../core/ladder.js';
import type { PreviewOut } from '../../../core/schemas/reminder.js';
import { openDatabase } from '../../db/database.js';
import { systemCtx } from '../../system.js';
import { buildLadderWorld, chinaMorning, type LadderWorld } from '../../testing/ladder-world.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, clientFor, type World } from '../../testing/world.js';
import { runLadderDay } from './ladder.service.js';
import { noticeIssuer } from './notice-issuer.js';

/**
 * The ladder through the API and the job, on both databases: what it will
 * send (preview), what it sends on each day of an item's climb, and that a
 * day never runs twice — not when run again, not when two instances race.
 */
let t: TestApp;
let w: World;
let lw: LadderWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  lw = await buildLadderWorld(w);
});
afterAll(() => t?.close());

const as = async (username: string) => clientFor(t, await t.login(username));

const reminderRows = () =>
  t.db.handle.db
    .selectFrom('reminders')
    .selectAll()
    .where('item_id', '=', lw.item.id)
    .orderBy('day')
    .orderBy('rung')
    .execute();

describe('the ladder', () => {
  it('previews what it will send on a day, without sending', async () => {
    const sup = await w.api('supervisor');
    const res = await sup.get('/api/reminders/preview?date=2026-12-02');
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json<PreviewOut>();
    expect(preview.workday).toBe(true);
    const mine = preview.reminders.filter((r) => r.itemId === lw.item.id);
    expect(mine).toEqual([
      expect.objectContaining({
        reason: 'due',
        rung: 1,
        recipientName: '王责任',
        unitName: '区住建局',
        days: 7,
        sent: false,
        line: `【${lw.item.code}】${lw.item.title}：办理时限还有 7 个工作日（12月11日）`,
      }),
    ]);
    expect(preview.digests.find((d) => d.recipientId === lw.resp.id)?.channels).toEqual(['in_app', 'email']);
    // A Saturday: nothing.
    const sat = (await sup.get('/api/reminders/preview?date=2026-12-05')).json<PreviewOut>();
    expect(sat).toMatchObject({ workday: false, reminders: [], digests: [] });
    expect(await reminderRows()).toEqual([]);
  });

  it('reminds the responsible person once on the day, as one digest, on the timeline', async () => {
    // Before the send hour (08:00 China time) nothing runs.
    expect(
      await (await import('./ladder.job.js')).runLadderIfDue(
        t.db.handle,
        t.app.services,
        { issuer: noticeIssuer, deliverer: lw.deliverer },
        chinaMorning('2026-12-02', 7),
      ),
    ).toBeNull();
    const run = await lw.runDay('2026-12-02');
    expect(run).toMatchObject({ day: '2026-12-02', notices: 0 });
    expect(run?.reminders).toBeGreaterThanOrEqual(1);
    // Again the same day: nothing more.
    expect(await lw.runDay('2026-12-02')).toBeNull();
    expect((await reminderRows()).map((r) => [r.day, r.rung, r.reason, r.recipient_id])).toEqual([
      ['2026-12-02', 1, 'due', lw.resp.id],
    ]);

    const resp = await as(lw.resp.username);
    expect((await resp.get('/api/notifications/unread-count')).json()).toEqual({ unread: 1 });
    const list = (await resp.get('/api/notifications')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: 'digest',
      title: '督办提醒（12月2日）：1 项待办',
      itemId: lw.item.id,
      itemCode: lw.item.code,
      readAt: null,
    });
    const timeline = (await (await w.api('supervisor')).get(`/api/items/${lw.item.id}/timeline`)).json();
    const urged = timeline.items.filter((e: { kind: string }) => e.kind === 'urged');
    expect(urged).toHaveLength(1);
    expect(urged[0].text).toContain('提醒具体责任人');
    expect(urged[0].text).toContain('王责任');

    // The preview now says it was sent.
    const preview = (
      await (await w.api('supervisor')).get('/api/reminders/preview?date=2026-12-02')
    ).json<PreviewOut>();
    expect(preview.reminders.find((r) => r.itemId === lw.item.id)?.sent).toBe(true);
  });

  it('sends nothing on a weekend', async () => {
    expect(await lw.runDay('2026-12-05')).toBeNull();
    expect(await lw.runDay('2026-12-06')).toBeNull();
    const runs = await t.db.handle.db.selectFrom('ladder_runs').select('day').execute();
    expect(runs.map((r) => r.day)).not.toContain('2026-12-05');
  });

  it('climbs to the deputy, an urging notice and a supervision notice to the leader in charge', async () => {
    for (const day of ['2026-12-08', '2026-12-10', '2026-12-11', '2026-12-14', '2026-12-15', '2026-12-21'])
      await lw.runDay(day);
    const rows = await reminderRows();
    expect(rows.map((r) => [r.day, r.rung, r.recipient_id, r.notice_number])).toEqual([
      ['2026-12-02', 1, lw.resp.id, null],
      ['2026-12-08', 1, lw.resp.id, null],
      ['2026-12-10', 1, lw.resp.id, null],
      ['2026-12-11', 2, lw.deputy.id, null],
      ['2026-12-14', 3, lw.deputy.id, '督催〔2026〕1号'],
      ['2026-12-21', 4, lw.leaderInCharge.id, '督办〔2026〕1号'],
    ]);
    const leader = await as(lw.leaderInCharge.username);
    const digest = (await leader.get('/api/notifications')).json().items[0];
    expect(digest.title).toBe('督办提醒（12月21日）：1 项待办');
    expect(digest.body).toContain('已发督办通知单（主管领导）');
    expect(digest.body).toContain('已发通知单：督办〔2026〕1号');
    const deputy = await as(lw.deputy.username);
    expect((await deputy.get('/api/notifications')).json().total).toBe(2);
  });

  it('runs a day once when two instances race for it', async () => {
    const other = openDatabase(t.db.config);
    try {
      const ctxA = { ...systemCtx(t.db.handle, chinaMorning('2026-12-22')), services: t.app.services };
      const ctxB = { ...systemCtx(other, chinaMorning('2026-12-22')), services: t.app.services };
      const runs = await Promise.allSettled([
        runLadderDay(ctxA, '2026-12-22', noticeIssuer),
        runLadderDay(ctxB, '2026-12-22', noticeIssuer),
      ]);
      const done = runs.filter((r) => r.status === 'fulfilled' && r.value);
      expect(done).toHaveLength(1);
      const days = await t.db.handle.db
        .selectFrom('ladder_runs')
        .select('day')
        .where('day', '=', '2026-12-22')
        .execute();
      expect(days).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});

describe('the ladder settings', () => {
  it('shows the default ladder and the days it ran', async () => {
    const res = await (await w.api('supervisor')).get('/api/reminders/ladder');
    expect(res.json()).toMatchObject({ config: DEFAULT_LADDER, sendHour: 8 });
    expect(res.json().runs[0].day).toBe('2026-12-22');
  });

  it('takes a new ladder and follows it', async () => {
    const sup = await w.api('supervisor');
    const res = await sup.put('/api/reminders/ladder', {
      config: { ...DEFAULT_LADDER, daysBefore: [1, 10, 10], ledgerDaysBefore: { [w.otherLedgerId]: [2] } },
      sendHour: 9,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().config.daysBefore).toEqual([10, 1]);
    expect(res.json().sendHour).toBe(9);
    const item = await w.seedItem({ dueDate: '2027-01-15' }, 'assign');
    const preview = (await sup.get('/api/reminders/preview?date=2027-01-14')).json<PreviewOut>();
    expect(preview.reminders.filter((r) => r.itemId === item.id && r.rung === 1)).toHaveLength(0);
  });

  it('refuses a ladder whose rungs do not climb, and an unknown ledger', async () => {
    const sup = await w.api('supervisor');
    const bad = await sup.put('/api/reminders/ladder', {
      config: { ...DEFAULT_LADDER, urgingAfter: 9, supervisionAfter: 2 },
      sendHour: 8,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('config.supervisionAfter');
    const ledger = await sup.put('/api/reminders/ladder', {
      config: { ...DEFAULT_LADDER, ledgerDaysBefore: { 'no-such-ledger': [3] } },
      sendHour: 8,
    });
    expect(ledger.statusCode).toBe(400);
  });
});
