import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import { TimelineEntry, TimelineQuery } from '../../../core/schemas/timeline.js';
import { requireLogin } from '../../http/request-context.js';
import { getTimeline } from './timeline.service.js';

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  app.get(
    '/api/items/:id/timeline',
    {
      schema: {
        tags: ['items'],
        params: IdParams,
        querystring: TimelineQuery,
        response: { 200: listOf(TimelineEntry) },
      },
    },
    (req) => getTimeline(req.ctx, req.params.id, req.query),
  );
};
