import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import { ItemOut } from '../../../core/schemas/item.js';
import { JudgementInput } from '../../../core/schemas/request.js';
import {
  CalendarOverrideInput,
  CalendarOverrideOut,
  CheckbackOut,
  CheckbackPlanInput,
  CheckbackResultInput,
  DateParams,
  LightChangeOut,
  SplitInput,
} from '../../../core/schemas/supervision.js';
import { requireLogin } from '../../http/request-context.js';
import {
  calendarOverrides,
  judgeItem,
  lightHistory,
  listCheckbacks,
  planCheckback,
  recordCheckback,
  setCalendarOverride,
  splitItem,
} from './supervision.service.js';

export const supervisionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['supervision'];

  app.post(
    '/api/items/:id/judgements',
    { schema: { tags, params: IdParams, body: JudgementInput, response: { 200: ItemOut } } },
    (req) => judgeItem(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/items/:id/light-history',
    { schema: { tags, params: IdParams, response: { 200: listOf(LightChangeOut) } } },
    (req) => lightHistory(req.ctx, req.params.id),
  );
  app.get(
    '/api/items/:id/checkbacks',
    { schema: { tags, params: IdParams, response: { 200: listOf(CheckbackOut) } } },
    (req) => listCheckbacks(req.ctx, req.params.id),
  );
  app.post(
    '/api/items/:id/checkbacks',
    { schema: { tags, params: IdParams, body: CheckbackPlanInput, response: { 201: CheckbackOut } } },
    async (req, reply) => reply.status(201).send(await planCheckback(req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/checkbacks/:id/result',
    { schema: { tags, params: IdParams, body: CheckbackResultInput, response: { 200: CheckbackOut } } },
    (req) => recordCheckback(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/items/:id/split',
    {
      schema: {
        tags,
        params: IdParams,
        body: SplitInput,
        response: { 201: z.object({ items: z.array(ItemOut) }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send({ items: await splitItem(req.ctx, req.params.id, req.body) }),
  );
  app.get(
    '/api/calendar/overrides',
    { schema: { tags, response: { 200: listOf(CalendarOverrideOut) } } },
    (req) => calendarOverrides(req.ctx),
  );
  app.put(
    '/api/calendar/overrides/:date',
    {
      schema: {
        tags,
        params: DateParams,
        body: CalendarOverrideInput,
        response: { 200: CalendarOverrideOut },
      },
    },
    async (req) => (await setCalendarOverride(req.ctx, req.params.date, req.body)) as CalendarOverrideOut,
  );
  app.delete(
    '/api/calendar/overrides/:date',
    { schema: { tags, params: DateParams, response: { 200: z.object({ ok: z.boolean() }) } } },
    async (req) => {
      await setCalendarOverride(req.ctx, req.params.date, null);
      return { ok: true };
    },
  );
};
