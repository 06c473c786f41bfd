import { isIP } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import { normalizeHost } from '../../core/outbound.js';
import type { OutboundGuard } from './outbound.js';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

/** Sends mail (reminders, notices to units). Resolves once the server accepted the message. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Mail through an SMTP server given as a URL (`smtp://user:pass@host:587`,
 * `smtps://…:465`) on the outbound allowlist. Each send resolves the host once
 * through the guard and connects to that checked address, keeping the name for
 * TLS (SNI and the certificate check), so DNS cannot point the connection
 * elsewhere between the check and the connect.
 */
export class SmtpMailer implements Mailer {
  private readonly server: URL;
  private cached: { address: string; transport: Transporter } | null = null;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    private readonly guard: OutboundGuard,
  ) {
    this.server = new URL(smtpUrl);
  }

  /** The server's host name as configured. */
  get host(): string {
    return normalizeHost(this.server.hostname);
  }

  private transportTo(address: string): Transporter {
    if (this.cached?.address === address) return this.cached.transport;
    this.cached?.transport.close();
    const u = this.server;
    const secure = u.protocol === 'smtps:';
    const transport = nodemailer.createTransport({
      host: address,
      port: u.port ? Number(u.port) : secure ? 465 : 587,
      secure,
      ...(isIP(this.host) ? {} : { servername: this.host }),
      auth: u.username
        ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) }
        : undefined,
    });
    this.cached = { address, transport };
    return transport;
  }

  async send(message: MailMessage): Promise<void> {
    if (message.to.length === 0) return;
    const { address } = await this.guard.resolve(this.host);
    const info = await this.transportTo(address).sendMail({ from: this.from, ...message });
    // nodemailer resolves even when the server refused some recipients; a partial send is a failure here.
    const rejected = info.rejected ?? [];
    if (rejected.length > 0) throw new Error(`the mail server refused ${rejected.join(', ')}`);
  }

  close(): void {
    this.cached?.transport.close();
    this.cached = null;
  }
}

/**
 * Used when no SMTP server is configured: writes who would have been mailed
 * what to the log, so that an office without mail sees what it misses.
 */
export class LogMailer implements Mailer {
  constructor(private readonly log: (line: string) => void) {}

  async send(message: MailMessage): Promise<void> {
    if (message.to.length === 0) return;
    this.log(`mail not sent (no SMTP configured) to ${message.to.join(', ')}: ${message.subject}`);
  }
}
