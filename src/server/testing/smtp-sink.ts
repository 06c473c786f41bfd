import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** The decoded subject line. */
  subject: string;
}

/**
 * A real SMTP server on a free local port for the delivery tests: it accepts
 * every message and keeps it. A mail counts as received only once the server
 * has answered 250 to its data. `hold` keeps the answer back for a
 * recipient until released (a sender killed meanwhile has delivered nothing).
 */
export async function startSmtpSink() {
  const mails: ReceivedMail[] = [];
  /** Addresses whose mail gets no answer, with what to call when one arrives. */
  const held = new Map<string, () => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // Held connections are cut at close instead of waited for.
    closeTimeout: 200,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address);
        const arrived = to.map((a) => held.get(a)).find(Boolean);
        // Held: no answer, so the message is not delivered; the sender waits until it dies or gives up.
        if (arrived) return arrived();
        mails.push({ to, raw, subject: decodeSubject(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    mails,
    /** Gives mail for `address` no answer; `arrived` resolves when the first one comes in. */
    hold(address: string) {
      let arrive: () => void = () => undefined;
      const arrived = new Promise<void>((r) => {
        arrive = r;
      });
      held.set(address, arrive);
      return { arrived, stop: () => held.delete(address) };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Subject header, RFC 2047 encoded-words decoded (nodemailer writes Chinese as =?UTF-8?B?…?=). */
export function decodeSubject(raw: string): string {
  const m = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(raw);
  if (!m) return '';
  return m[1]
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_all, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : text
            .replace(/_/g, ' ')
            .replace(/=([0-9a-f]{2})/gi, (_h, x: string) => String.fromCharCode(Number.parseInt(x, 16))),
    )
    .trim();
}
