import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { TOTP_PERIOD, TOTP_WINDOW } from '../../../core/second-factor.js';
import { auditSeal } from '../audit/audit.seal.js';

/**
 * TOTP secrets (RFC 6238, SHA-1, 6 digits, 30 s — what every authenticator
 * app reads from a QR code) through the maintained `otpauth` library, and
 * their sealing at rest: AES-256-GCM under a key derived from the audit key,
 * which is kept outside the database — a copied database opens no account.
 */

const ISSUER = 'Ducha 督察台账';

async function sealKey(): Promise<Buffer> {
  const { key } = await auditSeal();
  return createHmac('sha256', key).update('ducha totp secret v1').digest();
}

/** A new random secret of 160 bits (RFC 4226's recommendation), as base32. */
export function newSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function sealSecret(base32: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await sealKey(), iv);
  const data = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(
    ':',
  );
}

export async function openSecret(sealed: string): Promise<string> {
  const [v, iv, tag, data] = sealed.split(':');
  if (v !== 'v1' || !iv || !tag || !data) throw new Error('unknown sealed TOTP secret');
  const decipher = createDecipheriv('aes-256-gcm', await sealKey(), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
}

function totpOf(base32: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD,
    secret: Secret.fromBase32(base32),
  });
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function otpauthUri(base32: string, username: string): string {
  return totpOf(base32, username).toString();
}

/**
 * The time step a code belongs to, when it is one of the codes valid at
 * `now` (one step either side), else null.
 */
export function matchingStep(base32: string, code: string, now: Date): number | null {
  const totp = totpOf(base32, 'check');
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD) + delta;
}
