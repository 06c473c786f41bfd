import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REQUIRED_CLASSES } from '../../../core/password-policy.js';
import { isSafeText } from '../../../core/schemas/common.js';
import { EnrolmentOut, SecondFactorCode, SecondFactorPrompt } from '../../../core/schemas/security.js';
import { LoginInput, Me, PasswordChangeInput, PasswordRulesOut } from '../../../core/schemas/user.js';
import { CHALLENGE_MINUTES } from '../../../core/second-factor.js';
import { AppError } from '../../errors.js';
import { requireLogin } from '../../http/request-context.js';
import { confirmEnrolment, loginWithCode, startEnrolment } from '../security/second-factor.service.js';
import { SESSION_COOKIE } from './auth.plugin.js';
import { changeOwnPassword, login, logout } from './auth.service.js';

/** The pending login between the password and the code (its token; the table keeps the hash). */
const CHALLENGE_COOKIE = 'ducha_login';

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
    {
      config: { public: true },
      schema: { tags: ['auth'], body: LoginInput, response: { 200: z.union([Me, SecondFactorPrompt]) } },
    },
    async (req, reply) => {
      const result = await login(
        req.ctx,
        req.body.username,
        req.body.password,
        userAgentOf(req.headers['user-agent']),
      );
      // Behind a TLS proxy the request arrives as HTTP, but the browser's address is the public one.
      const secure = req.protocol === 'https' || !!app.publicUrl?.startsWith('https:');
      if (result.kind === 'code') {
        // The password was right; the code is owed, within a few minutes, from this browser.
        reply.setCookie(CHALLENGE_COOKIE, result.challenge, {
          path: '/api/auth',
          httpOnly: true,
          sameSite: 'strict',
          secure,
          maxAge: CHALLENGE_MINUTES * 60,
        });
        return { secondFactor: 'totp' as const };
      }
      reply.setCookie(SESSION_COOKIE, result.token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
      return result.me;
    },
  );

  app.post(
    '/api/auth/login/code',
    { config: { public: true }, schema: { tags: ['auth'], body: SecondFactorCode, response: { 200: Me } } },
    async (req, reply) => {
      const { token, me } = await loginWithCode(
        req.ctx,
        req.cookies[CHALLENGE_COOKIE],
        req.body.code,
        userAgentOf(req.headers['user-agent']),
      );
      reply.clearCookie(CHALLENGE_COOKIE, { path: '/api/auth' });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https' || !!app.publicUrl?.startsWith('https:'),
      });
      return me;
    },
  );

  app.post(
    '/api/auth/second-factor/enrolment',
    {
      config: { passwordChange: true, secondFactorEnrol: true },
      schema: { tags: ['auth'], response: { 200: EnrolmentOut } },
    },
    async (req) => startEnrolment(req.ctx),
  );

  app.post(
    '/api/auth/second-factor/confirm',
    {
      config: { passwordChange: true, secondFactorEnrol: true },
      schema: { tags: ['auth'], body: SecondFactorCode, response: { 200: Me } },
    },
    async (req) => confirmEnrolment(req.ctx, req.sessionId as string, req.body.code),
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
