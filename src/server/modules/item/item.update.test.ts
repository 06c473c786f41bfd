import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
});
afterAll(() => t?.close());

type ErrorJson = { error: { code: string; details: { field?: string; message: string }[] } };
const fields = (res: { json(): ErrorJson }) => res.json().error.details.map((d) => d.field);
const read = async (id: string) => (await sup.get(`/api/items/${id}`)).json<ItemOut>();
/** The parts of an item that a refused write must leave as they were. */
const stored = (i: ItemOut) => {
  const { asOf, lightReasons, actions, ...rest } = i;
  return rest;
};

const withTarget = { targets: [{ name: '安置房', unit: '套', targetValue: 1200 }] };

describe('PATCH /api/items/:id on a draft', () => {
  it('changes anything, including the core, and bumps the version', async () => {
    const item = await w.seedItem(withTarget);
    const res = await sup.patch(`/api/items/${item.id}`, {
      version: item.version,
      dueDate: '2026-12-20',
      goal: '12月20日前主体封顶',
      targets: [{ name: '安置房', unit: '套', targetValue: 1500 }],
      responsibilities: [{ unitId: w.otherUnitId, role: 'lead' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ItemOut>()).toMatchObject({
      dueDate: '2026-12-20',
      currentDueDate: '2026-12-20',
      goal: '12月20日前主体封顶',
      targets: [{ targetValue: 1500 }],
      responsibilities: [{ unitId: w.otherUnitId, role: 'lead' }],
      version: item.version + 1,
    });
  });

  it('leaves alone every field that is not sent', async () => {
    const item = await w.seedItem({ ...withTarget, priority: 'high', cadence: 'weekly' });
    const res = await sup.patch(`/api/items/${item.id}`, {
      version: item.version,
      title: '马寨安置区3#地块封顶',
    });
    expect(res.statusCode).toBe(200);
    const { title, version, updatedAt, ...rest } = stored(res.json<ItemOut>());
    const { title: _t, version: _v, updatedAt: _u, ...before } = stored(item);
    expect(title).toBe('马寨安置区3#地块封顶');
    expect(rest).toEqual(before);
  });

  it('refuses a stale version with 409 stale_version and changes nothing', async () => {
    const item = await w.seedItem();
    await sup.patch(`/api/items/${item.id}`, { version: item.version, priority: 'low' });
    const current = await read(item.id);
    const res = await sup.patch(`/api/items/${item.id}`, { version: item.version, title: '被覆盖的标题' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect(fields(res)).toEqual(['version']);
    expect(stored(await read(item.id))).toEqual(stored(current));
  });

  it('refuses a PATCH without a version', async () => {
    const item = await w.seedItem();
    const res = await sup.patch(`/api/items/${item.id}`, { title: '无版本' });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['version']);
  });

  it('checks the cross-field rules against the merged item', async () => {
    const item = await w.seedItem();
    const res = await sup.patch(`/api/items/${item.id}`, { version: item.version, dueDate: '2026-06-01' });
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['milestones.0.plannedDate']);
    expect((await read(item.id)).dueDate).toBe('2026-12-31');
  });

  it('answers 404 for an unknown item', async () => {
    expect((await sup.patch('/api/items/no-such-item', { version: 1, title: '某' })).statusCode).toBe(404);
  });
});

describe('PATCH /api/items/:id after assignment', () => {
  // Functions: the world's unit ids exist only once the tests run.
  it.each<[string, () => Record<string, unknown>]>([
    ['dueDate', () => ({ dueDate: '2027-03-31' })],
    ['goal', () => ({ goal: '改一改目标' })],
    ['targets', () => ({ targets: [{ name: '安置房', unit: '套', targetValue: 900 }] })],
    [
      'responsibilities',
      () => ({
        responsibilities: [
          { unitId: w.coopUnitId, role: 'lead' },
          { unitId: w.leadUnitId, role: 'cooperating' },
        ],
      }),
    ],
    ['startDate', () => ({ startDate: '2026-02-01' })],
  ])(
    'locks the core: %s changes only through an adjustment request (409 core_locked)',
    async (field, patch) => {
      const item = await w.seedItem(withTarget, 'assign');
      const body = patch();
      const res = await sup.patch(`/api/items/${item.id}`, { version: item.version, ...body });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('core_locked');
      expect(fields(res)).toEqual([field]);
      expect(stored(await read(item.id))).toEqual(stored(item));
    },
  );

  it('keeps title, priority, cadence and milestones editable', async () => {
    const item = await w.seedItem(withTarget, 'assign', 'start');
    const res = await sup.patch(`/api/items/${item.id}`, {
      version: item.version,
      title: '马寨安置区3#地块主体封顶（调整）',
      priority: 'high',
      cadence: 'biweekly',
      milestones: [
        {
          id: item.milestones[0].id,
          title: '完成桩基施工',
          plannedDate: '2026-06-30',
          doneDate: '2026-06-20',
        },
        { title: '主体封顶', plannedDate: '2026-12-15' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ItemOut>()).toMatchObject({
      title: '马寨安置区3#地块主体封顶（调整）',
      priority: 'high',
      cadence: 'biweekly',
      status: 'in_progress',
      milestones: [{ id: item.milestones[0].id }, { title: '主体封顶', doneDate: null }],
    });
  });

  it('lets the supervisor name the people in charge without changing the division of work', async () => {
    const item = await w.seedItem({}, 'assign');
    const res = await sup.patch(`/api/items/${item.id}`, {
      version: item.version,
      responsibilities: item.responsibilities.map((r) => ({
        id: r.id,
        unitId: r.unitId,
        role: r.role,
        responsibleId: r.role === 'lead' ? w.users.unitLead.id : null,
      })),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ItemOut>().responsibilities[0].responsible?.id).toBe(w.users.unitLead.id);
  });

  it('turns the light as milestones are planned and done', async () => {
    const item = await w.seedItem(
      { milestones: [{ title: '拆迁完成', plannedDate: '2026-11-25' }] },
      'assign',
    );
    expect(item.light).toBe('yellow');
    expect(item.lightReasons).toEqual(['节点「拆迁完成」（计划 2026-11-25）滞后 2 天']);
    const m = item.milestones[0];
    const res = await sup.patch(`/api/items/${item.id}`, {
      version: item.version,
      milestones: [{ ...m, doneDate: '2026-11-26' }],
    });
    expect(res.json<ItemOut>()).toMatchObject({
      light: 'green',
      lightReasons: ['按计划推进'],
      progress: 100,
    });
  });

  it('refuses any edit of a completed item', async () => {
    const item = await w.seedItem({}, 'assign', 'start', 'request_completion', 'approve_completion');
    const res = await sup.patch(`/api/items/${item.id}`, { version: item.version, title: '办结后改名' });
    expect(res.statusCode).toBe(422);
    expect((await read(item.id)).title).toBe(item.title);
  });
});

describe('PATCH /api/items/:id by unit users', () => {
  const milestoneDone = (item: ItemOut, doneDate: string) => ({
    version: item.version,
    milestones: item.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      plannedDate: m.plannedDate,
      doneDate,
    })),
  });

  it('lets the lead unit record that a milestone was done', async () => {
    const item = await w.seedItem(
      { milestones: [{ title: '主体施工', plannedDate: '2026-11-20' }] },
      'assign',
    );
    const res = await (await w.api('unitLead')).patch(
      `/api/items/${item.id}`,
      milestoneDone(item, '2026-11-24'),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ItemOut>().milestones[0].doneDate).toBe('2026-11-24');
  });

  it('does not let a cooperating unit record milestones', async () => {
    const item = await w.seedItem(
      { milestones: [{ title: '主体施工', plannedDate: '2026-11-20' }] },
      'assign',
    );
    const res = await (await w.api('unitCoop')).patch(
      `/api/items/${item.id}`,
      milestoneDone(item, '2026-11-24'),
    );
    expect(res.statusCode).toBe(403);
    expect(fields(res)).toEqual(['milestones.0.doneDate']);
    expect((await read(item.id)).milestones[0].doneDate).toBeNull();
  });

  it("does not let a unit user touch the supervisor's fields", async () => {
    const item = await w.seedItem({}, 'assign');
    const res = await (await w.api('unitLead')).patch(`/api/items/${item.id}`, {
      version: item.version,
      title: '单位自己改的标题',
      priority: 'low',
    });
    expect(res.statusCode).toBe(403);
    expect(fields(res).sort()).toEqual(['priority', 'title']);
    expect(stored(await read(item.id))).toEqual(stored(item));
  });

  it("lets each unit name its own people, not another unit's", async () => {
    const item = await w.seedItem({}, 'assign');
    const people = (forUnit: string, person: string) => ({
      version: item.version,
      responsibilities: item.responsibilities.map((r) => ({
        id: r.id,
        unitId: r.unitId,
        role: r.role,
        responsibleId: r.unitId === forUnit ? person : null,
      })),
    });
    const coop = await w.api('unitCoop');
    const other = await coop.patch(`/api/items/${item.id}`, people(w.leadUnitId, w.users.unitCoop.id));
    expect(other.statusCode).toBe(403);
    expect(fields(other)).toEqual(['responsibilities.0']);
    const own = await coop.patch(`/api/items/${item.id}`, people(w.coopUnitId, w.users.unitCoop.id));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<ItemOut>().responsibilities[1].responsibleId).toBe(w.users.unitCoop.id);
  });

  it("answers 404 to a unit user editing another unit's item", async () => {
    const item = await w.seedItem({}, 'assign');
    const res = await (await w.api('unitOther')).patch(
      `/api/items/${item.id}`,
      milestoneDone(item, '2026-11-24'),
    );
    expect(res.statusCode).toBe(404);
  });
});
