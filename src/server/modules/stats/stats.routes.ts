import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ITEM_STATUSES, UNIT_KINDS } from '../../../core/enums.js';
import { Id, IsoDateSchema } from '../../../core/schemas/common.js';
import { requireLogin } from '../../http/request-context.js';
import { overview, trend, unitLights } from './stats.service.js';

const Counts = { red: z.number(), yellow: z.number(), green: z.number(), overdue: z.number() };

const Overview = z.object({
  asOf: z.string(),
  total: z.number(),
  open: z.number(),
  byStatus: z.record(z.enum(ITEM_STATUSES), z.number()),
  byLight: z.object({ red: z.number(), yellow: z.number(), green: z.number() }),
  overdue: z.number(),
  completed: z.number(),
  completedOnTime: z.number(),
  completedLate: z.number(),
  daysToYearEnd: z.number(),
  byLedger: z.array(
    z.object({
      ledgerId: z.string(),
      ledgerName: z.string(),
      total: z.number(),
      open: z.number(),
      completed: z.number(),
      avgProgress: z.number(),
      ...Counts,
    }),
  ),
});

const UnitLights = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      kind: z.enum(UNIT_KINDS),
      total: z.number(),
      open: z.number(),
      completed: z.number(),
      completedLate: z.number(),
      ...Counts,
    }),
  ),
  total: z.number(),
});

const Trend = z.object({
  items: z.array(
    z.object({
      weekEnd: z.string(),
      red: z.number(),
      yellow: z.number(),
      green: z.number(),
      open: z.number(),
      completed: z.number(),
    }),
  ),
  total: z.number(),
});

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['stats'];
  app.get(
    '/api/stats/overview',
    {
      schema: {
        tags,
        querystring: z.object({ asOf: IsoDateSchema.optional(), ledgerId: Id.optional() }),
        response: { 200: Overview },
      },
    },
    (req) => overview(req.ctx, req.query),
  );
  app.get(
    '/api/stats/units',
    {
      schema: {
        tags,
        querystring: z.object({
          asOf: IsoDateSchema.optional(),
          kind: z.enum(UNIT_KINDS).optional(),
          ledgerId: Id.optional(),
        }),
        response: { 200: UnitLights },
      },
    },
    (req) => unitLights(req.ctx, req.query),
  );
  app.get(
    '/api/stats/trend',
    {
      schema: {
        tags,
        querystring: z.object({
          weeks: z.coerce.number().int().min(1).max(52).default(12),
          asOf: IsoDateSchema.optional(),
        }),
        response: { 200: Trend },
      },
    },
    (req) => trend(req.ctx, req.query),
  );
};
