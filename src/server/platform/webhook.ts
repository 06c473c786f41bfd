import { createHmac } from 'node:crypto';

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

/** Sends with the global fetch, each call bounded by a timeout. */
export class FetchWebhookSender implements WebhookSender {
  constructor(private readonly opts: { now?: () => Date; timeoutMs?: number } = {}) {}

  async send(target: RobotTarget, text: string): Promise<void> {
    const { url, body } = robotRequest(target, text, (this.opts.now ?? (() => new Date()))());
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
    });
    const raw = await res.text();
    if (!res.ok)
      throw new WebhookError(`${target.kind} robot answered HTTP ${res.status}: ${raw.slice(0, 200)}`);
    let answer: unknown = null;
    try {
      answer = JSON.parse(raw);
    } catch {
      // A non-JSON 2xx is taken as accepted: some gateways answer with plain "ok".
    }
    const refusal = robotRefusal(answer);
    if (refusal) throw new WebhookError(`${target.kind} robot refused the message: ${refusal}`);
  }
}
