import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { demoState } from './demo.service.js';

const tags = ['demo'];

/** Whether this installation is a demo: public, so that the login page says it too. */
export const demoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/demo',
    {
      config: { public: true },
      schema: {
        tags,
        response: { 200: z.object({ state: z.enum(['none', 'active', 'retired']) }) },
      },
    },
    async (req) => ({ state: await demoState(req.ctx) }),
  );
};
