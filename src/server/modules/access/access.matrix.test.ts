import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { seedLightScenario } from '../../testing/scenarios.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, PERSONAS, type Persona, type World } from '../../testing/world.js';

/**
 * The permission matrix: every role (and scope) against every action, with the
 * status each cell must answer. 404 where the record is outside the user's
 * scope (its existence is not revealed), 403 where the role may not act at all,
 * 401 without a session.
 */
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

type Action = (c: Client, p: Persona) => Promise<LightMyRequestResponse>;

const ACTIONS: Record<string, Action> = {
  'list items': (c) => c.get('/api/items'),
  'read item': async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}`),
  'create item': (c) => c.post('/api/items', w.itemInput()),
  'update item': async (c) => {
    const item = await w.seedItem({}, 'assign');
    return c.patch(`/api/items/${item.id}`, { version: item.version, title: '改过的标题' });
  },
  'start an assigned item': async (c) => {
    const item = await w.seedItem({}, 'assign');
    return c.post(`/api/items/${item.id}/transitions`, { action: 'start', version: item.version });
  },
  'delete a draft': async (c) => c.delete(`/api/items/${(await w.seedItem()).id}`),
  'list ledgers': (c) => c.get('/api/ledgers'),
  'list units': (c) => c.get('/api/units'),
  'create unit': (c, p) => c.post('/api/units', { name: `${p}建的单位`, kind: 'other' }),
  'list users': (c) => c.get('/api/users'),
  'create user': (c, p) =>
    c.post('/api/users', {
      username: `by_${p}`,
      password: 'a-good-password',
      displayName: '新人',
      roles: ['leader'],
    }),
  'read audit log': (c) => c.get('/api/audit'),
  'read settings': (c) => c.get('/api/settings'),
  'patch settings': (c) => c.patch('/api/settings', { 'session.idleMinutes': 30 }),
  'read stats': (c) => c.get('/api/stats/overview'),
};

/** Columns in the order of PERSONAS. */
const COLUMNS: Persona[] = [...PERSONAS];
// biome-ignore format: the table reads as a matrix
const EXPECTED: Record<keyof typeof ACTIONS, number[]> = {
  //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
  'list items':             [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'read item':              [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'create item':            [201, 201, 400,  403,  403,  403,  403,   403, 403, 403, 401],
  'update item':            [200, 200, 404,  403,  403,  403,  404,   403, 403, 403, 401],
  'start an assigned item': [200, 200, 404,  403,  200,  403,  404,   403, 403, 403, 401],
  'delete a draft':         [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'list ledgers':           [200, 200, 200,  200,  200,  200,  200,   200, 403, 403, 401],
  'list units':             [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
  'create unit':            [201, 201, 201,  403,  403,  403,  403,   201, 403, 403, 401],
  'list users':             [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  'create user':            [403, 403, 403,  403,  403,  403,  403,   201, 403, 403, 401],
  'read audit log':         [403, 403, 403,  403,  403,  403,  403,   403, 403, 200, 401],
  'read settings':          [200, 200, 200,  403,  403,  403,  403,   200, 200, 403, 401],
  'patch settings':         [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  'read stats':             [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
};

const CODES: Record<number, string> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
};

const cells = Object.keys(ACTIONS).flatMap((action) =>
  COLUMNS.map((persona, i) => ({ action, persona, status: EXPECTED[action][i] })),
);

describe('permission matrix', () => {
  it.each(cells)('$action as $persona → $status', async ({ action, persona, status }) => {
    const res = await ACTIONS[action](await w.api(persona), persona);
    expect(res.statusCode, res.body).toBe(status);
    if (CODES[status]) expect(res.json().error.code).toBe(CODES[status]);
  });
});

describe('scope: what each user sees', () => {
  let all: ItemOut[];
  beforeAll(async () => {
    await seedLightScenario(w);
    all = (await (await w.api('supervisor')).get('/api/items?pageSize=200')).json().items;
  });

  const listed = async (p: Persona, query = '') =>
    (await (await w.api(p)).get(`/api/items?pageSize=200${query}`)).json<{
      items: ItemOut[];
      total: number;
    }>();

  it.each<Persona>([
    'supervisor',
    'supervisorThisLedger',
    'supervisorOtherLedger',
    'leader',
    'unitLead',
    'unitCoop',
    'unitOther',
  ])('lists for %s exactly the items that read one by one', async (persona) => {
    const client = await w.api(persona);
    const ids = new Set((await listed(persona)).items.map((i) => i.id));
    for (const item of all) {
      const res = await client.get(`/api/items/${item.id}`);
      expect(res.statusCode, `${persona} ${item.title}`).toBe(ids.has(item.id) ? 200 : 404);
    }
  });

  it('shows a unit user exactly the items where their unit has a role', async () => {
    for (const [p, unitId] of [
      ['unitLead', w.leadUnitId],
      ['unitCoop', w.coopUnitId],
      ['unitOther', w.otherUnitId],
    ] as const) {
      // Drafts stay with the supervisor until assigned.
      const expected = all
        .filter((i) => i.status !== 'draft' && i.responsibilities.some((r) => r.unitId === unitId))
        .map((i) => i.id);
      const { items, total } = await listed(p);
      expect(items.map((i) => i.id).sort()).toEqual(expected.sort());
      expect(total).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it("never shows a unit user another unit's item, however they ask", async () => {
    const foreign = all.find((i) => !i.responsibilities.some((r) => r.unitId === w.otherUnitId)) as ItemOut;
    expect((await listed('unitOther', `&unitId=${w.leadUnitId}`)).total).toBe(0);
    expect((await listed('unitOther', `&q=${encodeURIComponent(foreign.title)}`)).total).toBe(0);
    expect((await listed('unitOther', `&q=${encodeURIComponent(foreign.code)}`)).total).toBe(0);
    expect((await listed('unitOther', `&ledgerId=${foreign.ledgerId}`)).items.map((i) => i.id)).not.toContain(
      foreign.id,
    );
    const other = await w.api('unitOther');
    const read = await other.get(`/api/items/${foreign.id}`);
    expect(read.statusCode).toBe(404);
    expect(read.json()).toEqual((await other.get('/api/items/no-such-item')).json());
  });

  it('keeps a ledger-limited supervisor inside their ledger', async () => {
    const { items } = await listed('supervisorOtherLedger');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.ledgerId === w.otherLedgerId)).toBe(true);
    expect((await listed('supervisorOtherLedger', `&ledgerId=${w.ledgerId}`)).total).toBe(0);
  });

  it('lets leaders and unlimited supervisors see everything', async () => {
    expect((await listed('leader')).total).toBe(all.length);
    expect((await listed('supervisor')).total).toBe(all.length);
  });
});
