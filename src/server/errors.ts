import { ERRORS, type ErrorCode, type ValidationKey, type ValidationParams } from '../core/errors.js';

/** A field-level detail, worded in both languages; the error handler picks one. */
export interface LocalizedDetail {
  field?: string;
  zh: string;
  en: string;
  /** Set for schema failures: the language-free key of what is wrong (core/errors.ts). */
  key?: ValidationKey;
  params?: ValidationParams;
}

/**
 * The one error type services throw. The HTTP layer maps `code` to a status
 * (core/errors.ts) and words the message in the request's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: LocalizedDetail[] = [],
    /** Response headers the answer needs (`Retry-After` on 423 and 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function fieldError(code: ErrorCode, field: string, zh: string, en: string): AppError {
  return new AppError(code, [{ field, zh, en }]);
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const staleVersion = () =>
  fieldError(
    'stale_version',
    'version',
    '您打开之后，此记录已被他人修改',
    'it was changed after you opened it',
  );

/** An error in words for the command line: the code's message and each detail with its field. */
export function describeError(e: unknown): string {
  if (!(e instanceof AppError)) return (e as Error)?.message ?? String(e);
  const details = e.details.map((d) => (d.field ? `${d.field}: ${d.zh} (${d.en})` : `${d.zh} (${d.en})`));
  return [`${ERRORS[e.code].zh} (${e.code})`, ...details].join('; ');
}
