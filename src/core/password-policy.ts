/**
 * The password rules of the `mlps3` profile (GB/T 22239-2019 8.1.4.1a;
 * SECURITY.md AUTH-1): long enough, at least three of the four kinds of
 * character, not the username, not a common password, not one of the last
 * few, and changed every so many days. Pure, so that the web form shows the
 * same rules the server enforces.
 */
export interface PasswordRules {
  minLength: number;
  /** Days a password lasts; 0 never expires. */
  maxAgeDays: number;
  /** How many earlier passwords may not come back. */
  historySize: number;
}

export const MAX_PASSWORD_LENGTH = 128;
export const REQUIRED_CLASSES = 3;

export type PasswordProblem =
  | 'too_short'
  | 'too_long'
  | 'too_few_classes'
  | 'contains_username'
  | 'common'
  | 'reused';

/** How many of lower case, upper case, digits and other characters the password uses. */
export function characterClasses(password: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u].filter((re) => re.test(password)).length;
}

/**
 * What is wrong with a new password, by the rules that need no history; empty
 * when it passes. `isCommon` looks the password up in a blocklist (the server
 * has one; the browser leaves it to the server).
 */
export function passwordProblems(
  password: string,
  username: string,
  rules: Pick<PasswordRules, 'minLength'>,
  isCommon: (password: string) => boolean = () => false,
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < rules.minLength) problems.push('too_short');
  if (length > MAX_PASSWORD_LENGTH) problems.push('too_long');
  if (characterClasses(password) < REQUIRED_CLASSES) problems.push('too_few_classes');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('contains_username');
  if (isCommon(password)) problems.push('common');
  return problems;
}

/** Whether a password set at `changedAt` has expired at `now`; one never set counts as expired. */
export function passwordExpired(changedAt: string | null, now: Date, maxAgeDays: number): boolean {
  if (maxAgeDays <= 0) return false;
  if (!changedAt) return true;
  return now.getTime() - Date.parse(changedAt) >= maxAgeDays * 86_400_000;
}

/** Each problem in words, with the rule's numbers filled in. */
export function passwordProblemText(
  problem: PasswordProblem,
  rules: Pick<PasswordRules, 'minLength' | 'historySize'>,
): { zh: string; en: string } {
  switch (problem) {
    case 'too_short':
      return {
        zh: `密码至少需要 ${rules.minLength} 个字符`,
        en: `The password needs at least ${rules.minLength} characters`,
      };
    case 'too_long':
      return {
        zh: `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符`,
        en: `The password may have at most ${MAX_PASSWORD_LENGTH} characters`,
      };
    case 'too_few_classes':
      return {
        zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
        en: 'The password needs three of: upper case, lower case, digits, symbols',
      };
    case 'contains_username':
      return { zh: '密码不能包含用户名', en: 'The password may not contain the username' };
    case 'common':
      return {
        zh: '该密码过于常见，容易被猜中，请换一个',
        en: 'This password is too common and easy to guess',
      };
    case 'reused':
      return {
        zh: `不能使用最近 ${rules.historySize} 次用过的密码`,
        en: `The password may not be one of the last ${rules.historySize}`,
      };
  }
}
