import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SimilarList, SimilarQuery } from '../../../core/schemas/similar.js';
import { requireLogin } from '../../http/request-context.js';
import { findSimilarItems } from './similar.service.js';

export const similarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  app.get(
    '/api/items/similar',
    { schema: { tags: ['items'], querystring: SimilarQuery, response: { 200: SimilarList } } },
    (req) => findSimilarItems(req.ctx, req.query),
  );
};
