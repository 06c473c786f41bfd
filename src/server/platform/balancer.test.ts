import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Balancer, createBalancer, forwardedHeaders, trustsAddress } from './balancer.js';

/**
 * The balancer in front of two plain HTTP servers that say who they are and
 * what reached them: round robin, bodies, streams, upgrades, an instance
 * that is down, and the forwarded headers.
 */
interface Seen {
  name: string;
  method: string;
  url: string;
  body: string;
  headers: http.IncomingHttpHeaders;
}

const upgraded = new Set<net.Socket>();

function backend(name: string): http.Server {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      if (req.url === '/stream') {
        // An event stream that stays open: the client must get events before the response ends.
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`data: first from ${name}\n\n`);
        setImmediate(() => res.write(`data: second from ${name}\n\n`));
        return;
      }
      const seen: Seen = { name, method: req.method ?? '', url: req.url ?? '', body, headers: req.headers };
      res.writeHead(201, { 'content-type': 'application/json', 'x-instance': name });
      res.end(JSON.stringify(seen));
    });
  });
  server.on('upgrade', (req, socket: net.Socket) => {
    upgraded.add(socket);
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\nX-Instance: ${name}\r\nX-Seen-For: ${req.headers['x-forwarded-for']}\r\n\r\n`,
    );
    socket.on('data', (d) => socket.write(`${name}:${d.toString()}`));
  });
  return server;
}

const listen = (s: http.Server) =>
  new Promise<number>((resolve) =>
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)),
  );
const close = (s: http.Server) =>
  new Promise<void>((resolve) => {
    s.close(() => resolve());
    s.closeAllConnections();
    for (const u of upgraded) u.destroy();
  });

const a = backend('a');
const b = backend('b');
let balancer: Balancer;
let base: string;
let deadPort: number;

beforeAll(async () => {
  const [pa, pb] = [await listen(a), await listen(b)];
  // A port nothing listens on: an instance that is down.
  const probe = net.createServer();
  deadPort = await new Promise<number>((r) =>
    probe.listen(0, '127.0.0.1', () => r((probe.address() as AddressInfo).port)),
  );
  await new Promise<void>((r) => probe.close(() => r()));
  balancer = createBalancer({
    backends: [`http://127.0.0.1:${pa}`, `http://127.0.0.1:${pb}`, `http://127.0.0.1:${deadPort}`],
    downMs: 60_000,
  });
  base = `http://127.0.0.1:${await listen(balancer.server)}`;
});
afterAll(async () => {
  await balancer.close();
  await close(a);
  await close(b);
});

describe('the balancer', () => {
  it('takes turns over the instances, skipping one that refuses, and passes method, path, body and status', async () => {
    const names: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${base}/api/items?page=${i}`);
      expect(res.status).toBe(201);
      const seen = (await res.json()) as Seen;
      expect(seen.url).toBe(`/api/items?page=${i}`);
      names.push(seen.name);
    }
    // Every request was answered, by the two live instances in turn.
    expect(names.filter((n) => n === 'a').length).toBeGreaterThanOrEqual(2);
    expect(names.filter((n) => n === 'b').length).toBeGreaterThanOrEqual(2);
    expect(names.length).toBe(6);
    const post = await fetch(`${base}/api/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'ducha.example' },
      body: JSON.stringify({ title: '马寨安置房' }),
    });
    const seen = (await post.json()) as Seen;
    expect(seen.method).toBe('POST');
    expect(JSON.parse(seen.body)).toEqual({ title: '马寨安置房' });
  });

  it('replaces a client-written X-Forwarded-For with the address the connection came from', async () => {
    const res = await fetch(`${base}/who`, {
      headers: { 'x-forwarded-for': '6.6.6.6', 'x-forwarded-proto': 'https' },
    });
    const seen = (await res.json()) as Seen;
    expect(seen.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen.headers['x-forwarded-proto']).toBe('http');
  });

  it('streams an event stream event by event', async () => {
    const events = await new Promise<string[]>((resolve, reject) => {
      const got: string[] = [];
      http
        .get(`${base}/stream`, (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream');
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            got.push(...chunk.split('\n\n').filter(Boolean));
            if (got.length >= 2) {
              res.destroy();
              resolve(got);
            }
          });
        })
        .on('error', reject);
    });
    expect(events[0]).toMatch(/^data: first from [ab]$/);
    expect(events[1]).toMatch(/^data: second from [ab]$/);
  });

  it('passes a connection upgrade both ways', async () => {
    const url = new URL(base);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(url.port), '127.0.0.1', () => {
        socket.write('GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n');
      });
      let buf = '';
      socket.on('data', (d) => {
        buf += d.toString();
        if (buf.includes('\r\n\r\n') && !buf.includes(':ping')) socket.write('ping');
        if (buf.includes(':ping')) {
          socket.destroy();
          resolve(buf);
        }
      });
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1.1 101/);
    expect(reply).toMatch(/X-Seen-For: 127\.0\.0\.1/);
    expect(reply).toMatch(/[ab]:ping$/);
  });

  it('answers 502 when no instance is up', async () => {
    const lone = createBalancer({ backends: [`http://127.0.0.1:${deadPort}`] });
    const port = await listen(lone.server);
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(502);
    await lone.close();
  });
});

describe('forwarded headers', () => {
  it('keep what a trusted proxy in front wrote, and add the hop', () => {
    const incoming = { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' };
    expect(forwardedHeaders(incoming, '10.0.0.5', ['10.0.0.0/8'])).toEqual({
      'x-forwarded-for': '203.0.113.9, 10.0.0.5',
      'x-forwarded-proto': 'https',
    });
    expect(forwardedHeaders(incoming, '10.0.0.5', true)['x-forwarded-for']).toBe('203.0.113.9, 10.0.0.5');
    expect(forwardedHeaders(incoming, '192.0.2.1', ['10.0.0.0/8'])).toEqual({
      'x-forwarded-for': '192.0.2.1',
      'x-forwarded-proto': 'http',
    });
  });

  it('match addresses and ranges, IPv4-mapped IPv6 included', () => {
    expect(trustsAddress(['127.0.0.1'], '::ffff:127.0.0.1')).toBe(true);
    expect(trustsAddress(['10.1.0.0/16'], '10.1.200.3')).toBe(true);
    expect(trustsAddress(['10.1.0.0/16'], '10.2.0.3')).toBe(false);
    expect(trustsAddress(['::1'], '::1')).toBe(true);
    expect(trustsAddress(false, '127.0.0.1')).toBe(false);
    expect(trustsAddress(['not-an-address'], '127.0.0.1')).toBe(false);
  });
});
