import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { buildLedger, buildUser } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
let dq: string;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  dq = (await buildLedger(t.sys, { code: 'DQ', name: '大气污染防治' })).id;
});
afterAll(() => t?.close());

type ErrorJson = { error: { code: string; message: string; details: { field?: string; message: string }[] } };
const fields = (res: { json(): ErrorJson }) => res.json().error.details.map((d) => d.field);
const total = async () => (await sup.get('/api/items?pageSize=1')).json().total as number;

async function create(body: Record<string, unknown>): Promise<ItemOut> {
  const res = await sup.post('/api/items', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ItemOut>();
}

describe('POST /api/items', () => {
  it('registers a draft with the next code of its ledger series', async () => {
    const first = await create(w.itemInput({ ledgerId: dq, title: '马寨镇散煤治理' }));
    const second = await create(w.itemInput({ ledgerId: dq, title: '工地扬尘治理' }));
    expect(first.code).toBe('2026-DQ-001');
    expect(second.code).toBe('2026-DQ-002');
    expect(first).toMatchObject({ status: 'draft', light: null, ledgerName: '大气污染防治', version: 1 });
  });

  it('keeps the whole task book: source, targets, responsibilities with people, milestones', async () => {
    const responsible = w.users.unitLead.id;
    const item = await create(
      w.itemInput({
        source: 'instruction',
        sourceRef: '区长批示〔2026〕8号',
        priority: 'high',
        cadence: 'weekly',
        targets: [{ name: '安置房', unit: '套', targetValue: 1200, baselineValue: 300 }],
        responsibilities: [
          { unitId: w.leadUnitId, role: 'lead', responsibleId: responsible },
          { unitId: w.coopUnitId, role: 'cooperating' },
        ],
      }),
    );
    expect(item).toMatchObject({
      source: 'instruction',
      sourceRef: '区长批示〔2026〕8号',
      priority: 'high',
      cadence: 'weekly',
      startDate: '2026-03-01',
      dueDate: '2026-12-31',
      currentDueDate: '2026-12-31',
      extensionCount: 0,
      parentId: null,
      childCount: 0,
      targets: [{ name: '安置房', unit: '套', targetValue: 1200, baselineValue: 300, currentValue: null }],
      milestones: [{ title: '完成桩基施工', plannedDate: '2026-06-30', doneDate: '2026-06-20' }],
    });
    expect(item.responsibilities).toMatchObject([
      { unitId: w.leadUnitId, unitName: '区住建局', role: 'lead', responsibleId: responsible },
      { unitId: w.coopUnitId, unitName: '马寨镇', role: 'cooperating', responsibleId: null },
    ]);
    expect(item.responsibilities[0].responsible?.displayName).toBe(w.users.unitLead.displayName);
    expect((await sup.get(`/api/items/${item.id}`)).json()).toEqual(item);
  });

  it('refuses a due date before the start with 422 naming the field, and stores nothing', async () => {
    const before = await total();
    const res = await sup.post('/api/items', w.itemInput({ dueDate: '2026-01-01', milestones: [] }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('rule_violation');
    expect(fields(res)).toEqual(['dueDate']);
    expect(res.json().error.message).toBe('不符合业务规则：截止日期：截止日期不能早于开始日期');
    expect(await total()).toBe(before);
  });

  it('says the same in English for Accept-Language: en', async () => {
    const res = await sup.post('/api/items', w.itemInput({ dueDate: '2026-01-01', milestones: [] }), {
      'accept-language': 'en',
    });
    expect(res.json<ErrorJson>().error).toEqual({
      code: 'rule_violation',
      message: 'The request breaks a rule: Due date: the due date is before the start date',
      details: [{ field: 'dueDate', message: 'the due date is before the start date' }],
    });
  });

  it('refuses a second lead unit, naming responsibilities.N.role', async () => {
    const unit3 = w.otherUnitId;
    const res = await sup.post(
      '/api/items',
      w.itemInput({
        responsibilities: [
          { unitId: w.leadUnitId, role: 'lead' },
          { unitId: w.coopUnitId, role: 'cooperating' },
          { unitId: unit3, role: 'lead' },
        ],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['responsibilities.2.role']);
    expect(res.json().error.details[0].message).toBe('一个事项只能有一个牵头单位');
  });

  it('refuses the same unit listed twice', async () => {
    const res = await sup.post(
      '/api/items',
      w.itemInput({
        responsibilities: [
          { unitId: w.leadUnitId, role: 'lead' },
          { unitId: w.leadUnitId, role: 'cooperating' },
        ],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['responsibilities.1.unitId']);
  });

  it('refuses unknown units, people and ledgers with 400 naming each field', async () => {
    const before = await total();
    const res = await sup.post(
      '/api/items',
      w.itemInput({
        ledgerId: 'no-such-ledger',
        responsibilities: [
          { unitId: w.leadUnitId, role: 'lead', leaderId: 'no-such-person' },
          { unitId: 'no-such-unit', role: 'cooperating' },
        ],
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
    expect(fields(res).sort()).toEqual([
      'ledgerId',
      'responsibilities.0.leaderId',
      'responsibilities.1.unitId',
    ]);
    expect(await total()).toBe(before);
  });

  it('refuses a milestone planned outside start..due, and one done in the future', async () => {
    const res = await sup.post(
      '/api/items',
      w.itemInput({
        milestones: [
          { title: '开工前', plannedDate: '2026-02-28' },
          { title: '年后', plannedDate: '2027-01-01' },
          { title: '提前完成', plannedDate: '2026-12-01', doneDate: '2026-12-01' },
          { title: '正好截止', plannedDate: '2026-12-31' },
        ],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual([
      'milestones.0.plannedDate',
      'milestones.1.plannedDate',
      'milestones.2.doneDate',
    ]);
  });

  it('names every missing or malformed field in one answer', async () => {
    const res = await sup.post('/api/items', {
      ledgerId: w.ledgerId,
      source: 'rumour',
      startDate: '2026-02-30',
      priority: 'urgent',
      responsibilities: [{ unitId: w.leadUnitId, role: 'boss' }],
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual([
      'dueDate',
      'priority',
      'responsibilities.0.role',
      'source',
      'startDate',
      'title',
    ]);
    const startDate = res.json().error.details.find((d: { field: string }) => d.field === 'startDate');
    expect(startDate.message).toBe('日期应写作 YYYY-MM-DD');
  });

  it('refuses a body that is not JSON', async () => {
    const res = await t.request(await t.login('w_supervisor'), {
      method: 'POST',
      url: '/api/items',
      payload: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
  });
});

describe('GET /api/items/:id', () => {
  it('answers 404 not_found for an unknown id', async () => {
    const res = await sup.get('/api/items/no-such-item');
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toEqual({ code: 'not_found', message: '未找到该记录', details: [] });
  });

  it('computes the light as of the asOf date asked for', async () => {
    const item = await w.seedItem({ dueDate: '2026-12-04', milestones: [] }, 'assign');
    const light = async (q: string) => (await sup.get(`/api/items/${item.id}${q}`)).json<ItemOut>();
    expect(await light('')).toMatchObject({ light: 'yellow', asOf: '2026-11-27' });
    expect(await light('?asOf=2026-11-20')).toMatchObject({ light: 'green', asOf: '2026-11-20' });
    expect(await light('?asOf=2026-12-05')).toMatchObject({ light: 'red', lightReasons: ['已超期 1 天'] });
    expect((await sup.get(`/api/items/${item.id}?asOf=tomorrow`)).statusCode).toBe(400);
  });
});

describe('DELETE /api/items/:id', () => {
  it('archives a draft (归档) instead of deleting it (more in item.archive.api.test.ts)', async () => {
    const item = await w.seedItem();
    const res = await sup.delete(`/api/items/${item.id}`);
    expect(res.statusCode).toBe(200);
    expect((await sup.get(`/api/items/${item.id}`)).json().archivedAt).not.toBeNull();
  });

  it('keeps anything assigned (cancel it instead)', async () => {
    const item = await w.seedItem({}, 'assign');
    const res = await sup.delete(`/api/items/${item.id}`);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('rule_violation');
    expect((await sup.get(`/api/items/${item.id}`)).json().status).toBe('assigned');
  });

  it('answers 404 for an unknown item', async () => {
    expect((await sup.delete('/api/items/no-such-item')).statusCode).toBe(404);
  });
});

describe('decomposition into sub-items (parentId)', () => {
  it('splits an item into sub-items per unit, one level deep', async () => {
    const parent = await create(w.itemInput({ title: '全区安置房建设' }));
    const child = await create(
      w.itemInput({
        title: '马寨镇安置房建设',
        parentId: parent.id,
        responsibilities: [{ unitId: w.coopUnitId, role: 'lead' }],
      }),
    );
    expect(child.parentId).toBe(parent.id);
    expect((await sup.get(`/api/items/${parent.id}`)).json().childCount).toBe(1);
    const children = (await sup.get(`/api/items?parentId=${parent.id}`)).json();
    expect(children.items.map((i: ItemOut) => i.id)).toEqual([child.id]);

    const grandchild = await sup.post('/api/items', w.itemInput({ parentId: child.id }));
    expect(grandchild.statusCode).toBeGreaterThanOrEqual(400);
    expect(grandchild.statusCode).toBeLessThan(500);
    expect(fields(grandchild)).toEqual(['parentId']);
  });

  it('refuses an unknown parent', async () => {
    const res = await sup.post('/api/items', w.itemInput({ parentId: 'no-such-item' }));
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['parentId']);
  });

  it('does not let an item with sub-items become a sub-item itself', async () => {
    const parent = await create(w.itemInput({ title: '上级事项' }));
    await create(w.itemInput({ title: '下级事项', parentId: parent.id }));
    const other = await create(w.itemInput({ title: '另一个事项' }));
    const res = await sup.patch(`/api/items/${parent.id}`, { version: parent.version, parentId: other.id });
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['parentId']);
    expect((await sup.get(`/api/items/${parent.id}`)).json().parentId).toBeNull();
  });

  it('archives a parent draft only after its sub-items', async () => {
    const parent = await create(w.itemInput({ title: '待删上级' }));
    const child = await create(w.itemInput({ title: '待删下级', parentId: parent.id }));
    expect((await sup.delete(`/api/items/${parent.id}`)).statusCode).toBe(422);
    expect((await sup.delete(`/api/items/${child.id}`)).statusCode).toBe(200);
    expect((await sup.delete(`/api/items/${parent.id}`)).statusCode).toBe(200);
  });
});

describe('a supervisor limited to some ledgers', () => {
  it('cannot register items in other ledgers', async () => {
    await buildUser(t.sys, { roles: ['supervisor'], username: 'dq_only', ledgerIds: [dq] });
    const res = await t.request(await t.login('dq_only'), {
      method: 'POST',
      url: '/api/items',
      payload: w.itemInput({ ledgerId: w.ledgerId }),
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['ledgerId']);
  });
});
