import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gatherFieldFilters } from '../../../core/field-filters.js';
import { Id, IdParams, IsoDateSchema } from '../../../core/schemas/common.js';
import {
  AcknowledgeInput,
  ItemInput,
  ItemListOut,
  ItemOut,
  ItemQuery,
  ItemUpdate,
  itemPageOf,
  TransitionInput,
} from '../../../core/schemas/item.js';
import { MilestoneDoneInput } from '../../../core/schemas/milestone.js';
import { requireLogin } from '../../http/request-context.js';
import {
  acknowledgeItem,
  archiveItem,
  createItem,
  getItem,
  listItemRows,
  listItems,
  markMilestoneDone,
  restoreItem,
  transitionItem,
  updateItem,
} from './item.service.js';

const ItemRows = itemPageOf(ItemListOut);
const serializeRows = (payload: unknown) => JSON.stringify(ItemRows.parse(payload));

export const itemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['items'];

  app.get(
    '/api/items',
    {
      // Whole items by default (the API's contract); `view=list` gives list rows (what the web's lists ask).
      schema: {
        tags,
        querystring: ItemQuery,
        response: { 200: itemPageOf(z.union([ItemOut, ItemListOut])) },
      },
      // `field.<key>`, `field.<key>.from`, `field.<key>.to` become `fields` before validation.
      preValidation: async (req) => {
        req.query = gatherFieldFilters(req.query) as typeof req.query;
      },
    },
    async (req, reply) => {
      if (req.query.view !== 'list') return listItems(req.ctx, req.query);
      // The union above would try each row as a whole item first: rows are checked as rows only.
      reply.serializer(serializeRows);
      return listItemRows(req.ctx, req.query);
    },
  );
  app.post(
    '/api/items',
    { schema: { tags, body: ItemInput, response: { 201: ItemOut } } },
    async (req, reply) => reply.status(201).send(await createItem(req.ctx, req.body)),
  );
  app.get(
    '/api/items/:id',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({ asOf: IsoDateSchema.optional() }),
        response: { 200: ItemOut },
      },
    },
    (req) => getItem(req.ctx, req.params.id, req.query.asOf),
  );
  app.patch(
    '/api/items/:id',
    { schema: { tags, params: IdParams, body: ItemUpdate, response: { 200: ItemOut } } },
    (req) => updateItem(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/items/:id',
    { schema: { tags, params: IdParams, response: { 200: z.object({ ok: z.boolean() }) } } },
    // DELETE archives (归档): a draft is never deleted, and can be restored.
    async (req) => {
      await archiveItem(req.ctx, req.params.id);
      return { ok: true };
    },
  );
  app.post(
    '/api/items/:id/restore',
    { schema: { tags, params: IdParams, response: { 200: z.object({ ok: z.boolean() }) } } },
    async (req) => {
      await restoreItem(req.ctx, req.params.id);
      return { ok: true };
    },
  );
  app.post(
    '/api/items/:id/transitions',
    { schema: { tags, params: IdParams, body: TransitionInput, response: { 200: ItemOut } } },
    (req) => transitionItem(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/items/:id/acknowledge',
    { schema: { tags, params: IdParams, body: AcknowledgeInput.optional(), response: { 200: ItemOut } } },
    (req) => acknowledgeItem(req.ctx, req.params.id, req.body ?? {}),
  );
  app.post(
    '/api/items/:id/milestones/:milestoneId/done',
    {
      schema: {
        tags,
        params: IdParams.extend({ milestoneId: Id }),
        body: MilestoneDoneInput,
        response: { 200: ItemOut },
      },
    },
    (req) => markMilestoneDone(req.ctx, req.params.id, req.params.milestoneId, req.body),
  );
};
