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
  /** The role may not take this action at all. */
  forbidden: { status: 403, zh: '无权执行此操作', en: 'You may not do this' },
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
  internal: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorDetail {
  /** Dotted path of the field, e.g. `responsibilities.1.role`. */
  field?: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: ErrorDetail[] };
}

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return ERRORS[code][lang];
}
