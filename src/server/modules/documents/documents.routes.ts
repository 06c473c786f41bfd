import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../core/schemas/common.js';
import { requireLogin } from '../../http/request-context.js';
import { attachment } from '../spreadsheet/sheet.routes.js';
import { itemSummaryDocx } from './item-summary.js';

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  app.get(
    '/api/items/:id/summary.docx',
    {
      schema: {
        tags: ['documents'],
        summary: "The item's one-page summary (督办单) as a Word document",
        params: IdParams,
      },
    },
    async (req, reply) => {
      const { item, docx } = await itemSummaryDocx(req.ctx, req.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(`督办单-${item.code}.docx`))
        .send(docx);
    },
  );
};
