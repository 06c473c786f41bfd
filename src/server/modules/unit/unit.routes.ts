import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import { UnitInput, UnitOut, UnitQuery, UnitUpdate } from '../../../core/schemas/unit.js';
import { requireLogin } from '../../http/request-context.js';
import { archiveUnit, createUnit, getUnit, searchUnits, updateUnit } from './unit.service.js';

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['units'];

  app.get(
    '/api/units',
    { schema: { tags, querystring: UnitQuery, response: { 200: listOf(UnitOut) } } },
    (req) => searchUnits(req.ctx, req.query),
  );
  app.post(
    '/api/units',
    { schema: { tags, body: UnitInput, response: { 201: UnitOut } } },
    async (req, reply) => reply.status(201).send(await createUnit(req.ctx, req.body)),
  );
  app.get('/api/units/:id', { schema: { tags, params: IdParams, response: { 200: UnitOut } } }, (req) =>
    getUnit(req.ctx, req.params.id),
  );
  app.patch(
    '/api/units/:id',
    { schema: { tags, params: IdParams, body: UnitUpdate, response: { 200: UnitOut } } },
    (req) => updateUnit(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/units/:id',
    { schema: { tags, params: IdParams, response: { 200: z.object({ ok: z.boolean() }) } } },
    async (req) => {
      await archiveUnit(req.ctx, req.params.id);
      return { ok: true };
    },
  );
};
