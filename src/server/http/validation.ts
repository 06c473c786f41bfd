import type { FastifySchemaCompiler } from 'fastify';
import { type ZodError, type ZodType, z } from 'zod';
import { validationKey } from '../../core/errors.js';
import { keyWords } from '../../core/field-labels.js';
import type { Lang } from '../../core/labels.js';
import { isSafeText, SAFE_TEXT_WORDS } from '../../core/schemas/common.js';
import type { LocalizedDetail } from '../errors.js';

/** Raised by the validator; the error handler turns it into a 400 with field paths. */
export class RequestValidationError extends Error {
  constructor(readonly zodError: ZodError) {
    super('request validation failed');
  }
}

/**
 * Validates with zod, keeping the input on each issue so that messages can be
 * worded later in the request's language (zod's own zh-CN and en locales).
 */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema }) =>
  (data) => {
    const unsafe = unsafeTextPath(data);
    if (unsafe) return { error: new RequestValidationError(unsafeTextError(unsafe)) };
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error) };
  };

/**
 * The path of the first string (value or key) in a request's body, query or
 * params that isSafeText refuses, or null. Checked before every schema, so
 * that no route — whatever its schema says of a field — hands the database
 * a NUL or a lone surrogate.
 */
export function unsafeTextPath(data: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof data === 'string') return isSafeText(data) ? null : path;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const found = unsafeTextPath(data[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      if (!isSafeText(k)) return [...path, k];
      const found = unsafeTextPath(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

function unsafeTextError(path: (string | number)[]): ZodError {
  return new z.ZodError([
    {
      code: 'custom',
      path: path.map((p) => (typeof p === 'string' && !isSafeText(p) ? '?' : p)),
      message: SAFE_TEXT_WORDS.en,
      params: SAFE_TEXT_WORDS,
      input: undefined,
    },
  ]);
}

type Issue = ZodError['issues'][number];

/**
 * One issue as a phrase that follows the field's label (「标题：最多 200 个字」):
 * a core schema rule's own words, else the words of its validation key —
 * never zod's technical ones (「期望 string，实际接收 number」).
 */
function word(issue: Issue, lang: Lang): string {
  const params = (issue as { params?: { zh?: string; en?: string } }).params;
  if (params?.zh && params?.en) return params[lang] ?? issue.message;
  const { key, params: n } = validationKey(issue);
  return keyWords(key, n, lang);
}

export function localizeZodError(error: ZodError): LocalizedDetail[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || undefined,
    zh: word(issue, 'zh'),
    en: word(issue, 'en'),
    ...validationKey(issue),
  }));
}
