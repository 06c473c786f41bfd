import type { Role } from './enums.js';

/**
 * The second factor (TOTP, RFC 6238) — who must have one. Pure rules, shared
 * by the server (which enforces them at login) and the web app (which guides
 * enrolment). GB/T 22239-2019 8.1.4.1 d): administrators log in with two
 * kinds of credentials; the office's supervisors hold the ledger's pen.
 */

/** Roles that need a second factor while the office requires one. */
export const SECOND_FACTOR_ROLES = [
  'sysadmin',
  'secadmin',
  'auditor',
  'supervisor',
] as const satisfies readonly Role[];

export interface SecondFactorSettings {
  /** 1: required (the default of an office's own installation); 0: optional (the demo district). */
  'mfa.required': number;
  /** 1: required of every account, not only administrators and supervisors. */
  'mfa.allUsers': number;
}

/** Whether an account holding these roles must log in with a code. */
export function secondFactorRequired(roles: readonly Role[], s: SecondFactorSettings): boolean {
  if (s['mfa.required'] !== 1) return false;
  if (s['mfa.allUsers'] === 1) return true;
  return roles.some((r) => (SECOND_FACTOR_ROLES as readonly Role[]).includes(r));
}

/**
 * Where an account stands: `enrolled` (logs in with a code), `enrol` (must
 * set up an authenticator before anything else), `optional` (may set one up).
 */
export type SecondFactorState = 'enrolled' | 'enrol' | 'optional';

export function secondFactorState(
  roles: readonly Role[],
  enrolled: boolean,
  s: SecondFactorSettings,
): SecondFactorState {
  if (enrolled) return 'enrolled';
  return secondFactorRequired(roles, s) ? 'enrol' : 'optional';
}

/** Seconds a code lives (the authenticator apps' default). */
export const TOTP_PERIOD = 30;
/** Steps either side of now a code is accepted in, for clocks a little apart. */
export const TOTP_WINDOW = 1;
/** Minutes between the password and the code before the login starts over. */
export const CHALLENGE_MINUTES = 5;

/**
 * Whether a code's time step may be accepted: a step at or before the last
 * one accepted is a replay (a code seen over a shoulder, sent twice).
 */
export function stepAcceptable(step: number, lastStep: number | null): boolean {
  return lastStep === null || step > lastStep;
}

/** A code as typed: six digits, spaces and dashes allowed in between. */
export function normalizeCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}
