import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import { LedgerInput, LedgerOut, LedgerQuery, LedgerUpdate } from '../../../core/schemas/ledger.js';
import { requireLogin } from '../../http/request-context.js';
import { archiveLedger, createLedger, getLedger, searchLedgers, updateLedger } from './ledger.service.js';

export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['ledgers'];

  app.get(
    '/api/ledgers',
    { schema: { tags, querystring: LedgerQuery, response: { 200: listOf(LedgerOut) } } },
    (req) => searchLedgers(req.ctx, req.query),
  );
  app.post(
    '/api/ledgers',
    { schema: { tags, body: LedgerInput, response: { 201: LedgerOut } } },
    async (req, reply) => reply.status(201).send(await createLedger(req.ctx, req.body)),
  );
  app.get('/api/ledgers/:id', { schema: { tags, params: IdParams, response: { 200: LedgerOut } } }, (req) =>
    getLedger(req.ctx, req.params.id),
  );
  app.patch(
    '/api/ledgers/:id',
    { schema: { tags, params: IdParams, body: LedgerUpdate, response: { 200: LedgerOut } } },
    (req) => updateLedger(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/ledgers/:id',
    { schema: { tags, params: IdParams, response: { 200: z.object({ ok: z.boolean() }) } } },
    async (req) => {
      await archiveLedger(req.ctx, req.params.id);
      return { ok: true };
    },
  );
};
