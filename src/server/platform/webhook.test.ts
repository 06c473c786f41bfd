import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboundGuard, OutboundRefused } from './outbound.js';
import { HttpWebhookSender, type RobotKind, robotRequest, WebhookError } from './webhook.js';

const NOW = new Date('2026-11-27T02:00:00Z');

/** A robot on 127.0.0.1 that records requests and answers what the path asks for. */
interface Hit {
  url: string;
  contentType: string | undefined;
  host: string | undefined;
  body: unknown;
}
const hits: Hit[] = [];
let server: http.Server;
let base: string;
const answers: Record<string, [number, string]> = {
  '/ok/dingtalk': [200, '{"errcode":0,"errmsg":"ok"}'],
  '/ok/wecom': [200, '{"errcode":0,"errmsg":"ok"}'],
  '/ok/feishu': [200, '{"code":0,"msg":"success"}'],
  '/refuse/dingtalk': [200, '{"errcode":310000,"errmsg":"sign not match"}'],
  '/refuse/feishu': [200, '{"code":19021,"msg":"sign match fail or timestamp is not within one hour"}'],
  '/refuse/feishu-old': [200, '{"StatusCode":9499,"StatusMessage":"Bad Request"}'],
  '/broken': [500, 'upstream down'],
  '/plain': [200, 'ok'],
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      hits.push({
        url: req.url ?? '',
        contentType: req.headers['content-type'],
        host: req.headers.host,
        body: JSON.parse(raw),
      });
      const path = (req.url ?? '').split('?')[0];
      const [status, answer] = answers[path] ?? [404, 'no such robot'];
      if (path === '/slow') return;
      if (path === '/redirect') {
        res.writeHead(302, { location: `${base}/ok/wecom?via=redirect` }).end();
        return;
      }
      res.writeHead(status).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sender = new HttpWebhookSender({
  guard: new OutboundGuard('127.0.0.1'),
  now: () => NOW,
  timeoutMs: 500,
});

describe('HttpWebhookSender', () => {
  it.each<[RobotKind, unknown]>([
    ['dingtalk', { msgtype: 'text', text: { content: '本周逾期 3 项' } }],
    ['wecom', { msgtype: 'text', text: { content: '本周逾期 3 项' } }],
    ['feishu', { msg_type: 'text', content: { text: '本周逾期 3 项' } }],
  ])('posts a %s text message as JSON', async (kind, body) => {
    await sender.send({ kind, url: `${base}/ok/${kind}` }, '本周逾期 3 项');
    const hit = hits.at(-1);
    expect(hit?.url).toBe(`/ok/${kind}`);
    expect(hit?.contentType).toMatch(/^application\/json/);
    expect(hit?.body).toEqual(body);
  });

  it('signs DingTalk requests in the query string', async () => {
    await sender.send({ kind: 'dingtalk', url: `${base}/ok/dingtalk?access_token=t`, secret: 'SEC1' }, 'x');
    const url = new URL(hits.at(-1)?.url ?? '', base);
    const ts = String(NOW.getTime());
    expect(url.searchParams.get('access_token')).toBe('t');
    expect(url.searchParams.get('timestamp')).toBe(ts);
    expect(url.searchParams.get('sign')).toBe(
      createHmac('sha256', 'SEC1').update(`${ts}\nSEC1`).digest('base64'),
    );
  });

  it('signs Feishu requests in the body', async () => {
    await sender.send({ kind: 'feishu', url: `${base}/ok/feishu`, secret: 'SEC2' }, 'x');
    const ts = String(NOW.getTime() / 1000);
    expect(hits.at(-1)?.body).toMatchObject({
      timestamp: ts,
      sign: createHmac('sha256', `${ts}\nSEC2`).update('').digest('base64'),
    });
  });

  it.each([
    ['dingtalk', '/refuse/dingtalk', /310000 sign not match/],
    ['feishu', '/refuse/feishu', /19021/],
    ['feishu', '/refuse/feishu-old', /9499 Bad Request/],
    ['wecom', '/broken', /HTTP 500: upstream down/],
    ['wecom', '/missing', /HTTP 404/],
  ] as const)('rejects when the %s robot at %s does not take the message', async (kind, path, message) => {
    const sent = sender.send({ kind, url: `${base}${path}` }, 'x');
    await expect(sent).rejects.toThrow(WebhookError);
    await expect(sent).rejects.toThrow(message);
  });

  it('accepts a plain 2xx answer and gives up on a robot that never answers', async () => {
    await expect(sender.send({ kind: 'wecom', url: `${base}/plain` }, 'x')).resolves.toBeUndefined();
    await expect(sender.send({ kind: 'wecom', url: `${base}/slow` }, 'x')).rejects.toThrow(/abort|timeout/i);
  });
});

describe('HttpWebhookSender and the outbound allowlist', () => {
  const port = () => new URL(base).port;
  /** A resolver standing in for DNS: the robot names below answer with the loopback address of the test robot. */
  const fakeDns = async (host: string) => {
    if (host.endsWith('.test')) return [{ address: '127.0.0.1', family: 4 as const }];
    throw new Error(`ENOTFOUND ${host}`);
  };

  it('refuses a robot address not on the list, and the robot receives nothing', async () => {
    const before = hits.length;
    const strict = new HttpWebhookSender({ guard: new OutboundGuard('oapi.dingtalk.com'), timeoutMs: 500 });
    const sent = strict.send({ kind: 'wecom', url: `${base}/ok/wecom` }, 'x');
    await expect(sent).rejects.toThrow(OutboundRefused);
    await expect(sent).rejects.toThrow(/127\.0\.0\.1 is not on the outbound allowlist/);
    expect(hits.length).toBe(before);
  });

  it('refuses a listed suffix whose name resolves to an internal address', async () => {
    const before = hits.length;
    const guard = new OutboundGuard('*.robots.test', fakeDns);
    const sent = new HttpWebhookSender({ guard, timeoutMs: 500 }).send(
      { kind: 'wecom', url: `http://hook.robots.test:${port()}/ok/wecom` },
      'x',
    );
    await expect(sent).rejects.toThrow(/resolves to the internal address 127\.0\.0\.1/);
    expect(hits.length).toBe(before);
  });

  it('connects to the checked address of a listed name and keeps the name as Host', async () => {
    const guard = new OutboundGuard('hook.office.test', fakeDns);
    await new HttpWebhookSender({ guard, timeoutMs: 500 }).send(
      { kind: 'wecom', url: `http://hook.office.test:${port()}/ok/wecom` },
      'x',
    );
    expect(hits.at(-1)).toMatchObject({ url: '/ok/wecom', host: `hook.office.test:${port()}` });
  });

  it('does not follow a redirect, even to an address on the list', async () => {
    const before = hits.length;
    const sent = sender.send({ kind: 'wecom', url: `${base}/redirect` }, 'x');
    await expect(sent).rejects.toThrow(WebhookError);
    await expect(sent).rejects.toThrow(/HTTP 302 redirecting to .*redirects are not followed/);
    expect(hits.slice(before).map((h) => h.url)).toEqual(['/redirect']);
  });

  it('refuses addresses that are not http(s)', async () => {
    await expect(sender.send({ kind: 'wecom', url: 'file:///etc/passwd' }, 'x')).rejects.toThrow(
      OutboundRefused,
    );
  });
});

describe('robotRequest', () => {
  it('adds the DingTalk signature with ? when the URL has no query', () => {
    expect(robotRequest({ kind: 'dingtalk', url: 'http://r/send', secret: 's' }, 't', NOW).url).toMatch(
      /^http:\/\/r\/send\?timestamp=\d+&sign=/,
    );
  });
  it('leaves unsigned robots unsigned', () => {
    expect(robotRequest({ kind: 'feishu', url: 'http://r/f' }, 't', NOW).body).toEqual({
      msg_type: 'text',
      content: { text: 't' },
    });
  });
});
