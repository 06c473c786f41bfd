import type { z } from 'zod';
import type { Lang } from './labels.js';

/**
 * Every error the API returns has one of these codes. The web client switches
 * on the code; people read the message in their language.
 */
export const ERRORS = {
  /** The request body, query or params failed their schema. */
  validation: { status: 400, zh: '提交的数据有误', en: 'The submitted data is invalid' },
  /** A cross-field or domain rule refused the input (e.g. due date before start). */
  rule_violation: { status: 422, zh: '不符合业务规则', en: 'The request breaks a rule' },
  /** Not logged in, or the session has ended. */
  unauthenticated: { status: 401, zh: '请先登录', en: 'Please log in' },
  /** Wrong username or password (deliberately not saying which). */
  bad_credentials: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  /** Too many failed logins in a row. */
  account_locked: {
    status: 423,
    zh: '连续登录失败次数过多，账号已锁定，请稍后再试',
    en: 'Too many failed logins; the account is locked for a while',
  },
  /** Too many failed logins from one address in a short time; `Retry-After` says when to try again. */
  rate_limited: {
    status: 429,
    zh: '尝试次数过多，请稍后再试',
    en: 'Too many attempts; try again later',
  },
  /** A wrong, expired or already used code from the authenticator (deliberately not saying which). */
  bad_second_factor: { status: 401, zh: '验证码错误', en: 'Wrong code' },
  /** The account must set up an authenticator before anything else. */
  second_factor_enrolment_required: {
    status: 403,
    zh: '请先绑定身份验证器（双因素认证）后再继续',
    en: 'Set up an authenticator (second factor) before going on',
  },
  /** The role may not take this action at all. */
  forbidden: { status: 403, zh: '无权执行此操作', en: 'You may not do this' },
  /** A temporary or expired password: the account may do nothing but change it. */
  password_change_required: {
    status: 403,
    zh: '请先修改密码后再继续',
    en: 'Change your password before going on',
  },
  /** Missing, or outside the user's scope: the two look alike so as not to leak existence. */
  not_found: { status: 404, zh: '未找到该记录', en: 'Not found' },
  /** The record changed since the client read it. */
  stale_version: {
    status: 409,
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  /** A unique value is already taken (username, item code, …). */
  conflict: { status: 409, zh: '与已有数据冲突', en: 'Conflicts with existing data' },
  /** A lifecycle move not allowed from the current status. */
  invalid_transition: {
    status: 409,
    zh: '当前状态下不能执行该操作',
    en: 'This action is not possible in the current status',
  },
  /** After assignment the core of an item changes only through an adjustment request. */
  core_locked: {
    status: 409,
    zh: '事项已交办，任务书、截止日期和责任分工须经调整申请修改',
    en: 'The item is assigned; its task book, due date and responsibilities change only through an adjustment request',
  },
  /** An upload larger than the office's limit (setting `files.maxMegabytes`). */
  too_large: { status: 413, zh: '文件过大', en: 'The file is too large' },
  /** An upload whose content is not one of the accepted kinds, or does not match its name's extension. */
  unsupported_type: {
    status: 415,
    zh: '不支持的文件类型',
    en: 'This kind of file is not accepted',
  },
  /** An uploaded file is not what it should be (not an .xlsx, a zip bomb, no ledger sheet in it). */
  bad_file: { status: 422, zh: '文件无法导入', en: 'The file cannot be imported' },
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorDetail {
  /** Dotted path of the field, e.g. `responsibilities.1.role`. */
  field?: string;
  message: string;
  /** For input that failed its schema: what is wrong, as a stable key a client can word itself. */
  key?: ValidationKey;
  params?: ValidationParams;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: ErrorDetail[] };
}

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERRORS[code][lang];
}

/**
 * What can be wrong with one field, independent of language. The server
 * sends it beside its worded message; the web words it from its own messages.
 */
export const VALIDATION_KEYS = [
  'required',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_few',
  'too_many',
  'invalid',
  'number',
  'integer',
  'email',
  'choose',
  // Rules of the core schemas that zod has no words for:
  'invalid_date',
  'ledger_code',
  'username_chars',
] as const;
export type ValidationKey = (typeof VALIDATION_KEYS)[number];
/** `n`: the bound a length or size rule names. */
export type ValidationParams = { n?: number };

const RULE_KEYS: readonly ValidationKey[] = ['invalid_date', 'ledger_code', 'username_chars'];

function isMissing(input: unknown): boolean {
  return input === undefined || input === null || input === '';
}

/**
 * The key of one zod issue. A core schema rule names its key as `params.key`
 * (refinements) or as its message (checks such as `regex`, which carry no
 * params); everything else follows from zod's issue code. Parse with
 * `reportInput: true` so that a missing value reads as `required`.
 */
export function validationKey(issue: z.core.$ZodIssue): { key: ValidationKey; params?: ValidationParams } {
  const ruleKey = (issue as { params?: { key?: string } }).params?.key ?? issue.message;
  if ((RULE_KEYS as readonly string[]).includes(ruleKey)) return { key: ruleKey as ValidationKey };
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue.input)) return { key: 'required' };
      return { key: issue.expected === 'number' || issue.expected === 'int' ? 'number' : 'invalid' };
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string')
        return n <= 1 || isMissing(issue.input) ? { key: 'required' } : { key: 'too_short', params: { n } };
      if (issue.origin === 'array') return n <= 1 ? { key: 'required' } : { key: 'too_few', params: { n } };
      return { key: 'too_small', params: { n } };
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return { key: 'too_long', params: { n } };
      if (issue.origin === 'array') return { key: 'too_many', params: { n } };
      return { key: 'too_big', params: { n } };
    }
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'email' : 'invalid' };
    case 'invalid_value':
      return { key: isMissing(issue.input) ? 'required' : 'choose' };
    case 'not_multiple_of':
      return { key: 'integer' };
    default:
      return { key: 'invalid' };
  }
}
