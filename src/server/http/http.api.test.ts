import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeUrlPart } from '../testing/fuzz.js';
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

  it('words every message a user can meet as prose naming the field by its label, never its path', async () => {
    const item = (
      await sup.post('/api/items', {
        ledgerId: w.ledgerId,
        title: '马寨安置区主体封顶',
        source: 'meeting',
        goal: '年底前封顶',
        startDate: '2026-03-01',
        dueDate: '2026-12-31',
        responsibilities: [{ unitId: w.leadUnitId, role: 'lead' }],
      })
    ).json();
    const cases: [string, string, unknown][] = [
      ['POST', '/api/items', { ...item, title: 'x'.repeat(201), ledgerId: w.ledgerId }],
      ['POST', '/api/items', { ledgerId: w.ledgerId, title: 42 }],
      [
        'POST',
        '/api/items',
        {
          ledgerId: w.ledgerId,
          title: '两个牵头',
          source: 'meeting',
          goal: '目标',
          startDate: '2026-03-01',
          dueDate: '2026-12-31',
          responsibilities: [
            { unitId: w.leadUnitId, role: 'lead' },
            { unitId: w.coopUnitId, role: 'lead' },
          ],
        },
      ],
      ['PATCH', `/api/items/${item.id}`, { version: item.version + 5, title: '新标题' }],
      ['PATCH', `/api/items/${item.id}`, { version: 'one', title: '新标题' }],
      ['GET', '/api/items?pageSize=abc', undefined],
    ];
    for (const [method, url, payload] of cases) {
      for (const lang of ['zh', 'en'] as const) {
        const res = await t.app.inject({
          method: method as 'GET',
          url,
          payload: payload as object,
          headers: { cookie: await t.login(w.users.supervisor.username), 'accept-language': lang },
        });
        const { message, details } = res.json().error as { message: string; details: { message: string }[] };
        const all = [message, ...details.map((d) => d.message)];
        for (const text of all) {
          // No field path (responsibilities.1.role, version, pageSize), no zod words (期望 string, Invalid input).
          expect(text, `${method} ${url} ${lang}`).not.toMatch(
            /[a-z]+\.\d|\bversion\b|[a-z][A-Z]|期望|string|Invalid input|expected/,
          );
          if (lang === 'zh') expect(text, url).not.toMatch(/[A-Za-z]{3,}/);
          else expect(text, url).not.toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    const long = await sup.post('/api/items', { ...item, title: 'x'.repeat(201), ledgerId: w.ledgerId });
    expect(long.json().error.message).toContain('标题：最多 200 个字');
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

describe('input the databases cannot store', () => {
  it('refuses a NUL in the login name with 400, without a session', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'w_super\u0000visor', password: 'x' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'username', key: 'invalid' });
  });

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone low surrogate', '\uDC00'],
  ])('refuses %s in a body, a query or a nested field with 400 and stores nothing', async (_, bad) => {
    expect((await sup.post('/api/units', { name: bad, kind: 'other' })).statusCode).toBe(400);
    const nested = await sup.post('/api/units', { name: '合法单位', kind: 'other', aliases: ['ok', bad] });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.details[0].field).toBe('aliases.1');
    // A URL carries bytes: a lone surrogate there is its WTF-8 form, which is not UTF-8.
    const inUrl = encodeUrlPart(bad);
    for (const url of [`/api/items?q=${inUrl}`, `/api/items/${inUrl}`]) {
      const res = await sup.get(url);
      expect(res.statusCode, `${url} ${res.body}`).toBeLessThan(500);
      if (bad.includes('\u0000')) expect(res.statusCode).toBe(400);
    }
    expect((await sup.get(`/api/units?q=${encodeURIComponent('合法单位')}`)).json().total).toBe(0);
  });

  it('keeps a whole surrogate pair (𠮷) as it came', async () => {
    const res = await sup.post('/api/units', { name: '𠮷野家', kind: 'other' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toBe('𠮷野家');
  });

  it.each(['/api/ledgers?year=2147483648', '/api/ledgers?year=-2147483649', '/api/items?page=99999999999'])(
    'refuses %s with 400 instead of failing in the database',
    async (url) => {
      const res = await sup.get(url);
      expect(res.statusCode, res.body).toBe(400);
    },
  );

  it('refuses a version past the INTEGER column with 400', async () => {
    const item = await w.seedItem();
    const res = await sup.patch(`/api/items/${item.id}`, { version: 2 ** 31, title: '越界' });
    expect(res.statusCode, res.body).toBe(400);
  });
});
