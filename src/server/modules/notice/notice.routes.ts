import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import {
  NoticeInput,
  NoticeOut,
  NoticeQuery,
  NoticeReplyInput,
  NoticeReview,
} from '../../../core/schemas/notice.js';
import { requireLogin } from '../../http/request-context.js';
import { attachment } from '../spreadsheet/sheet.routes.js';
import { noticeDocx } from './notice.document.js';
import { getNotice, issueNotice, listNotices, replyToNotice, reviewNotice } from './notice.service.js';

/** 通知单: issue, read, reply (整改回复), review, and the Word document. */
export const noticeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['notices'];

  app.post(
    '/api/notices',
    { schema: { tags, body: NoticeInput, response: { 201: NoticeOut } } },
    async (req, reply) => reply.status(201).send(await issueNotice(req.ctx, req.body)),
  );
  app.get(
    '/api/notices',
    { schema: { tags, querystring: NoticeQuery, response: { 200: listOf(NoticeOut) } } },
    (req) => listNotices(req.ctx, req.query),
  );
  app.get('/api/notices/:id', { schema: { tags, params: IdParams, response: { 200: NoticeOut } } }, (req) =>
    getNotice(req.ctx, req.params.id),
  );
  app.post(
    '/api/notices/:id/replies',
    { schema: { tags, params: IdParams, body: NoticeReplyInput, response: { 200: NoticeOut } } },
    (req) => replyToNotice(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/notices/:id/review',
    { schema: { tags, params: IdParams, body: NoticeReview, response: { 200: NoticeOut } } },
    (req) => reviewNotice(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/notices/:id/document.docx',
    {
      schema: {
        tags: [...tags, 'documents'],
        summary: 'The notice as a Word document in the official-document layout',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const { notice, docx } = await noticeDocx(req.ctx, req.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(`${notice.number}.docx`))
        .send(docx);
    },
  );
};
