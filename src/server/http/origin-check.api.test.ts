import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app.js';
import { buildWorld, type World } from '../testing/world.js';

let t: TestApp;
let w: World;
let cookie: string;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  cookie = await t.login(w.users.supervisor.username);
});
afterAll(() => t?.close());

const createUnit = (headers: Record<string, string>, name: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/units',
    headers: { cookie, host: 'ducha.example.gov.cn', ...headers },
    payload: { name, kind: 'other' },
  });

describe('a state-changing request from another site', () => {
  it.each([
    [{ origin: 'https://evil.example' }],
    [{ origin: 'null' }],
    [{ 'sec-fetch-site': 'cross-site' }],
    [{ 'sec-fetch-site': 'same-site', origin: 'http://ducha.example.gov.cn' }],
  ])('is refused with 403 and changes nothing: %j', async (headers) => {
    const name = `跨站建的单位${Math.random()}`;
    const res = await createUnit(headers, name);
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.message).toContain('来自其他网站的请求已被拒绝');
    const units = await t.app.inject({
      method: 'GET',
      url: `/api/units?q=${encodeURIComponent(name)}`,
      headers: { cookie },
    });
    expect(units.json().total).toBe(0);
  });

  it('passes from the same origin, from a typed address, and without browser headers', async () => {
    const variants: Record<string, string>[] = [
      { origin: 'http://ducha.example.gov.cn', 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ];
    for (const headers of variants)
      expect((await createUnit(headers, `同源单位${Math.random()}`)).statusCode).toBe(201);
  });

  it('leaves reads alone', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/units',
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('accepts the public URL as an origin behind a proxy', async () => {
    const app = await buildApp({
      db: t.db.handle,
      now: () => TEST_NOW,
      webRoot: null,
      publicUrl: 'https://ducha.example.gov.cn',
    });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/units',
        headers: { cookie, host: '127.0.0.1:3000', origin: 'https://ducha.example.gov.cn' },
        payload: { name: `代理后的单位${Math.random()}`, kind: 'other' },
      });
      expect(res.statusCode, res.body).toBe(201);
    } finally {
      await app.close();
    }
  });
});
