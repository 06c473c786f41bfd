import type { z } from 'zod';
import type { MessageKey } from '../../i18n/messages.js';
import type { Translate } from '../../i18n/translate.js';

type Issue = z.core.$ZodIssue;
export type FieldPath = (string | number)[];
export interface FieldError {
  name: FieldPath;
  errors: string[];
}

/** The few custom messages the core schemas carry, in the user's language. */
const CUSTOM: Record<string, MessageKey> = {
  '1–6 capital letters': 'v.ledgerCode',
  'letters, digits, _ . - only': 'v.username',
  'expected a date written YYYY-MM-DD': 'v.date',
};

function isMissing(input: unknown): boolean {
  return input === undefined || input === null || input === '';
}

/** One zod issue in words, in the UI language (zod's own messages are English). */
export function issueMessage(issue: Issue, t: Translate): string {
  const custom = CUSTOM[issue.message];
  if (custom) return t(custom);
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue.input)) return t('v.required');
      if (issue.expected === 'number' || issue.expected === 'int') return t('v.number');
      return t('v.invalid');
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string')
        return n <= 1 || isMissing(issue.input) ? t('v.required') : t('v.tooShort', { n });
      if (issue.origin === 'array') return n <= 1 ? t('v.required') : t('v.tooFew', { n });
      return t('v.tooSmall', { n });
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return t('v.tooLong', { n });
      if (issue.origin === 'array') return t('v.tooMany', { n });
      return t('v.tooBig', { n });
    }
    case 'invalid_format':
      return issue.format === 'email' ? t('v.email') : t('v.invalid');
    case 'invalid_value':
      return isMissing(issue.input) ? t('v.required') : t('v.choose');
    case 'not_multiple_of':
      return t('v.integer');
    default:
      return t('v.invalid');
  }
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
