import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import {
  ApprovalChainInput,
  ApprovalChainOut,
  DecisionInput,
  RequestInput,
  RequestOut,
  RequestQuery,
} from '../../../core/schemas/request.js';
import { requireLogin } from '../../http/request-context.js';
import {
  decideRequest,
  getApprovalChain,
  listItemRequests,
  listRequests,
  setApprovalChain,
  submitRequest,
} from './request.service.js';

export const requestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['requests'];

  app.get(
    '/api/items/:id/requests',
    { schema: { tags, params: IdParams, response: { 200: listOf(RequestOut) } } },
    (req) => listItemRequests(req.ctx, req.params.id),
  );
  app.post(
    '/api/items/:id/requests',
    { schema: { tags, params: IdParams, body: RequestInput, response: { 201: RequestOut } } },
    async (req, reply) => reply.status(201).send(await submitRequest(req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/requests',
    { schema: { tags, querystring: RequestQuery, response: { 200: listOf(RequestOut) } } },
    (req) => listRequests(req.ctx, req.query),
  );
  app.post(
    '/api/requests/:id/decisions',
    { schema: { tags, params: IdParams, body: DecisionInput, response: { 200: RequestOut } } },
    (req) => decideRequest(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/ledgers/:id/approval-chain',
    { schema: { tags, params: IdParams, response: { 200: ApprovalChainOut } } },
    (req) => getApprovalChain(req.ctx, req.params.id),
  );
  app.put(
    '/api/ledgers/:id/approval-chain',
    { schema: { tags, params: IdParams, body: ApprovalChainInput, response: { 200: ApprovalChainOut } } },
    (req) => setApprovalChain(req.ctx, req.params.id, req.body),
  );
};
