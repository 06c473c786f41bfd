import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app.js';
import { buildWorld, type Client, type World } from '../testing/world.js';

/**
 * Issue 14: JSON answers travel compressed when the browser accepts it, the
 * live-updates stream never does (it must arrive event by event), and static
 * assets are compressed once at build time or else on the way out.
 */
let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  for (let i = 0; i < 6; i++) await w.seedItem({ title: `压缩测试事项${i}：老旧小区改造` }, 'assign');
});
afterAll(() => t?.close());

const DECODE: Record<string, (b: Buffer) => Buffer> = {
  br: zlib.brotliDecompressSync,
  gzip: zlib.gunzipSync,
};

describe('compressed JSON', () => {
  for (const encoding of ['br', 'gzip'])
    it(`sends the item list as ${encoding}, decoding to the same JSON`, async () => {
      const plain = await sup.get('/api/items');
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.length).toBeGreaterThan(1024);
      const packed = await sup.get('/api/items', { 'accept-encoding': encoding });
      expect(packed.statusCode).toBe(200);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(JSON.parse(DECODE[encoding](packed.rawPayload).toString('utf8'))).toEqual(plain.json());
    });

  it('leaves small answers as they are', async () => {
    const res = await sup.get('/api/health', { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json().status).toBe('ok');
  });
});

describe('the live-updates stream', () => {
  it('streams uncompressed even to a browser that accepts br and gzip', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const cookie = await t.login(w.users.unitLead.username);
    const { port } = t.app.server.address() as AddressInfo;
    const first = await new Promise<{ headers: http.IncomingHttpHeaders; event: string }>(
      (resolve, reject) => {
        const req = http.get(
          {
            host: '127.0.0.1',
            port,
            path: '/api/notifications/stream',
            headers: { cookie, 'accept-encoding': 'br, gzip' },
          },
          (res) => {
            let buf = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              buf += chunk;
              // The first event arrives on its own, without waiting for the stream to end.
              if (buf.includes('\n\n')) {
                resolve({ headers: res.headers, event: buf });
                req.destroy();
              }
            });
          },
        );
        req.on('error', reject);
      },
    );
    expect(first.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(first.headers['content-encoding']).toBeUndefined();
    expect(first.event).toMatch(/^data: \{"unread":0\}/m);
  });
});

describe('static assets', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-web-'));
  const script = `console.log(${JSON.stringify('督察台账 '.repeat(400))});\n`;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Ducha</title>');
    fs.writeFileSync(path.join(root, 'assets', 'plain.js'), script);
    fs.writeFileSync(path.join(root, 'assets', 'built.js'), script);
    fs.writeFileSync(path.join(root, 'assets', 'built.js.br'), zlib.brotliCompressSync(Buffer.from(script)));
    app = await buildApp({ db: t.db.handle, now: () => TEST_NOW, webRoot: root });
  });
  afterAll(async () => {
    await app?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('sends the build’s own .br file once, not compressed again', async () => {
    const res = await app.inject({ url: '/assets/built.js', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(script);
  });

  it('compresses an asset the build left uncompressed', async () => {
    const res = await app.inject({ url: '/assets/plain.js', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(res.rawPayload).toString('utf8')).toBe(script);
  });
});
