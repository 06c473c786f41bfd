import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogMailer, SmtpMailer } from './mailer.js';
import { OutboundGuard, OutboundRefused } from './outbound.js';

/**
 * The office's mail server cannot run here: a minimal SMTP server on
 * 127.0.0.1 that keeps what it receives and refuses recipients at
 * `refused.example`.
 */
interface Received {
  from: string;
  to: string[];
  data: string;
}
const received: Received[] = [];
let server: net.Server;
let port: number;

beforeAll(async () => {
  server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    const say = (line: string) => socket.write(`${line}\r\n`);
    say('220 sink ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            say('250 queued');
          } else current.data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') say('250 sink');
        else if (verb === 'MAIL') {
          current.from = line.replace(/^MAIL FROM:\s*<?([^>]*)>?.*$/i, '$1');
          say('250 ok');
        } else if (verb === 'RCPT') {
          const to = line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1');
          if (to.endsWith('@refused.example')) say('550 no such user');
          else {
            current.to.push(to);
            say('250 ok');
          }
        } else if (verb === 'DATA') {
          inData = true;
          say('354 go ahead');
        } else if (verb === 'QUIT') {
          say('221 bye');
          socket.end();
        } else if (verb === 'RSET' || verb === 'NOOP') say('250 ok');
        else say('502 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const local = new OutboundGuard('127.0.0.1');

describe('SmtpMailer', () => {
  it('delivers a message with its sender, recipients, subject and Chinese text', async () => {
    const mailer = new SmtpMailer(`smtp://127.0.0.1:${port}`, 'ducha@district.example', local);
    await mailer.send({
      to: ['unit@district.example', 'leader@district.example'],
      subject: '督办提醒',
      text: '事项 2026-DQ-017 将于三日后到期',
    });
    mailer.close();
    const last = received.at(-1);
    expect(last?.from).toBe('ducha@district.example');
    expect(last?.to).toEqual(['unit@district.example', 'leader@district.example']);
    expect(last?.data).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(last?.data).toContain('Content-Transfer-Encoding');
  });

  it('fails when the server refuses a recipient', async () => {
    const mailer = new SmtpMailer(`smtp://127.0.0.1:${port}`, 'ducha@district.example', local);
    await expect(
      mailer.send({ to: ['ok@district.example', 'gone@refused.example'], subject: 's', text: 't' }),
    ).rejects.toThrow(/gone@refused.example/);
    mailer.close();
  });

  it('fails when no server answers', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const mailer = new SmtpMailer(`smtp://127.0.0.1:${freePort}`, 'ducha@district.example', local);
    await expect(mailer.send({ to: ['a@district.example'], subject: 's', text: 't' })).rejects.toThrow();
    mailer.close();
  });
});

describe('SmtpMailer and the outbound allowlist', () => {
  it('refuses a server not on the list before connecting', async () => {
    const before = received.length;
    const mailer = new SmtpMailer(
      `smtp://127.0.0.1:${port}`,
      'ducha@district.example',
      new OutboundGuard(''),
    );
    await expect(mailer.send({ to: ['a@district.example'], subject: 's', text: 't' })).rejects.toThrow(
      OutboundRefused,
    );
    expect(received.length).toBe(before);
  });

  it('connects to the checked address of a listed name', async () => {
    const guard = new OutboundGuard('mail.office.test', async () => [{ address: '127.0.0.1', family: 4 }]);
    const mailer = new SmtpMailer(`smtp://mail.office.test:${port}`, 'ducha@district.example', guard);
    await mailer.send({ to: ['unit@district.example'], subject: 's', text: 't' });
    mailer.close();
    expect(received.at(-1)?.to).toEqual(['unit@district.example']);
  });

  it('refuses a listed suffix that resolves to an internal address', async () => {
    const guard = new OutboundGuard('*.office.test', async () => [{ address: '127.0.0.1', family: 4 }]);
    const mailer = new SmtpMailer(`smtp://mail.office.test:${port}`, 'ducha@district.example', guard);
    await expect(mailer.send({ to: ['a@district.example'], subject: 's', text: 't' })).rejects.toThrow(
      /internal address 127\.0\.0\.1/,
    );
  });
});

describe('LogMailer', () => {
  it('logs each message it cannot send, and nothing for no recipients', async () => {
    const lines: string[] = [];
    const mailer = new LogMailer((l) => lines.push(l));
    await mailer.send({ to: ['a@district.example'], subject: '督办提醒', text: 't' });
    await mailer.send({ to: [], subject: 'nobody', text: 't' });
    expect(lines).toEqual(['mail not sent (no SMTP configured) to a@district.example: 督办提醒']);
  });
});
