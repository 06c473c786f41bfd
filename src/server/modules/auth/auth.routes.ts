import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REQUIRED_CLASSES } from '../../../core/password-policy.js';
import { isSafeText } from '../../../core/schemas/common.js';
import { LoginInput, Me, PasswordChangeInput, PasswordRulesOut } from '../../../core/schemas/user.js';
import { AppError } from '../../errors.js';
import { requireLogin } from '../../http/request-context.js';
import { SESSION_COOKIE } from './auth.plugin.js';
import { changeOwnPassword, login, logout } from './auth.service.js';
import { passwordRulesOf } from './password.policy.js';

/** The browser's name as stored with a session: at most 200 characters, nothing a database cannot keep. */
function userAgentOf(header: string | undefined): string | null {
  if (!header) return null;
  const clean = [...header.slice(0, 200)].filter((c) => isSafeText(c)).join('');
  return clean || null;
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    { config: { public: true }, schema: { tags: ['auth'], body: LoginInput, response: { 200: Me } } },
    async (req, reply) => {
      const { token, me } = await login(
        req.ctx,
        req.body.username,
        req.body.password,
        userAgentOf(req.headers['user-agent']),
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        // Behind a TLS proxy the request arrives as HTTP, but the browser's address is the public one.
        secure: req.protocol === 'https' || !!app.publicUrl?.startsWith('https:'),
      });
      return me;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { public: true },
      schema: { tags: ['auth'], response: { 200: z.object({ ok: z.boolean() }) } },
    },
    async (req, reply) => {
      if (req.sessionId) await logout(req.ctx, req.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { public: true }, schema: { tags: ['auth'], response: { 200: Me } } },
    async (req) => {
      if (!req.me) throw new AppError('unauthenticated');
      return req.me;
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { passwordChange: true },
      schema: { tags: ['auth'], body: PasswordChangeInput, response: { 200: Me } },
    },
    async (req) =>
      changeOwnPassword(req.ctx, req.sessionId as string, req.body.currentPassword, req.body.newPassword),
  );

  app.get(
    '/api/auth/password-rules',
    { config: { passwordChange: true }, schema: { tags: ['auth'], response: { 200: PasswordRulesOut } } },
    async (req) => ({ ...(await passwordRulesOf(req.ctx)), requiredClasses: REQUIRED_CLASSES }),
  );
};

export { requireLogin };
