import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type World } from '../../testing/world.js';

/**
 * What the audit log hears of refusals: every refused request of a
 * logged-in user once — reads too —, and nothing of anonymous junk, which
 * is refused before its body is read.
 */
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

const rows = async () =>
  t.db.handle.db.selectFrom('audit_log').select(['action', 'actor_id', 'outcome']).orderBy('seq').execute();

describe('refusals in the audit log', () => {
  it('answers an anonymous write 401 before reading its body (not 400), and records nothing', async () => {
    const before = (await rows()).length;
    for (const [method, url] of [
      ['POST', '/api/items'],
      ['PATCH', '/api/items/x'],
      ['POST', '/api/units'],
      ['PATCH', '/api/settings'],
    ] as const) {
      const res = await t.app.inject({ method, url, payload: { title: 1, nonsense: ['\u0000'] } });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
    const junk = await t.app.inject({
      method: 'POST',
      url: '/api/units',
      payload: '{"broken',
      headers: { 'content-type': 'application/json' },
    });
    expect([400, 401]).toContain(junk.statusCode);
    expect((await rows()).length).toBe(before);
  });

  it('records a refused read once: a supervisor asking for the audit log', async () => {
    const sup = await w.api('supervisor');
    const before = (await rows()).length;
    expect((await sup.get('/api/audit')).statusCode).toBe(403);
    const added = (await rows()).slice(before);
    expect(added).toEqual([
      { action: 'GET /api/audit', actor_id: w.users.supervisor.id, outcome: 'refused' },
    ]);
  });

  it('does not record reads that are merely not found', async () => {
    const sup = await w.api('supervisor');
    const before = (await rows()).length;
    expect((await sup.get('/api/items/no-such-item')).statusCode).toBe(404);
    expect((await rows()).length).toBe(before);
  });
});
