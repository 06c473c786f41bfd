import type { FastifyRequest } from 'fastify';
import type { Me } from '../../../core/schemas/user.js';
import { appWide } from '../../http/plugin.js';
import { resolveSession } from './auth.service.js';
import { sessionIdOf } from './session.repo.js';

export const SESSION_COOKIE = 'ducha_session';

declare module 'fastify' {
  interface FastifyRequest {
    sessionId: string | null;
    me: Me | null;
  }
}

/**
 * Puts the session's user on every API request's context. App-wide, so that
 * every route registered after it sees the user; register it after the
 * request context and before the routes.
 */
export const authPlugin = appWide(async (app) => {
  app.decorateRequest('sessionId', null);
  app.decorateRequest('me', null);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (!req.ctx) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const id = sessionIdOf(token);
    const found = await resolveSession(req.ctx, id);
    if (!found) return;
    req.sessionId = id;
    req.me = found.me;
    req.ctx.user = found.actor;
  });
});
