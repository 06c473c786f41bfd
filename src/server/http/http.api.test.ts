import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { TEST_DIALECT } from '../testing/test-db.js';
import { buildWorld, type Client, type World } from '../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
});
afterAll(() => t?.close());

describe('GET /api/health', () => {
  it('reports ok and the database dialect, without logging in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', db: TEST_DIALECT });
  });
});

describe('GET /api/openapi.json', () => {
  it('documents the item API with its paths, filters and bodies', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/items',
        '/api/items/{id}',
        '/api/items/{id}/transitions',
        '/api/units',
        '/api/users',
        '/api/ledgers',
        '/api/auth/login',
        '/api/stats/overview',
      ]),
    );
    expect(Object.keys(doc.paths['/api/items']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/items/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
    const params = doc.paths['/api/items'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining([
        'ledgerId',
        'unitId',
        'unitRole',
        'status',
        'light',
        'dueFrom',
        'dueTo',
        'overdue',
        'q',
        'sort',
        'page',
        'pageSize',
        'asOf',
      ]),
    );
    expect(doc.paths['/api/items'].post.requestBody).toBeDefined();
  });
});

describe('the error envelope', () => {
  it('answers an unknown API path with 404 not_found', async () => {
    const res = await sup.get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: '未找到该记录', details: [] } });
  });

  it('answers a protected route without a session with 401 unauthenticated', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/items',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthenticated', message: 'Please log in', details: [] } });
  });

  it.each([
    [undefined, 'zh'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR', 'zh'],
  ])('words messages for Accept-Language %s in %s', async (header, lang) => {
    const res = await sup.get('/api/items/no-such-item', header ? { 'accept-language': header } : {});
    expect(res.json().error.message).toBe(lang === 'zh' ? '未找到该记录' : 'Not found');
  });

  it('refuses malformed JSON with 400 validation', async () => {
    const res = await t.request(await t.login('w_supervisor'), {
      method: 'POST',
      url: '/api/units',
      payload: '{"name": "半截',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
  });

  it('gives each schema failure a stable key beside its worded message', async () => {
    const res = await sup.post(
      '/api/ledgers',
      { name: 'x'.repeat(61), year: 2026, code: 'dq' },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    const byField = Object.fromEntries(res.json().error.details.map((d: { field: string }) => [d.field, d]));
    expect(byField.name).toMatchObject({ key: 'too_long', params: { n: 60 } });
    expect(byField.name.message).toMatch(/60/);
    expect(byField.code).toMatchObject({ key: 'ledger_code' });
    const date = await sup.get('/api/stats/overview?asOf=2026-13-01');
    expect(date.json().error.details).toEqual([
      { field: 'asOf', message: '日期应写作 YYYY-MM-DD', key: 'invalid_date' },
    ]);
  });

  it('refuses a body over the size limit without storing anything', async () => {
    const res = await sup.post('/api/units', { name: '大', kind: 'other', aliases: ['x'.repeat(2_000_000)] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation');
    expect((await sup.get(`/api/units?q=${encodeURIComponent('大')}`)).json().total).toBe(0);
  });

  it('keeps stored-only columns out of responses', async () => {
    const item = await w.seedItem();
    const body = (await sup.get(`/api/items/${item.id}`)).body;
    for (const column of ['search_text', 'yellow_from', 'red_from', 'created_by', 'lit'])
      expect(body).not.toContain(`"${column}"`);
  });
});
