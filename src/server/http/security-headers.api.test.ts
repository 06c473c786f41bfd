import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, DEFAULT_WEB_ROOT } from '../app.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { buildWorld, type World } from '../testing/world.js';

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

describe('security headers', () => {
  it('are on every API answer: success, refusal, not found, anonymous, and every documented GET', async () => {
    const sup = await w.api('supervisor');
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const gets = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([, ops]) => 'get' in ops)
      .map(([p]) => p.replace('{id}', 'no-such-id'));
    const answers = [
      ...(await Promise.all(gets.map((url) => sup.get(url)))),
      await sup.get('/api/nothing-here'),
      await sup.post('/api/units', { name: '' }),
      await t.app.inject({ method: 'GET', url: '/api/items' }),
    ];
    expect(answers.length).toBeGreaterThan(15);
    for (const res of answers) {
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self';");
      expect(res.headers['content-security-policy']).toContain("object-src 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-powered-by']).toBeUndefined();
      // Plain HTTP here: HSTS would mean nothing.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('asks for HTTPS for a year when the request came over TLS (through a trusted proxy)', async () => {
    const behindProxy = await buildApp({ db: t.db.handle, webRoot: null, trustProxy: true });
    try {
      const tls = await behindProxy.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const plain = await behindProxy.inject({ method: 'GET', url: '/api/health' });
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behindProxy.close();
    }
  });
});

describe('the web page', () => {
  it('has no inline script, so that the policy needs no unsafe-inline for scripts', () => {
    const pages = [path.resolve('src/web/index.html'), path.join(DEFAULT_WEB_ROOT, 'index.html')].filter(
      (f) => fs.existsSync(f),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = fs.readFileSync(page, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs, page).toMatch(/\bsrc=/);
        expect(body.trim(), page).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });
});
