import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { type DbHandle, openDatabase } from '../../db/database.js';
import type { PgLiveUpdates } from '../../platform/live-updates.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECT } from '../../testing/test-db.js';
import { buildWorld, type World } from '../../testing/world.js';
import { notify, publishToUsers } from './notification.service.js';

/**
 * The bell's live count: `GET /api/notifications/stream` over a real socket.
 * On PostgreSQL a second app instance with its own pool serves the stream
 * while the notification is written through the first: LISTEN/NOTIFY carries it.
 */
let t: TestApp;
let w: World;
let second: { app: Awaited<ReturnType<typeof buildApp>>; handle: DbHandle } | null = null;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  if (TEST_DIALECT === 'postgres') {
    const handle = openDatabase(t.db.config);
    const app = await buildApp({ db: handle, now: () => TEST_NOW, webRoot: null });
    await app.listen({ port: 0, host: '127.0.0.1' });
    second = { app, handle };
  }
});
afterAll(async () => {
  if (second) {
    await second.app.close();
    await second.handle.close();
  }
  await t?.close();
});

/** Opens the stream and collects the unread counts it sends. */
function openStream(port: number, cookie: string) {
  const counts: number[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let answered: (status: number) => void = () => undefined;
  const status = new Promise<number>((r) => {
    answered = r;
  });
  const req = http.get(
    { host: '127.0.0.1', port, path: '/api/notifications/stream', headers: { cookie } },
    (res) => {
      answered(res.statusCode ?? 0);
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        let i = buf.indexOf('\n\n');
        while (i >= 0) {
          const event = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (data) counts.push(JSON.parse(data).unread);
          for (const wtr of waiters.filter((x) => counts.length >= x.n)) wtr.resolve();
          i = buf.indexOf('\n\n');
        }
      });
    },
  );
  return {
    counts,
    status,
    /** Resolves once `n` counts have arrived. */
    until: (n: number) =>
      counts.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve })),
    close: () => req.destroy(),
  };
}

const portOf = (app: TestApp['app']) => (app.server.address() as AddressInfo).port;

describe('the notifications stream', () => {
  it('refuses without a session', async () => {
    const s = openStream(portOf(t.app), '');
    expect(await s.status).toBe(401);
    s.close();
  });

  it('sends the unread count on connect and again when a notification arrives or is read', async () => {
    const cookie = await t.login(w.users.unitLead.username);
    const s = openStream(portOf(t.app), cookie);
    await s.until(1);
    expect(s.counts).toEqual([0]);
    const written = await notify(t.sys, [
      { userId: w.users.unitLead.id, kind: 'info', title: '督办提醒', body: '请签收' },
    ]);
    await publishToUsers({ ...t.sys, services: t.app.services }, written.keys());
    await s.until(2);
    expect(s.counts).toEqual([0, 1]);
    const read = await t.request(cookie, { method: 'POST', url: '/api/notifications/read-all', payload: {} });
    expect(read.statusCode).toBe(200);
    await s.until(3);
    expect(s.counts).toEqual([0, 1, 0]);
    s.close();
  });

  it.runIf(TEST_DIALECT === 'postgres')(
    'reaches a browser connected to another instance (LISTEN/NOTIFY)',
    async () => {
      if (!second) throw new Error('no second instance');
      const cookie = await t.login(w.users.unitCoop.username);
      const s = openStream((second.app.server.address() as AddressInfo).port, cookie);
      await s.until(1);
      // The stream's LISTEN connection opens on its first subscription: wait until it listens.
      await (second.app.services.live as PgLiveUpdates).listen();
      const written = await notify(t.sys, [
        { userId: w.users.unitCoop.id, kind: 'info', title: '跨实例', body: '来自实例一' },
      ]);
      // Published by the first instance.
      await publishToUsers({ ...t.sys, services: t.app.services }, written.keys());
      await s.until(2);
      expect(s.counts).toEqual([0, 1]);
      s.close();
    },
  );
});
