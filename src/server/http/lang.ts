import type { FastifyRequest } from 'fastify';
import type { Lang } from '../../core/labels.js';

/** Chinese unless the client prefers English (`Accept-Language: en…`). */
export function requestLang(req: FastifyRequest): Lang {
  const header = req.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh';
}
