import { z } from 'zod';
import { PERMISSIONS } from '../access.js';
import { ROLES } from '../enums.js';
import {
  Id,
  OptionalText,
  Paging,
  patchShape,
  QueryBool,
  Timestamps,
  TrimmedText,
  Version,
} from './common.js';

export const Username = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[a-zA-Z0-9_.-]+$/, { message: 'username_chars' });

export const Password = z.string().min(8).max(128);

const UserFields = {
  displayName: TrimmedText(40),
  title: OptionalText(40),
  unitId: Id.nullish().transform((v) => v ?? null),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  phone: OptionalText(30),
  email: z
    .email()
    .nullish()
    .or(z.literal(''))
    .transform((v) => v || null),
  /** Ledgers a supervisor or leader is limited to; empty means all ledgers. */
  ledgerIds: z.array(Id).max(100).default([]),
};

export const UserInput = z.object({
  username: Username,
  password: Password,
  ...UserFields,
});
export type UserInput = z.input<typeof UserInput>;

export const UserUpdate = z.object(patchShape(UserFields)).extend({
  version: Version,
  active: z.boolean().optional(),
  password: Password.optional(),
  /** Lifts a lockout after failed logins. */
  unlock: z.boolean().optional(),
});
export type UserUpdate = z.input<typeof UserUpdate>;

export const UserOut = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  title: z.string().nullable(),
  unitId: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  ledgerIds: z.array(z.string()),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  ...Timestamps,
});
export type UserOut = z.infer<typeof UserOut>;

export const UserQuery = Paging.extend({
  q: z.string().trim().max(40).optional(),
  unitId: Id.optional(),
  role: z.enum(ROLES).optional(),
  includeInactive: QueryBool.optional(),
});

/** A person as items show them (leader in charge, deputy, responsible person). */
export const PersonOut = z.object({
  id: Id,
  displayName: z.string(),
  title: z.string().nullable(),
  unitId: z.string().nullable(),
  phone: z.string().nullable(),
});
export type PersonOut = z.infer<typeof PersonOut>;

export const LoginInput = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const Me = z.object({
  id: Id,
  username: z.string(),
  displayName: z.string(),
  title: z.string().nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  ledgerIds: z.array(z.string()),
  /** What the roles allow (core/access.ts), so that clients need not know the grants table. */
  permissions: z.array(z.enum(PERMISSIONS)),
  /**
   * Set when the password must be changed before anything else: `reset` (a
   * temporary password an administrator set) or `expired` (older than the
   * office's maximum age).
   */
  passwordChange: z.enum(['reset', 'expired']).nullable(),
  /**
   * The second factor (TOTP): `enrolled` logs in with a code, `enrol` must set
   * up an authenticator before anything else, `optional` may set one up.
   */
  secondFactor: z.enum(['enrolled', 'enrol', 'optional']),
});
export type Me = z.infer<typeof Me>;

/** `POST /api/auth/password`: the user changes their own password. */
export const PasswordChangeInput = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(256),
});
export type PasswordChangeInput = z.infer<typeof PasswordChangeInput>;

/** The office's password rules, for the change form. */
export const PasswordRulesOut = z.object({
  minLength: z.number().int(),
  maxAgeDays: z.number().int(),
  historySize: z.number().int(),
  requiredClasses: z.number().int(),
});
