import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../../../core/delivery.js';
import { buildUser } from '../../testing/factories.js';
import { startRobotReceiver } from '../../testing/robot-receiver.js';
import { startSmtpSink } from '../../testing/smtp-sink.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { buildWorld, clientFor, type World } from '../../testing/world.js';
import { createDeliverer } from './delivery.service.js';
import { notify } from './notification.service.js';

/**
 * Deliveries against a real SMTP server and a local HTTP receiver standing in
 * for the DingTalk, WeCom and Feishu robots: each message's form and
 * signature, retries with back-off, failure shown to the office.
 */
let t: TestApp;
let w: World;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let robots: Awaited<ReturnType<typeof startRobotReceiver>>;

const at = (ms: number) => new Date(TEST_NOW.getTime() + ms);

beforeAll(async () => {
  // The local SMTP server and robot receiver are on the outbound allowlist, as an office lists its own.
  t = await startTestApp(undefined, { outboundAllow: '127.0.0.1' });
  w = await buildWorld(t);
  smtp = await startSmtpSink();
  robots = await startRobotReceiver();
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
  await robots?.close();
});

const dingSecret = 'SEC0123456789abcdef0123456789abcdef';
const feishuSecret = 'feishu-secret-0123456789';

describe('channels', () => {
  it('are configured by the system admin and never shown with their secrets', async () => {
    const sys = await w.api('sysadmin');
    const res = await sys.put('/api/channels', {
      smtp: {
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        username: null,
        password: 'smtp-pass-123456',
        from: 'ducha@example.cn',
      },
      robots: [
        {
          name: '住建局钉钉群',
          unitId: w.leadUnitId,
          kind: 'dingtalk',
          url: robots.url('/robot/send?access_token=abcdef0123456789abcdef'),
          secret: dingSecret,
          enabled: true,
        },
        {
          name: '马寨镇飞书群',
          unitId: w.coopUnitId,
          kind: 'feishu',
          url: robots.url('/open-apis/bot/v2/hook/0123456789abcdef0123'),
          secret: feishuSecret,
          enabled: true,
        },
        {
          name: '督察室企业微信群',
          unitId: null,
          kind: 'wecom',
          url: robots.url('/cgi-bin/webhook/send?key=wecomkey0123456789abcdef'),
          enabled: true,
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    for (const secret of [
      dingSecret,
      feishuSecret,
      'smtp-pass-123456',
      'abcdef0123456789abcdef',
      'wecomkey0123456789abcdef',
      '0123456789abcdef0123',
    ])
      expect(res.body).not.toContain(secret);
    const out = res.json();
    expect(out.smtp).toMatchObject({ host: '127.0.0.1', passwordSet: true });
    expect(out.robots.map((r: { secretSet: boolean }) => r.secretSet)).toEqual([true, true, false]);
    expect(out.robots[0].url).toMatch(/access_token=••••cdef$/);

    // Saving again without the secrets keeps them.
    const again = await sys.put('/api/channels', {
      smtp: { ...out.smtp, passwordSet: undefined, username: null },
      robots: out.robots.map((r: Record<string, unknown>) => ({
        id: r.id,
        name: r.name,
        unitId: r.unitId,
        kind: r.kind,
        enabled: r.enabled,
      })),
    });
    expect(again.statusCode, again.body).toBe(200);
    const stored = await t.db.handle.db
      .selectFrom('robots')
      .select(['url', 'secret'])
      .orderBy('created_at')
      .execute();
    expect(stored.map((r) => r.secret)).toEqual([dingSecret, feishuSecret, null]);
    expect(stored[0].url).toContain('access_token=abcdef0123456789abcdef');
  });
});

describe('delivery', () => {
  let lead: { id: string; username: string };
  let coop: { id: string; username: string };
  let office: { id: string; username: string };

  beforeAll(async () => {
    lead = await buildUser(t.sys, {
      roles: ['unit'],
      unitId: w.leadUnitId,
      email: 'zhang@zjj.example.cn',
      displayName: '张联络',
    });
    coop = await buildUser(t.sys, {
      roles: ['unit'],
      unitId: w.coopUnitId,
      email: 'li@mz.example.cn',
      displayName: '李联络',
    });
    office = await buildUser(t.sys, { roles: ['unit'], unitId: w.otherUnitId, displayName: '王联络' });
    for (const u of [lead, coop, office]) {
      const c = clientFor(t, await t.login(u.username));
      const res = await c.put('/api/me/notification-preferences', {
        channels: ['email', 'robot'],
        quietStart: null,
        quietEnd: null,
        version: 0,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it('sends each e-mail and robot message once, in each robot’s format, signed', async () => {
    await notify(t.sys, [
      {
        userId: lead.id,
        kind: 'digest',
        title: '督办提醒（12月2日）：1 项待办',
        body: '1. 【2026-AZ-001】还有 7 个工作日',
        digestDay: '2026-12-02',
      },
      { userId: coop.id, kind: 'info', title: '督办提醒：马寨镇', body: '配合事项即将到期' },
      { userId: office.id, kind: 'info', title: '督办提醒：环保局', body: '请及时签收' },
    ]);
    // A second digest for the same person and day is not written.
    const again = await notify(t.sys, [
      { userId: lead.id, kind: 'digest', title: 'x', body: 'x', digestDay: '2026-12-02' },
    ]);
    expect(again.size).toBe(0);

    const deliverer = createDeliverer(t.db.handle, t.app.services);
    try {
      expect(await deliverer.run(at(1000))).toEqual({ sent: 5, retried: 0, failed: 0 });
      expect(await deliverer.run(at(2000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    } finally {
      deliverer.close();
    }
    // E-mail: to the two users with an address, subject in Chinese.
    expect(smtp.mails.map((m) => [m.to[0], m.subject]).sort()).toEqual([
      ['li@mz.example.cn', '督办提醒：马寨镇'],
      ['zhang@zjj.example.cn', '督办提醒（12月2日）：1 项待办'],
    ]);
    expect(smtp.mails.find((m) => m.to[0] === 'zhang@zjj.example.cn')?.raw).toMatch(
      /From: .*ducha@example\.cn/,
    );

    const ding = robots.calls.filter((c) => c.path === '/robot/send');
    expect(ding).toHaveLength(1);
    expect(ding[0].body).toEqual({
      msgtype: 'text',
      text: { content: '督办提醒（12月2日）：1 项待办\n1. 【2026-AZ-001】还有 7 个工作日' },
    });
    const ts = ding[0].query.get('timestamp') as string;
    expect(ding[0].query.get('access_token')).toBe('abcdef0123456789abcdef');
    expect(ding[0].query.get('sign')).toBe(
      createHmac('sha256', dingSecret).update(`${ts}\n${dingSecret}`).digest('base64'),
    );

    const feishu = robots.calls.filter((c) => c.path.startsWith('/open-apis/'));
    expect(feishu).toHaveLength(1);
    const fts = feishu[0].body.timestamp as string;
    expect(feishu[0].body).toEqual({
      msg_type: 'text',
      content: { text: '督办提醒：马寨镇\n配合事项即将到期' },
      timestamp: fts,
      sign: createHmac('sha256', `${fts}\n${feishuSecret}`).update('').digest('base64'),
    });

    // The unrelated unit has no robot of its own: the office-wide WeCom robot takes its message.
    const wecom = robots.calls.filter((c) => c.path === '/cgi-bin/webhook/send');
    expect(wecom.map((c) => c.body)).toEqual([
      { msgtype: 'text', text: { content: '督办提醒：环保局\n请及时签收' } },
    ]);
    expect(wecom[0].query.get('key')).toBe('wecomkey0123456789abcdef');
  });

  it('retries a robot that fails with back-off, and delivers once when it recovers', async () => {
    robots.calls.length = 0;
    robots.failNext('/cgi-bin/webhook/send', 2);
    await notify(t.sys, [{ userId: office.id, kind: 'info', title: '重试', body: '第二次' }]);
    const d = createDeliverer(t.db.handle, t.app.services);
    try {
      expect(await d.run(at(10_000))).toEqual({ sent: 0, retried: 1, failed: 0 });
      // Not yet due: the first wait is a minute.
      expect(await d.run(at(40_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(await d.run(at(71_000))).toEqual({ sent: 0, retried: 1, failed: 0 });
      // Then two minutes.
      expect(await d.run(at(150_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
      expect(await d.run(at(192_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(await d.run(at(400_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    } finally {
      d.close();
    }
    const wecom = robots.calls.filter((c) => c.path === '/cgi-bin/webhook/send');
    expect(wecom.map((c) => c.status)).toEqual([500, 500, 200]);
    const row = await t.db.handle.db
      .selectFrom('deliveries as d')
      .innerJoin('notifications as n', 'n.id', 'd.notification_id')
      .selectAll('d')
      .where('d.channel', '=', 'robot')
      .where('n.title', '=', '重试')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
  });

  it('gives up after the last attempt and shows the failure to the office, who can retry it', async () => {
    robots.failNext('/cgi-bin/webhook/send', 100);
    await notify(t.sys, [{ userId: office.id, kind: 'info', title: '必失败', body: '机器人不可用' }]);
    const d = createDeliverer(t.db.handle, t.app.services);
    let clock = 1_000_000;
    const tallies = [];
    try {
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        tallies.push(await d.run(at(clock)));
        clock += 60 * 60_000;
      }
    } finally {
      d.close();
    }
    expect(tallies.at(-1)).toEqual({ sent: 0, retried: 0, failed: 1 });
    const sup = await w.api('supervisor');
    const failed = (await sup.get('/api/deliveries?status=failed')).json();
    expect(failed.total).toBe(1);
    expect(failed.items[0]).toMatchObject({
      title: '必失败',
      recipientName: '王联络',
      channel: 'robot',
      target: '督察室企业微信群',
      attempts: MAX_ATTEMPTS,
      status: 'failed',
    });
    expect(failed.items[0].lastError).toContain('HTTP 500');
    const retried = await sup.post(`/api/deliveries/${failed.items[0].id}/retry`, {});
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await sup.get('/api/deliveries?status=failed')).json().total).toBe(0);
  });

  it('holds e-mail back until the quiet hours end; in-app arrives at once', async () => {
    const c = clientFor(t, await t.login(lead.username));
    const prefs = (await c.get('/api/me/notification-preferences')).json();
    // TEST_NOW is 10:00 in Beijing: quiet 09:00–12:00.
    const res = await c.put('/api/me/notification-preferences', {
      channels: ['email'],
      quietStart: '09:00',
      quietEnd: '12:00',
      version: prefs.version,
    });
    expect(res.json()).toMatchObject({
      channels: ['in_app', 'email'],
      quietStart: '09:00',
      version: prefs.version + 1,
    });
    const stale = await c.put('/api/me/notification-preferences', {
      channels: [],
      quietStart: null,
      quietEnd: null,
      version: prefs.version,
    });
    expect(stale.statusCode).toBe(409);
    const before = smtp.mails.length;
    await notify(t.sys, [{ userId: lead.id, kind: 'info', title: '安静时段', body: '午后再发' }]);
    expect((await c.get('/api/notifications/unread-count')).json().unread).toBeGreaterThan(0);
    const d = createDeliverer(t.db.handle, t.app.services);
    try {
      await d.run(at(60 * 60_000));
      expect(smtp.mails.length).toBe(before);
      await d.run(at(2 * 60 * 60_000));
      expect(smtp.mails.length).toBe(before + 1);
    } finally {
      d.close();
    }
  });
});
