import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Me } from '../../core/schemas/user.js';
import type { Ctx } from '../context.js';
import type { DbHandle } from '../db/database.js';
import { AppError } from '../errors.js';
import { resolveSession } from '../modules/auth/auth.service.js';
import { sessionIdOf } from '../modules/auth/session.repo.js';
import { requestLang } from './lang.js';

export const SESSION_COOKIE = 'ducha_session';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
    sessionId: string | null;
    me: Me | null;
  }
}

/** Builds each API request's service context: database, user from the session cookie, clock, address, language. */
export function installRequestContext(app: FastifyInstance, handle: DbHandle, now: () => Date): void {
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('me', null);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (!req.url.startsWith('/api/')) return;
    const at = now();
    req.ctx = {
      db: handle.db,
      dialect: handle.dialect,
      user: null,
      now: at,
      ip: req.ip,
      lang: requestLang(req),
      memo: new Map(),
    };
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const id = sessionIdOf(token);
    const found = await resolveSession(handle.db, id, at);
    if (!found) return;
    req.sessionId = id;
    req.me = found.me;
    req.ctx.user = found.actor;
  });
}

/** preHandler for routes that need a logged-in user. */
export async function requireLogin(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (!req.ctx?.user) throw new AppError('unauthenticated');
}
