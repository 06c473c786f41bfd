import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitOut } from '../../../core/schemas/unit.js';
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

const fields = (res: { json(): { error: { details: { field?: string }[] } } }) =>
  res.json().error.details.map((d) => d.field);

async function createUnit(body: Record<string, unknown>): Promise<UnitOut> {
  const res = await sup.post('/api/units', body);
  expect(res.statusCode).toBe(201);
  return res.json<UnitOut>();
}

describe('POST /api/units', () => {
  it('creates a unit with its kind, aliases and parent', async () => {
    const parent = await createUnit({ name: '区发改委', kind: 'department' });
    const unit = await createUnit({
      name: '区重点项目办',
      shortName: '项目办',
      aliases: ['重点办'],
      kind: 'other',
      parentId: parent.id,
    });
    expect(unit).toMatchObject({
      name: '区重点项目办',
      shortName: '项目办',
      aliases: ['重点办'],
      kind: 'other',
      parentId: parent.id,
      archived: false,
      version: 1,
    });
    expect((await sup.get(`/api/units/${unit.id}`)).json<UnitOut>()).toEqual(unit);
  });

  it('lets the system admin create units too', async () => {
    const res = await (await w.api('sysadmin')).post('/api/units', { name: '区统计局', kind: 'department' });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a second unit of the same name with 409 naming the field', async () => {
    const res = await sup.post('/api/units', { name: '马寨镇', kind: 'township' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
    expect(fields(res)).toEqual(['name']);
  });

  it.each([
    ['區環保督察中心', '繁体'],
    ['区环保督察中心 ', '空格'],
    ['区 环保督察中心', '空格'],
    ['区环保督察中心\u3000', '全角空格'],
  ])('refuses %s, a look-alike of an existing unit (%s), with 409 naming it', async (name) => {
    await sup.post('/api/units', { name: '区环保督察中心', kind: 'department' });
    const before = (await sup.get('/api/units?pageSize=200')).json().total;
    const res = await sup.post('/api/units', { name, kind: 'department' });
    expect(res.statusCode, res.body).toBe(409);
    expect(fields(res)).toEqual(['name']);
    expect((await sup.get('/api/units?pageSize=200')).json().total).toBe(before);
  });

  it('refuses full-width look-alikes and a rename into a look-alike', async () => {
    await createUnit({ name: 'ABC产业园管委会', kind: 'other' });
    const res = await sup.post('/api/units', { name: 'ＡＢＣ产业园管委会', kind: 'other' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].message).toContain('与已有单位「ABC产业园管委会」实为同名');
    const other = await createUnit({ name: '区文旅局', kind: 'department' });
    const rename = await sup.patch(`/api/units/${other.id}`, {
      version: other.version,
      name: 'abc产业园管委会',
    });
    expect(rename.statusCode).toBe(409);
  });

  it.each([
    ['name', { name: '区\u200b住建局' }],
    ['name', { name: '区\u202e局建住' }],
    ['shortName', { name: '区审计局', shortName: '审\u2060计' }],
    ['aliases.1', { name: '区审计局', aliases: ['审计', '审\ufeff计局'] }],
  ])('refuses invisible or direction characters in %s with 400', async (field, body) => {
    const res = await sup.post('/api/units', { kind: 'department', ...body });
    expect(res.statusCode, res.body).toBe(400);
    expect(fields(res)).toEqual([field]);
  });

  it('refuses an unknown parent unit with 400 naming the field', async () => {
    const res = await sup.post('/api/units', { name: '某办公室', kind: 'other', parentId: 'no-such-unit' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
    expect(fields(res)).toEqual(['parentId']);
  });

  it('names every missing or wrong field, in Chinese by default', async () => {
    const res = await sup.post('/api/units', { kind: 'ministry', aliases: 'x' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation');
    expect(fields(res).sort()).toEqual(['aliases', 'kind', 'name']);
    expect(body.error.message).toMatch(/^提交的数据有误/);
    expect(body.error.details.find((d: { field: string }) => d.field === 'name').message).toBe('必填');
  });

  it('words the same error in English for Accept-Language: en', async () => {
    const res = await sup.post('/api/units', { kind: 'department' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({
      code: 'validation',
      message: 'The submitted data is invalid: Name: required',
      details: [{ field: 'name', message: 'required', key: 'required' }],
    });
  });

  it('refuses a leader and a unit user (403) and nobody logged in (401)', async () => {
    for (const p of ['leader', 'unitLead', 'secadmin', 'auditor'] as const) {
      const res = await (await w.api(p)).post('/api/units', { name: `${p}的单位`, kind: 'other' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect(
      (await (await w.api('anonymous')).post('/api/units', { name: '匿名', kind: 'other' })).statusCode,
    ).toBe(401);
  });
});

describe('GET /api/units', () => {
  it('lists units with a total, searchable by alias and filtered by kind', async () => {
    const all = (await sup.get('/api/units')).json<{ items: UnitOut[]; total: number }>();
    expect(all.total).toBe(all.items.length);
    expect(all.items.map((u) => u.name)).toEqual(expect.arrayContaining(['区住建局', '马寨镇', '区环保局']));

    const byAlias = (await sup.get(`/api/units?q=${encodeURIComponent('环保局')}`)).json();
    expect(byAlias.items.map((u: UnitOut) => u.name)).toEqual(['区环保局']);

    const townships = (await sup.get('/api/units?kind=township')).json();
    expect(townships.items.every((u: UnitOut) => u.kind === 'township')).toBe(true);
    expect(townships.total).toBeGreaterThanOrEqual(1);
  });

  it('pages', async () => {
    const page1 = (await sup.get('/api/units?pageSize=2&page=1')).json();
    const page2 = (await sup.get('/api/units?pageSize=2&page=2')).json();
    expect(page1.items).toHaveLength(2);
    expect(page2.total).toBe(page1.total);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
  });

  it('is open to every logged-in role', async () => {
    for (const p of ['leader', 'unitOther', 'sysadmin', 'secadmin', 'auditor'] as const)
      expect((await (await w.api(p)).get('/api/units')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown unit', async () => {
    const res = await sup.get('/api/units/no-such-unit');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('PATCH /api/units/:id', () => {
  it('changes only the fields sent and bumps the version', async () => {
    const unit = await createUnit({
      name: '区水利局',
      aliases: ['水利局', '水利'],
      kind: 'department',
      sortOrder: 7,
    });
    const res = await sup.patch(`/api/units/${unit.id}`, { version: 1, shortName: '水利' });
    expect(res.statusCode).toBe(200);
    expect(res.json<UnitOut>()).toMatchObject({
      name: '区水利局',
      shortName: '水利',
      aliases: ['水利局', '水利'],
      sortOrder: 7,
      version: 2,
    });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const unit = await createUnit({ name: '区财政局', kind: 'department' });
    await sup.patch(`/api/units/${unit.id}`, { version: 1, shortName: '财政' });
    const res = await sup.patch(`/api/units/${unit.id}`, { version: 1, name: '区财政局（旧）' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect(fields(res)).toEqual(['version']);
    expect((await sup.get(`/api/units/${unit.id}`)).json<UnitOut>()).toMatchObject({
      name: '区财政局',
      version: 2,
    });
  });

  it('refuses to make a unit its own ancestor', async () => {
    const top = await createUnit({ name: '区城投集团', kind: 'other' });
    const child = await createUnit({ name: '城投一公司', kind: 'other', parentId: top.id });
    const res = await sup.patch(`/api/units/${top.id}`, { version: top.version, parentId: child.id });
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['parentId']);
  });

  it('archives a unit: gone from the list unless asked for', async () => {
    const unit = await createUnit({ name: '区旧改办', kind: 'other' });
    expect((await sup.patch(`/api/units/${unit.id}`, { version: 1, archived: true })).statusCode).toBe(200);
    const names = (q: string) =>
      sup.get(`/api/units?pageSize=1000${q}`).then((r) => r.json().items.map((u: UnitOut) => u.name));
    expect(await names('')).not.toContain('区旧改办');
    expect(await names('&includeArchived=true')).toContain('区旧改办');
  });

  it('answers 404 for an unknown unit', async () => {
    expect((await sup.patch('/api/units/no-such-unit', { version: 1, name: '某' })).statusCode).toBe(404);
  });
});

describe('DELETE /api/units/:id', () => {
  it('archives a unit (归档) instead of deleting it, even an unused one', async () => {
    const unit = await createUnit({ name: '临时工作组', kind: 'other' });
    expect((await sup.delete(`/api/units/${unit.id}`)).statusCode).toBe(200);
    const read = await sup.get(`/api/units/${unit.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().archived).toBe(true);
  });

  it('restores an archived unit through the ordinary edit', async () => {
    const unit = await createUnit({ name: '临时专班', kind: 'other' });
    await sup.delete(`/api/units/${unit.id}`);
    const read = (await sup.get(`/api/units/${unit.id}`)).json();
    const res = await sup.patch(`/api/units/${unit.id}`, { version: read.version, archived: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().archived).toBe(false);
  });
});
