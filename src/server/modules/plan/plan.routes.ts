import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import {
  CandidateOut,
  CandidateQuery,
  PlanDetailOut,
  PlanInput,
  PlanOut,
  VisitOut,
} from '../../../core/schemas/inspection.js';
import { requireLogin } from '../../http/request-context.js';
import { createPlan, getPlan, listPlans, myVisits, planCandidates } from './plan.service.js';

/** Visit plans: candidates from the ledger, plans, and each inspector's own visits. */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['plans'];
  app.get(
    '/api/plans/candidates',
    { schema: { tags, querystring: CandidateQuery, response: { 200: listOf(CandidateOut) } } },
    (req) => planCandidates(req.ctx, req.query),
  );
  app.get('/api/plans', { schema: { tags, response: { 200: listOf(PlanOut) } } }, (req) =>
    listPlans(req.ctx),
  );
  app.post(
    '/api/plans',
    { schema: { tags, body: PlanInput, response: { 201: PlanDetailOut } } },
    async (req, reply) => reply.status(201).send(await createPlan(req.ctx, req.body)),
  );
  app.get('/api/plans/mine', { schema: { tags, response: { 200: listOf(VisitOut) } } }, (req) =>
    myVisits(req.ctx),
  );
  app.get('/api/plans/:id', { schema: { tags, params: IdParams, response: { 200: PlanDetailOut } } }, (req) =>
    getPlan(req.ctx, req.params.id),
  );
};
