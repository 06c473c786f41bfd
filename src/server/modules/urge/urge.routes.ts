import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import { UrgeInput, UrgeOut } from '../../../core/schemas/notice.js';
import { requireLogin } from '../../http/request-context.js';
import { listItemUrges, recordUrge } from './urge.service.js';

/** 催办 records on an item. */
export const urgeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['urges'];
  app.post(
    '/api/items/:id/urges',
    { schema: { tags, params: IdParams, body: UrgeInput, response: { 201: UrgeOut } } },
    async (req, reply) => reply.status(201).send(await recordUrge(req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/items/:id/urges',
    { schema: { tags, params: IdParams, response: { 200: listOf(UrgeOut) } } },
    (req) => listItemUrges(req.ctx, req.params.id),
  );
};
