import { createRequire } from 'node:module';
import {
  type PasswordProblem,
  type PasswordRules,
  passwordProblems,
  passwordProblemText,
} from '../../../core/password-policy.js';
import type { Ctx } from '../../context.js';
import { AppError } from '../../errors.js';
import { settingsOf } from '../settings/settings.service.js';
import { recentPasswordHashes } from './credentials.repo.js';
import { verifyPassword } from './password.js';

let common: Set<string> | null = null;

/**
 * Whether a password is among the ~49,000 most common ones (the list zxcvbn
 * ships), compared in lower case so that "Password1" counts as "password1".
 * Loaded on first use: the list is 2 MB and only password changes need it.
 */
export function isCommonPassword(password: string): boolean {
  if (!common) {
    const require = createRequire(import.meta.url);
    const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: { passwords: string[] } };
    common = new Set(dictionary.passwords);
  }
  return common.has(password.toLowerCase());
}

/** The office's password rules (settings `password.*`). */
export async function passwordRulesOf(ctx: Ctx): Promise<PasswordRules> {
  const s = await settingsOf(ctx);
  return {
    minLength: s['password.minLength'],
    maxAgeDays: s['password.maxAgeDays'],
    historySize: s['password.historySize'],
  };
}

/**
 * Refuses a new password that breaks the rules, naming every problem at the
 * field: composition, length, the username, the blocklist and, for an
 * existing account, the last `historySize` passwords.
 */
export async function assertAcceptablePassword(
  ctx: Ctx,
  account: { id: string | null; username: string },
  password: string,
  field = 'password',
): Promise<void> {
  const rules = await passwordRulesOf(ctx);
  const problems: PasswordProblem[] = passwordProblems(password, account.username, rules, isCommonPassword);
  if (problems.length === 0 && account.id) {
    for (const hash of await recentPasswordHashes(ctx, account.id, rules.historySize)) {
      if (await verifyPassword(password, hash)) {
        problems.push('reused');
        break;
      }
    }
  }
  if (problems.length)
    throw new AppError(
      'validation',
      problems.map((p) => ({ field, ...passwordProblemText(p, rules) })),
    );
}
