import type { z } from 'zod';
import { type ValidationKey, validationKey } from '../../../core/errors.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/translate.js';

type Issue = z.core.$ZodIssue;
export type FieldPath = (string | number)[];
export interface FieldError {
  name: FieldPath;
  errors: string[];
}

/** Each validation key (core/errors.ts) in the UI's own words. */
const WORDS: Record<ValidationKey, MessageKey> = {
  required: 'v.required',
  too_short: 'v.tooShort',
  too_long: 'v.tooLong',
  too_small: 'v.tooSmall',
  too_big: 'v.tooBig',
  too_few: 'v.tooFew',
  too_many: 'v.tooMany',
  invalid: 'v.invalid',
  number: 'v.number',
  integer: 'v.integer',
  email: 'v.email',
  choose: 'v.choose',
  invalid_date: 'v.date',
  ledger_code: 'v.ledgerCode',
  username_chars: 'v.username',
};

/** One zod issue in words, in the UI language (zod's own messages are English). */
export function issueMessage(issue: Issue, t: Translate): string {
  const { key, params } = validationKey(issue);
  return t(WORDS[key], params);
}

/** A union failed: report the first branch's first issue, at its full path. */
function flatten(issue: Issue): Issue {
  if (issue.code === 'invalid_union' && issue.errors.length && issue.errors[0]?.length) {
    const inner = issue.errors[0][0] as Issue;
    return flatten({ ...inner, path: [...issue.path, ...inner.path] } as Issue);
  }
  return issue;
}

/** zod issues → antd `form.setFields` entries; the first message per field wins. */
export function issuesToFields(issues: readonly Issue[], t: Translate): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const raw of issues) {
    const issue = flatten(raw);
    const name = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const key = JSON.stringify(name);
    if (!byField.has(key)) byField.set(key, { name, errors: [issueMessage(issue, t)] });
  }
  return [...byField.values()];
}

/** `responsibilities.1.role` (the server's field path) → `['responsibilities', 1, 'role']`. */
export function parseFieldPath(field: string): FieldPath {
  return field
    .replace(/^body\./, '')
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
