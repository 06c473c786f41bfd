import type { FastifyRequest } from 'fastify';
import type { Me } from '../../../core/schemas/user.js';
import { AppError } from '../../errors.js';
import { appWide } from '../../http/plugin.js';
import { resolveSession } from './auth.service.js';
import { sessionIdOf } from './session.repo.js';

export const SESSION_COOKIE = 'ducha_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answered without a session (health, login, logout, the API document); every other API route needs one. */
    public?: boolean;
    /** Open to a user who must change their password first (the change itself); every other route is not. */
    passwordChange?: boolean;
    /** Open to a user who must set up an authenticator first (the set-up itself). */
    secondFactorEnrol?: boolean;
  }
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
  // Authentication before validation: a request without a session learns nothing about a
  // route's schema (401 before 400), and its body is never parsed into the service.
  app.addHook('preValidation', async (req: FastifyRequest) => {
    if (!req.ctx || !req.routeOptions.url?.startsWith('/api/')) return;
    const config = req.routeOptions.config;
    if (config?.public) return;
    if (!req.ctx.user) throw new AppError('unauthenticated');
    // A temporary or expired password opens nothing but its own change (AUTH-5).
    if (req.me?.passwordChange && !config?.passwordChange) throw new AppError('password_change_required');
    // Then a second factor the office requires and the account lacks (issue 13): its set-up alone.
    if (req.me?.secondFactor === 'enrol' && !config?.secondFactorEnrol && !config?.passwordChange)
      throw new AppError('second_factor_enrolment_required');
  });
});
