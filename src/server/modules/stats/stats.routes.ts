import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  OverviewQuery,
  OverviewStats,
  Trend,
  TrendQuery,
  UnitStatsList,
  UnitStatsQuery,
} from '../../../core/schemas/stats.js';
import { requireLogin } from '../../http/request-context.js';
import { overview, trend, unitLights } from './stats.service.js';

export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['stats'];
  app.get(
    '/api/stats/overview',
    {
      schema: {
        tags,
        querystring: OverviewQuery,
        response: { 200: OverviewStats },
      },
    },
    (req) => overview(req.ctx, req.query),
  );
  app.get(
    '/api/stats/units',
    {
      schema: {
        tags,
        querystring: UnitStatsQuery,
        response: { 200: UnitStatsList },
      },
    },
    (req) => unitLights(req.ctx, req.query),
  );
  app.get(
    '/api/stats/trend',
    {
      schema: {
        tags,
        querystring: TrendQuery,
        response: { 200: Trend },
      },
    },
    (req) => trend(req.ctx, req.query),
  );
};
