import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../testing/factories.js';
import { startRobotReceiver } from '../../testing/robot-receiver.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { buildWorld, clientFor, type World } from '../../testing/world.js';
import { createDeliverer } from './delivery.service.js';
import { notify } from './notification.service.js';

/**
 * SECURITY.md OUT-1 through the API, on both databases: a robot or SMTP
 * server off DUCHA_OUTBOUND_ALLOW is refused when the office saves it, and a
 * robot stored before the list changed is refused at send time — failed,
 * shown in the failures list, audited, and the receiver gets nothing. A
 * redirect from an allowed robot is never followed.
 */
let robots: Awaited<ReturnType<typeof startRobotReceiver>>;
/** A stand-in for an internal service: it must never be reached. */
let internal: { server: http.Server; hits: string[]; url: string };
/** An allowed robot host that answers with a redirect to the internal service. */
let redirector: { server: http.Server; url: string };

const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

async function listen(handler: http.RequestListener) {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
const closeServer = (s?: http.Server) =>
  new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));

beforeAll(async () => {
  robots = await startRobotReceiver();
  const hits: string[] = [];
  const i = await listen((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0}');
  });
  internal = { ...i, hits };
  redirector = await listen((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(307, { location: `${internal.url}/internal` }).end());
  });
});
afterAll(async () => {
  await robots?.close();
  await closeServer(internal?.server);
  await closeServer(redirector?.server);
});

/** A unit user who wants robot messages, in the lead unit. */
async function robotUser(t: TestApp, w: World) {
  const u = await buildUser(t.sys, { roles: ['unit'], unitId: w.leadUnitId, displayName: '张联络' });
  const c = clientFor(t, await t.login(u.username));
  const res = await c.put('/api/me/notification-preferences', {
    channels: ['robot'],
    quietStart: null,
    quietEnd: null,
    version: 0,
  });
  expect(res.statusCode, res.body).toBe(200);
  return u;
}

async function storeRobot(t: TestApp, w: World, url: string) {
  const now = TEST_NOW.toISOString();
  await t.db.handle.db
    .insertInto('robots')
    .values({
      id: `robot-${Math.random().toString(36).slice(2)}`,
      name: '住建局钉钉群',
      unit_id: w.leadUnitId,
      kind: 'dingtalk',
      url,
      secret: null,
      enabled: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

async function deliverOnce(t: TestApp, ms: number) {
  const d = createDeliverer(t.db.handle, t.app.services);
  try {
    return await d.run(at(ms));
  } finally {
    d.close();
  }
}

describe('with the default allowlist (public robot hosts only)', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());

  it('refuses a robot on 127.0.0.1 when the office saves it, naming the field, and saves nothing', async () => {
    const sys = await w.api('sysadmin');
    const res = await sys.put('/api/channels', {
      smtp: null,
      robots: [
        {
          name: '住建局钉钉群',
          unitId: w.leadUnitId,
          kind: 'dingtalk',
          url: robots.url('/robot/send?access_token=abcdef0123456789abcdef'),
          enabled: true,
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    const detail = res.json().error.details[0];
    expect(detail.field).toBe('robots.0.url');
    expect(res.json().error.message).toContain('不在外发允许清单');
    expect(await t.db.handle.db.selectFrom('robots').select('id').execute()).toEqual([]);
  });

  it('refuses an SMTP server that is not listed, and keeps the stored settings', async () => {
    const sys = await w.api('sysadmin');
    const res = await sys.put('/api/channels', {
      smtp: { host: '10.0.0.25', port: 25, secure: false, username: null, from: 'ducha@example.cn' },
      robots: [],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details[0].field).toBe('smtp.host');
    const stored = await t.db.handle.db
      .selectFrom('settings')
      .select('key')
      .where('key', '=', 'channels.smtp')
      .execute();
    expect(stored).toEqual([]);
  });

  it('refuses at send time a robot stored before the list changed: failed, listed, audited, nothing sent', async () => {
    const user = await robotUser(t, w);
    await storeRobot(t, w, robots.url('/robot/send?access_token=stored-before-the-list'));
    const calls = robots.calls.length;
    await notify(t.sys, [{ userId: user.id, kind: 'info', title: '督办提醒', body: '请及时签收' }]);
    expect(await deliverOnce(t, 1000)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(robots.calls.length).toBe(calls);

    const sys = await w.api('sysadmin');
    const failed = await sys.get('/api/deliveries?status=failed');
    expect(failed.statusCode, failed.body).toBe(200);
    const [row] = failed.json().items;
    expect(row).toMatchObject({ channel: 'robot', status: 'failed', attempts: 1 });
    expect(row.lastError).toContain('127.0.0.1 is not on the outbound allowlist (DUCHA_OUTBOUND_ALLOW)');

    const audit = await t.db.handle.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'entity_id', 'after'])
      .where('action', '=', 'delivery.refused')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: 'refused', entity_id: row.id });
    expect(JSON.parse(audit[0].after as string)).toMatchObject({ channel: 'robot', host: '127.0.0.1' });

    // Refused is final: a later run sends nothing and retries nothing.
    expect(await deliverOnce(t, 10 * 60_000)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(robots.calls.length).toBe(calls);
  });
});

describe('with the local robot host on the allowlist', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await startTestApp(undefined, { outboundAllow: '127.0.0.1' });
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());

  it('saves and delivers to an allowed robot', async () => {
    const user = await robotUser(t, w);
    const sys = await w.api('sysadmin');
    const res = await sys.put('/api/channels', {
      smtp: null,
      robots: [
        {
          name: '住建局钉钉群',
          unitId: w.leadUnitId,
          kind: 'dingtalk',
          url: robots.url('/robot/allowed'),
          enabled: true,
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    await notify(t.sys, [{ userId: user.id, kind: 'info', title: '督办提醒', body: '允许的机器人' }]);
    expect(await deliverOnce(t, 1000)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(robots.calls.filter((c) => c.path === '/robot/allowed')).toHaveLength(1);
  });

  it('does not follow a redirect from an allowed robot to an internal address', async () => {
    await t.db.handle.db.deleteFrom('robots').execute();
    await storeRobot(t, w, `${redirector.url}/robot/send`);
    const user = await robotUser(t, w);
    await notify(t.sys, [{ userId: user.id, kind: 'info', title: '督办提醒', body: '跳转' }]);
    expect(await deliverOnce(t, 2000)).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(internal.hits).toEqual([]);
    const row = await t.db.handle.db
      .selectFrom('deliveries')
      .select(['status', 'last_error'])
      .where('status', '=', 'pending')
      .where('channel', '=', 'robot')
      .executeTakeFirstOrThrow();
    expect(row.last_error).toMatch(/HTTP 307 redirecting to .*\/internal; redirects are not followed/);
  });
});
