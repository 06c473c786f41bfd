import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import {
  InstructionAckInput,
  InstructionInput,
  InstructionOut,
  InstructionQuery,
  ObstacleInput,
  ObstacleOut,
  ObstacleQuery,
  ObstacleResolve,
  ObstacleSummary,
  ObstacleSummaryQuery,
  ReportInput,
  ReportOut,
  ReportQuery,
  ReportReview,
  WorkflowCounts,
} from '../../../core/schemas/report.js';
import { requireLogin } from '../../http/request-context.js';
import { itemScope } from '../access/policy.js';
import {
  acknowledgeInstruction,
  listInstructions,
  listItemInstructions,
  writeInstruction,
} from '../instruction/instruction.service.js';
import {
  listItemObstacles,
  listObstacles,
  raiseObstacle,
  resolveObstacle,
  summarizeObstacles,
} from '../obstacle/obstacle.service.js';
import { listItemReports, listReports, reviewReport, submitReport } from './report.service.js';
import { workflowCounts } from './workflow.repo.js';

/** The units answer in writing: reports, obstacles, leader instructions, and what waits for whom. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);

  const reports = ['reports'];
  app.post(
    '/api/items/:id/reports',
    { schema: { tags: reports, params: IdParams, body: ReportInput, response: { 201: ReportOut } } },
    async (req, reply) => reply.status(201).send(await submitReport(req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/items/:id/reports',
    { schema: { tags: reports, params: IdParams, response: { 200: listOf(ReportOut) } } },
    (req) => listItemReports(req.ctx, req.params.id),
  );
  app.get(
    '/api/reports',
    { schema: { tags: reports, querystring: ReportQuery, response: { 200: listOf(ReportOut) } } },
    (req) => listReports(req.ctx, req.query),
  );
  app.post(
    '/api/reports/:id/review',
    { schema: { tags: reports, params: IdParams, body: ReportReview, response: { 200: ReportOut } } },
    (req) => reviewReport(req.ctx, req.params.id, req.body),
  );

  const obstacles = ['obstacles'];
  app.post(
    '/api/items/:id/obstacles',
    { schema: { tags: obstacles, params: IdParams, body: ObstacleInput, response: { 201: ObstacleOut } } },
    async (req, reply) => reply.status(201).send(await raiseObstacle(req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/items/:id/obstacles',
    { schema: { tags: obstacles, params: IdParams, response: { 200: listOf(ObstacleOut) } } },
    (req) => listItemObstacles(req.ctx, req.params.id),
  );
  app.get(
    '/api/obstacles',
    { schema: { tags: obstacles, querystring: ObstacleQuery, response: { 200: listOf(ObstacleOut) } } },
    (req) => listObstacles(req.ctx, req.query),
  );
  app.get(
    '/api/obstacles/summary',
    { schema: { tags: obstacles, querystring: ObstacleSummaryQuery, response: { 200: ObstacleSummary } } },
    (req) => summarizeObstacles(req.ctx, req.query),
  );
  app.post(
    '/api/obstacles/:id/resolve',
    { schema: { tags: obstacles, params: IdParams, body: ObstacleResolve, response: { 200: ObstacleOut } } },
    (req) => resolveObstacle(req.ctx, req.params.id, req.body),
  );

  const instructions = ['instructions'];
  app.post(
    '/api/items/:id/instructions',
    {
      schema: {
        tags: instructions,
        params: IdParams,
        body: InstructionInput,
        response: { 201: InstructionOut },
      },
    },
    async (req, reply) => reply.status(201).send(await writeInstruction(req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/items/:id/instructions',
    { schema: { tags: instructions, params: IdParams, response: { 200: listOf(InstructionOut) } } },
    (req) => listItemInstructions(req.ctx, req.params.id),
  );
  app.get(
    '/api/instructions',
    {
      schema: {
        tags: instructions,
        querystring: InstructionQuery,
        response: { 200: listOf(InstructionOut) },
      },
    },
    (req) => listInstructions(req.ctx, req.query),
  );
  app.post(
    '/api/instructions/:id/acknowledge',
    {
      schema: {
        tags: instructions,
        params: IdParams,
        body: InstructionAckInput,
        response: { 200: InstructionOut },
      },
    },
    (req) => acknowledgeInstruction(req.ctx, req.params.id, req.body),
  );

  app.get('/api/stats/workflow', { schema: { tags: ['stats'], response: { 200: WorkflowCounts } } }, (req) =>
    workflowCounts(req.ctx, itemScope(req.ctx)),
  );
};
