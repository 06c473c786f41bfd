import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LadderInput, LadderOut, PreviewOut, PreviewQuery } from '../../../core/schemas/reminder.js';
import { requireLogin } from '../../http/request-context.js';
import { getLadder, previewLadder, putLadder } from './ladder.service.js';

/** The reminder ladder: the office's settings and the preview of a day's reminders. */
export const reminderRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['reminders'];
  app.get('/api/reminders/ladder', { schema: { tags, response: { 200: LadderOut } } }, (req) =>
    getLadder(req.ctx),
  );
  app.put(
    '/api/reminders/ladder',
    { schema: { tags, body: LadderInput, response: { 200: LadderOut } } },
    (req) => putLadder(req.ctx, req.body),
  );
  app.get(
    '/api/reminders/preview',
    { schema: { tags, querystring: PreviewQuery, response: { 200: PreviewOut } } },
    (req) => previewLadder(req.ctx, req.query.date),
  );
};
