import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssessmentInput,
  AssessmentOut,
  AssessmentQuery,
  ChecklistInput,
  ChecklistOut,
} from '../../../core/schemas/checklist.js';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import { requireLogin } from '../../http/request-context.js';
import {
  createChecklist,
  getAssessment,
  listAssessments,
  listChecklists,
  recordAssessment,
} from './checklist.service.js';

/** Checklists (考评标准) and the assessments scored against them. */
export const checklistRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['assessments'];
  app.get('/api/checklists', { schema: { tags, response: { 200: listOf(ChecklistOut) } } }, (req) =>
    listChecklists(req.ctx),
  );
  app.post(
    '/api/checklists',
    { schema: { tags, body: ChecklistInput, response: { 201: ChecklistOut } } },
    async (req, reply) => reply.status(201).send(await createChecklist(req.ctx, req.body)),
  );
  app.get(
    '/api/assessments',
    { schema: { tags, querystring: AssessmentQuery, response: { 200: listOf(AssessmentOut) } } },
    (req) => listAssessments(req.ctx, req.query),
  );
  app.post(
    '/api/assessments',
    { schema: { tags, body: AssessmentInput, response: { 201: AssessmentOut } } },
    async (req, reply) => reply.status(201).send(await recordAssessment(req.ctx, req.body)),
  );
  app.get(
    '/api/assessments/:id',
    { schema: { tags, params: IdParams, response: { 200: AssessmentOut } } },
    (req) => getAssessment(req.ctx, req.params.id),
  );
};
