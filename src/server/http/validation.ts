import type { FastifySchemaCompiler } from 'fastify';
import { type ZodError, type ZodType, z } from 'zod';
import { validationKey } from '../../core/errors.js';
import type { Lang } from '../../core/labels.js';
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
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error) };
  };

const zh = z.locales.zhCN();
const en = z.locales.en();

type Issue = ZodError['issues'][number];

function word(issue: Issue, lang: Lang): string {
  // Rules written in core/schemas carry their own words in both languages.
  const params = (issue as { params?: { zh?: string; en?: string } }).params;
  if (params?.zh && params?.en) return params[lang] ?? issue.message;
  if (issue.code === 'custom') return issue.message;
  // The two most common mistakes get plain words rather than zod's technical ones.
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined)
    return lang === 'zh' ? '必填' : 'required';
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
    return lang === 'zh' ? '不能为空' : 'must not be empty';
  const locale = lang === 'zh' ? zh : en;
  // biome-ignore lint/suspicious/noExplicitAny: zod's locale functions take the raw issue shape
  const out = locale.localeError(issue as any);
  if (typeof out === 'string') return out;
  return out?.message ?? issue.message;
}

export function localizeZodError(error: ZodError): LocalizedDetail[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || undefined,
    zh: word(issue, 'zh'),
    en: word(issue, 'en'),
    ...validationKey(issue),
  }));
}
