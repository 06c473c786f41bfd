import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { type DbHandle, openDatabase } from '../db/database.js';
import { notify } from '../modules/notification/notification.service.js';
import { TEST_PASSWORD } from '../testing/factories.js';
import { startTestApp, TEST_NOW, type TestApp } from '../testing/test-app.js';
import { TEST_DIALECT } from '../testing/test-db.js';
import { buildWorld, type World } from '../testing/world.js';
import { type Balancer, createBalancer } from './balancer.js';
import type { DbJobScheduler } from './job-scheduler.js';
import type { PgLiveUpdates } from './live-updates.js';

/**
 * Scale-out (issue 14): two instances on one PostgreSQL database, each an app
 * with its own connection pool, its own LISTEN connection and its own job
 * scheduler, serving HTTP on 127.0.0.1, behind the balancer of `ducha
 * cluster`. A session opened on one is valid on the other, an event written
 * on one reaches a browser connected to the other, and a job period runs once.
 * SQLite is one process by design: the file runs on PostgreSQL only.
 */
let t: TestApp;
let w: World;
let b: { app: Awaited<ReturnType<typeof buildApp>>; handle: DbHandle };
let balancer: Balancer;
const url = { a: '', b: '', lb: '' };

const baseOf = (server: http.Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

beforeAll(async () => {
  if (TEST_DIALECT !== 'postgres') return;
  t = await startTestApp();
  w = await buildWorld(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const handle = openDatabase(t.db.config);
  const app = await buildApp({ db: handle, now: () => TEST_NOW, webRoot: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  b = { app, handle };
  url.a = baseOf(t.app.server);
  url.b = baseOf(b.app.server);
  balancer = createBalancer({ backends: [url.a, url.b] });
  await new Promise<void>((r) => balancer.server.listen(0, '127.0.0.1', () => r()));
  url.lb = baseOf(balancer.server);
});
afterAll(async () => {
  await balancer?.close();
  if (b) {
    await b.app.close();
    await b.handle.close();
  }
  await t?.close();
});

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ducha_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0];
}

async function me(base: string, cookie: string): Promise<{ status: number; username?: string }> {
  const res = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
  const body = (await res.json()) as { username?: string; user?: { username?: string } };
  return { status: res.status, username: body.user?.username ?? body.username };
}

/** Opens the notifications stream and collects the unread counts it sends. */
function openStream(base: string, cookie: string) {
  const counts: number[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const req = http.get(`${base}/api/notifications/stream`, { headers: { cookie } }, (res) => {
    let buf = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buf += chunk;
      for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
        const data = /^data: (.*)$/m.exec(buf.slice(0, i))?.[1];
        buf = buf.slice(i + 2);
        if (data) counts.push(JSON.parse(data).unread);
        for (const wtr of waiters.filter((x) => counts.length >= x.n)) wtr.resolve();
      }
    });
  });
  return {
    counts,
    until: (n: number) =>
      counts.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve })),
    close: () => req.destroy(),
  };
}

describe.runIf(TEST_DIALECT === 'postgres')('two instances behind the balancer', () => {
  it('share sessions: a login on one instance is valid on the other and through the balancer', async () => {
    const username = w.users.unitLead.username;
    const cookie = await login(url.a, username);
    expect(await me(url.b, cookie)).toEqual({ status: 200, username });
    // Round robin: these four go to both instances in turn.
    for (let i = 0; i < 4; i++) expect(await me(url.lb, cookie)).toEqual({ status: 200, username });
    // Logged in through the balancer, out through one instance: gone on the other as well.
    const second = await login(url.lb, username);
    expect((await me(url.b, second)).status).toBe(200);
    const out = await fetch(`${url.a}/api/auth/logout`, { method: 'POST', headers: { cookie: second } });
    expect(out.status).toBeLessThan(300);
    expect((await me(url.b, second)).status).toBe(401);
  });

  it('share live updates: a change made on one instance reaches streams on the other (LISTEN/NOTIFY)', async () => {
    const user = w.users.unitCoop;
    const cookie = await login(url.lb, user.username);
    // Written without telling anyone: the streams opened next start from one unread.
    await notify(t.sys, [{ userId: user.id, kind: 'info', title: '跨实例', body: '请签收' }]);
    const onB = openStream(url.b, cookie);
    const viaBalancer = openStream(url.lb, cookie);
    await Promise.all([onB.until(1), viaBalancer.until(1)]);
    expect(onB.counts).toEqual([1]);
    expect(viaBalancer.counts).toEqual([1]);
    // Each instance listens from its first stream on: wait until B does, so the notification cannot pass it by.
    await (b.app.services.live as PgLiveUpdates).listen();
    await (t.app.services.live as PgLiveUpdates).listen();
    // Read on instance A: A publishes, B's stream learns it through PostgreSQL.
    const read = await fetch(`${url.a}/api/notifications/read-all`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(read.status).toBe(200);
    await Promise.all([onB.until(2), viaBalancer.until(2)]);
    expect(onB.counts).toEqual([1, 0]);
    expect(viaBalancer.counts).toEqual([1, 0]);
    onB.close();
    viaBalancer.close();
  });

  it("run each scheduled job once per period across both instances' schedulers", async () => {
    const a = t.app.services.jobs as DbJobScheduler;
    const other = b.app.services.jobs as DbJobScheduler;
    const names = a.list().map((j) => j.name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(other.list().map((j) => j.name)).toEqual(names);
    const day = 24 * 3_600_000;
    for (const k of [1, 2, 3]) {
      const at = new Date(TEST_NOW.getTime() + k * day);
      // Both instances wake at the same moment, twice each (a late timer): every job runs exactly once.
      const ran = (await Promise.all([a.tick(at), other.tick(at), a.tick(at), other.tick(at)])).flat();
      expect(ran.sort()).toEqual([...names].sort());
    }
  });
});
