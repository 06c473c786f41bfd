import nodemailer, { type Transporter } from 'nodemailer';

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

/** Mail through an SMTP server given as a URL (`smtp://user:pass@host:587`, `smtps://…:465`). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    if (message.to.length === 0) return;
    const info = await this.transport.sendMail({ from: this.from, ...message });
    // nodemailer resolves even when the server refused some recipients; a partial send is a failure here.
    const rejected = info.rejected ?? [];
    if (rejected.length > 0) throw new Error(`the mail server refused ${rejected.join(', ')}`);
  }

  close(): void {
    this.transport.close();
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
