import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../../core/schemas/common.js';
import { LockoutOut, SecondFactorOut, SessionOut, SessionRefParams } from '../../../core/schemas/security.js';
import { requireLogin } from '../../http/request-context.js';
import { resetSecondFactor } from './second-factor.service.js';
import { endSession, lockouts, openSessions, secondFactors } from './security.service.js';

const Ok = z.object({ ok: z.boolean() });

/** The security administrator's screen: lockouts, sessions, second-factor recovery. */
export const securityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['security'];
  app.get(
    '/api/security/lockouts',
    { schema: { tags, response: { 200: z.object({ items: z.array(LockoutOut) }) } } },
    (req) => lockouts(req.ctx),
  );
  app.get(
    '/api/security/sessions',
    { schema: { tags, response: { 200: z.object({ items: z.array(SessionOut) }) } } },
    (req) => openSessions(req.ctx, req.sessionId),
  );
  app.delete(
    '/api/security/sessions/:ref',
    { schema: { tags, params: SessionRefParams, response: { 200: Ok } } },
    (req) => endSession(req.ctx, req.params.ref),
  );
  app.get(
    '/api/security/second-factors',
    { schema: { tags, response: { 200: z.object({ items: z.array(SecondFactorOut) }) } } },
    (req) => secondFactors(req.ctx),
  );
  app.delete(
    '/api/security/second-factors/:id',
    { schema: { tags, params: IdParams, response: { 200: Ok } } },
    (req) => resetSecondFactor(req.ctx, req.params.id),
  );
};
