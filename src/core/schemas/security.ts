import { z } from 'zod';
import { ROLES } from '../enums.js';
import { Id, Text } from './common.js';

/** A code typed from the authenticator app (six digits; spaces allowed, checked by the service). */
export const SecondFactorCode = z.object({ code: Text().trim().min(1).max(12) });
export type SecondFactorCode = z.infer<typeof SecondFactorCode>;

/** `POST /api/auth/login` when the password was right and a code is owed. */
export const SecondFactorPrompt = z.object({ secondFactor: z.literal('totp') });

/** `POST /api/auth/second-factor/enrolment`: a new secret to put into the app. */
export const EnrolmentOut = z.object({
  /** Base32, shown for typing in by hand. */
  secret: z.string(),
  /** The `otpauth://` address the QR code holds. */
  uri: z.string(),
  /** The QR code as an SVG data URL. */
  qr: z.string(),
});
export type EnrolmentOut = z.infer<typeof EnrolmentOut>;

/** An account with failed logins in a row or locked (the security administrator's list). */
export const LockoutOut = z.object({
  userId: Id,
  username: z.string(),
  displayName: z.string(),
  unitName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  failedLogins: z.number().int(),
  lastFailedAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  locked: z.boolean(),
  /** For the unlock through `PATCH /api/users/:id`. */
  version: z.number().int(),
});
export type LockoutOut = z.infer<typeof LockoutOut>;

/** An open session, without its token: `ref` names it for ending it and opens nothing. */
export const SessionOut = z.object({
  ref: z.string(),
  userId: Id,
  username: z.string(),
  displayName: z.string(),
  unitName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  /** The session this list is read in. */
  current: z.boolean(),
});
export type SessionOut = z.infer<typeof SessionOut>;

export const SessionRefParams = z.object({ ref: z.string().regex(/^[0-9a-f]{32}$/) });

/** An account with an authenticator (the recovery list). */
export const SecondFactorOut = z.object({
  userId: Id,
  username: z.string(),
  displayName: z.string(),
  unitName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  confirmedAt: z.string().nullable(),
});
export type SecondFactorOut = z.infer<typeof SecondFactorOut>;
