import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERRORS, type ErrorBody, type ErrorCode } from '../../core/errors.js';
import { errorProse } from '../../core/field-labels.js';
import { AppError, type LocalizedDetail } from '../errors.js';
import { requestLang } from './lang.js';
import { localizeZodError, RequestValidationError } from './validation.js';

function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof RequestValidationError)
    return new AppError('validation', localizeZodError(err.zodError));
  const fe = err as FastifyError;
  if (fe?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe?.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return new AppError('validation', [{ zh: '请求体须为 JSON', en: 'The body must be JSON' }]);
  if (fe?.statusCode === 400 && fe?.code?.startsWith('FST_ERR_CTP'))
    return new AppError('validation', [{ zh: '请求体无法解析', en: 'The body could not be parsed' }]);
  if (fe?.statusCode === 413)
    return new AppError('validation', [{ zh: '请求体过大', en: 'The body is too large' }]);
  return null;
}

/**
 * Which refusals the listeners hear, once each: refused writes and refused
 * reads (403: a supervisor asking for the audit log) of a logged-in user.
 * Not anonymous requests — junk from nobody would flood the log, and they
 * are refused before their body is even read (auth.plugin); failed logins
 * are recorded by the login itself.
 */
function isAuditedRefusal(req: FastifyRequest, err: AppError): boolean {
  if (!req.ctx?.user) return false;
  return req.method !== 'GET' || err.code === 'forbidden';
}

/** Told of each refused request that isAuditedRefusal selects. */
export type RefusalListener = (req: FastifyRequest, err: AppError) => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Adds a listener for refused writes; the audit module records them this way. */
    onRefusal(listener: RefusalListener): void;
  }
}

/**
 * One error handler: known errors become `{error:{code,message,details}}` with
 * their status and words in the request's language; refused writes go to the
 * refusal listeners (a failing listener is logged, never changes the answer);
 * anything unexpected is logged with the request id and answered with a plain 500.
 */
export function installErrorHandler(app: FastifyInstance, opts: { spaFallback: boolean }): void {
  const refusalListeners: RefusalListener[] = [];
  app.decorate('onRefusal', (listener: RefusalListener) => {
    refusalListeners.push(listener);
  });
  app.setErrorHandler(async (err: unknown, req: FastifyRequest, reply: FastifyReply) => {
    const lang = requestLang(req);
    const known = toAppError(err);
    if (!known) {
      req.log.error({ err }, 'unexpected error');
      return reply.status(500).send(body('internal', [], lang));
    }
    if (isAuditedRefusal(req, known)) {
      for (const listener of refusalListeners)
        await listener(req, known).catch((e) => req.log.error({ err: e }, 'a refusal listener failed'));
    }
    return reply
      .status(ERRORS[known.code].status)
      .headers(known.headers)
      .send(body(known.code, known.details, lang));
  });

  // The web app routes in the browser: a page path that is not a file gets index.html.
  app.setNotFoundHandler((req, reply) => {
    if (opts.spaFallback && req.method === 'GET' && !req.url.startsWith('/api/'))
      return reply.type('text/html').sendFile('index.html', { maxAge: 0 });
    return reply.status(404).send(body('not_found', [], requestLang(req)));
  });
}

/**
 * Fastify's own refusals before any route runs (a URL that is not UTF-8, a
 * malformed header): the same envelope as every other 400. Pass it as the
 * `frameworkErrors` option when building the app.
 */
export function frameworkErrorReply(_err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  return reply
    .status(400)
    .send(
      body(
        'validation',
        [{ zh: '请求地址或参数无法解析', en: 'The address or its parameters could not be read' }],
        requestLang(req),
      ),
    );
}

function body(code: ErrorCode, details: LocalizedDetail[], lang: 'zh' | 'en'): ErrorBody {
  const worded = details.map((d) => ({
    ...(d.field ? { field: d.field } : {}),
    message: d[lang],
    ...(d.key ? { key: d.key } : {}),
    ...(d.params ? { params: d.params } : {}),
  }));
  // The message names the field by its label (core/field-labels.ts), never by its path.
  return { error: { code, message: errorProse(code, worded, lang), details: worded } };
}
