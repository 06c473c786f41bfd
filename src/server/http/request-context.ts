import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../context.js';
import type { DbHandle } from '../db/database.js';
import { AppError } from '../errors.js';
import type { Services } from '../platform/services.js';
import { requestLang } from './lang.js';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
  }
}

/**
 * Builds each API request's service context: database, clock, address,
 * language, and the platform services. The user starts as nobody; the auth module's plugin fills it in
 * from the session, in a hook that runs after this one.
 */
export function installRequestContext(
  app: FastifyInstance,
  handle: DbHandle,
  now: () => Date,
  services: Services,
): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (!req.url.startsWith('/api/')) return;
    req.ctx = {
      db: handle.db,
      dialect: handle.dialect,
      user: null,
      now: now(),
      ip: req.ip,
      lang: requestLang(req),
      memo: new Map(),
      services,
    };
  });
}

/** preHandler for routes that need a logged-in user. */
export async function requireLogin(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!req.ctx?.user) throw new AppError('unauthenticated');
}
