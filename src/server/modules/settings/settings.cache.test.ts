import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../context.js';
import { type DbHandle, openDatabase } from '../../db/database.js';
import { systemCtx } from '../../system.js';
import { countingCtx } from '../../testing/statement-counter.js';
import { createTestDb, type TestDb } from '../../testing/test-db.js';
import { upsertSetting } from './settings.repo.js';
import { ruleSettingsOf, settingsOf } from './settings.service.js';

/**
 * Issue 14: settings and the calendar are kept between requests and checked
 * by one token read; a write by anyone (this server, another instance, a
 * script) is seen by the next request.
 */
let t: TestDb;
let other: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
  // A second connection to the same database: another server instance.
  other = openDatabase(t.config);
});
afterAll(async () => {
  await other?.close();
  await t?.drop();
});

/** A fresh request's context (its own memo), with its statements counted. */
function request(): { ctx: Ctx; statements: () => number } {
  const { ctx, counter } = countingCtx({ ...systemCtx(t.handle), memo: new Map() });
  return { ctx, statements: () => counter.count };
}

// A Friday in an ordinary week (no public holiday), a working day by the published table.
const FRIDAY = '2026-12-04';

describe('settings and calendar between requests', () => {
  it('reads the contents once, then only the version token', async () => {
    const first = request();
    await ruleSettingsOf(first.ctx);
    await settingsOf(first.ctx);
    const second = request();
    const rules = await ruleSettingsOf(second.ctx);
    expect((await settingsOf(second.ctx))['light.warnWorkingDays']).toBe(5);
    expect(rules.light.warnWorkingDays).toBe(5);
    expect(second.statements()).toBe(1);
  });

  it('sees a setting written by another instance on the next request', async () => {
    await ruleSettingsOf(request().ctx);
    await upsertSetting({ db: other.db }, 'light.warnWorkingDays', '3');
    const next = request();
    expect((await ruleSettingsOf(next.ctx)).light.warnWorkingDays).toBe(3);
    expect((await settingsOf(next.ctx))['light.warnWorkingDays']).toBe(3);
    expect(next.statements()).toBe(3);
    await upsertSetting({ db: other.db }, 'light.warnWorkingDays', '5');
    expect((await settingsOf(request().ctx))['light.warnWorkingDays']).toBe(5);
  });

  it('sees a calendar override added and removed by another instance', async () => {
    expect((await ruleSettingsOf(request().ctx)).calendar.isWorkday(FRIDAY)).toBe(true);
    await other.db
      .insertInto('calendar_overrides')
      .values({ date: FRIDAY, kind: 'holiday', name: null })
      .execute();
    expect((await ruleSettingsOf(request().ctx)).calendar.isWorkday(FRIDAY)).toBe(false);
    await other.db.deleteFrom('calendar_overrides').where('date', '=', FRIDAY).execute();
    expect((await ruleSettingsOf(request().ctx)).calendar.isWorkday(FRIDAY)).toBe(true);
  });

  it('keeps one request on the values it started with', async () => {
    const req = request();
    expect((await settingsOf(req.ctx))['session.idleMinutes']).toBe(30);
    await upsertSetting({ db: other.db }, 'session.idleMinutes', '45');
    expect((await settingsOf(req.ctx))['session.idleMinutes']).toBe(30);
    expect((await settingsOf(request().ctx))['session.idleMinutes']).toBe(45);
  });
});
