import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { TEST_PASSWORD } from '../testing/factories.js';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app.js';
import { buildWorld, type World } from '../testing/world.js';

/** Native HTTPS, Secure cookies behind a TLS proxy, and X-Forwarded-For only from the named proxies. */
let t: TestApp;
let w: World;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-tls-'));

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const login = (app: Awaited<ReturnType<typeof buildApp>>, extra: object = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: w.users.supervisor.username, password: TEST_PASSWORD },
    ...extra,
  });

describe('native HTTPS', () => {
  it('serves over TLS with HSTS and a Secure session cookie', async () => {
    const cert = path.join(dir, 'cert.pem');
    const key = path.join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const app = await buildApp({
      db: t.db.handle,
      now: () => TEST_NOW,
      webRoot: null,
      https: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) },
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      const body = JSON.stringify({ username: w.users.supervisor.username, password: TEST_PASSWORD });
      const res = await new Promise<{
        status: number;
        headers: Record<string, string | string[] | undefined>;
      }>((resolve, reject) => {
        const req = https.request(
          {
            host: '127.0.0.1',
            port,
            path: '/api/auth/login',
            method: 'POST',
            rejectUnauthorized: false,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (r) => {
            r.resume();
            r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers }));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(res.status).toBe(200);
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(String(res.headers['set-cookie'])).toMatch(/ducha_session=.*; Secure/);
    } finally {
      await app.close();
    }
  });
});

describe('behind a proxy', () => {
  it('marks the session cookie Secure when the public URL is HTTPS, and not otherwise', async () => {
    expect(String((await login(t.app)).headers['set-cookie'])).not.toContain('Secure');
    const app = await buildApp({
      db: t.db.handle,
      now: () => TEST_NOW,
      webRoot: null,
      publicUrl: 'https://ducha.example.gov.cn',
    });
    try {
      expect(String((await login(app)).headers['set-cookie'])).toContain('Secure');
    } finally {
      await app.close();
    }
  });

  it('takes the client address from X-Forwarded-For only when a named proxy sent it', async () => {
    const app = await buildApp({
      db: t.db.handle,
      now: () => TEST_NOW,
      webRoot: null,
      trustProxy: ['10.0.0.5'],
    });
    const lastIp = async () =>
      (
        await t.db.handle.db
          .selectFrom('audit_log')
          .select('ip')
          .where('action', '=', 'auth.login')
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow()
      ).ip;
    try {
      await login(app, { remoteAddress: '10.0.0.5', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(await lastIp()).toBe('203.0.113.9');
      await login(app, { remoteAddress: '198.51.100.7', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(await lastIp()).toBe('198.51.100.7');
    } finally {
      await app.close();
    }
  });
});
