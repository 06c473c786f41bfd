import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { normalizeHost } from '../../core/outbound.js';
import { type CheckedAddress, type OutboundGuard, OutboundRefused } from './outbound.js';

/** The group-chat robots offices use. */
export type RobotKind = 'dingtalk' | 'wecom' | 'feishu';

export interface RobotTarget {
  kind: RobotKind;
  /** The robot's webhook URL as the chat app shows it. */
  url: string;
  /** DingTalk's and Feishu's "signature" security setting; WeCom has none. */
  secret?: string;
}

/** Posts a text message to a group-chat robot; rejects when the robot did not take it. */
export interface WebhookSender {
  send(target: RobotTarget, text: string): Promise<void>;
}

export class WebhookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookError';
  }
}

function hmacBase64(key: string, data: string): string {
  return createHmac('sha256', key).update(data).digest('base64');
}

/** The URL and JSON body each robot expects for a text message, signed when it has a secret. */
export function robotRequest(target: RobotTarget, text: string, now: Date): { url: string; body: unknown } {
  switch (target.kind) {
    case 'dingtalk': {
      let url = target.url;
      if (target.secret) {
        const timestamp = String(now.getTime());
        const sign = hmacBase64(target.secret, `${timestamp}\n${target.secret}`);
        url += `${url.includes('?') ? '&' : '?'}timestamp=${timestamp}&sign=${encodeURIComponent(sign)}`;
      }
      return { url, body: { msgtype: 'text', text: { content: text } } };
    }
    case 'wecom':
      return { url: target.url, body: { msgtype: 'text', text: { content: text } } };
    case 'feishu': {
      const body: Record<string, unknown> = { msg_type: 'text', content: { text } };
      if (target.secret) {
        const timestamp = String(Math.floor(now.getTime() / 1000));
        body.timestamp = timestamp;
        body.sign = hmacBase64(`${timestamp}\n${target.secret}`, '');
      }
      return { url: target.url, body };
    }
  }
}

/**
 * The robots answer HTTP 200 with an error inside: DingTalk and WeCom
 * `{errcode, errmsg}`, Feishu `{code, msg}` (older robots `{StatusCode, StatusMessage}`).
 */
function robotRefusal(answer: unknown): string | null {
  if (!answer || typeof answer !== 'object') return null;
  const a = answer as Record<string, unknown>;
  const code = a.errcode ?? a.code ?? a.StatusCode;
  if (code === undefined || code === 0) return null;
  return `${code} ${a.errmsg ?? a.msg ?? a.StatusMessage ?? ''}`.trim();
}

/** What a robot answered: status, the redirect target if any, and the first 64 KiB of the body. */
interface Answer {
  status: number;
  location?: string;
  raw: string;
}

const MAX_ANSWER = 64 * 1024;

/**
 * One POST to the checked address: the connection goes to `address` (no DNS
 * lookup of its own), the Host header and TLS server name stay the robot's
 * name, and a redirect is returned as it came, never followed.
 */
function post(url: URL, address: CheckedAddress, body: string, timeoutMs: number): Promise<Answer> {
  const client = url.protocol === 'https:' ? https : http;
  const servername = normalizeHost(url.hostname);
  return new Promise((resolve, reject) => {
    const req = client.request(
      {
        method: 'POST',
        host: address.address,
        family: address.family,
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        headers: {
          host: url.host,
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
        },
        ...(url.protocol === 'https:' && !isIP(servername) ? { servername } : {}),
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < MAX_ANSWER) chunks.push(c);
          size += c.length;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            raw: Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Sends over node:http(s) to robot hosts the outbound allowlist lets through
 * (checked at each send), each call bounded by a timeout.
 */
export class HttpWebhookSender implements WebhookSender {
  constructor(private readonly opts: { guard: OutboundGuard; now?: () => Date; timeoutMs?: number }) {}

  async send(target: RobotTarget, text: string): Promise<void> {
    const { url, body } = robotRequest(target, text, (this.opts.now ?? (() => new Date()))());
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
      throw new OutboundRefused(u.hostname, `${target.kind} robot address is not http(s): ${u.protocol}`);
    const address = await this.opts.guard.resolve(u.hostname);
    const res = await post(u, address, JSON.stringify(body), this.opts.timeoutMs ?? 10_000);
    if (res.status >= 300 && res.status < 400)
      throw new WebhookError(
        `${target.kind} robot answered HTTP ${res.status} redirecting to ${res.location ?? '(nowhere)'}; redirects are not followed`,
      );
    if (res.status < 200 || res.status >= 300)
      throw new WebhookError(`${target.kind} robot answered HTTP ${res.status}: ${res.raw.slice(0, 200)}`);
    let answer: unknown = null;
    try {
      answer = JSON.parse(res.raw);
    } catch {
      // A non-JSON 2xx is taken as accepted: some gateways answer with plain "ok".
    }
    const refusal = robotRefusal(answer);
    if (refusal) throw new WebhookError(`${target.kind} robot refused the message: ${refusal}`);
  }
}
