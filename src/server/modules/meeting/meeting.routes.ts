import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import {
  AnalysisOut,
  AnalyzeInput,
  ConfirmInput,
  ConfirmOut,
  ExtractInput,
  ExtractOut,
  MeetingDetailOut,
  MeetingInput,
  MeetingOut,
  MeetingQuery,
  MeetingUpdate,
  OpenDecisionsOut,
} from '../../../core/schemas/meeting.js';
import { requireLogin } from '../../http/request-context.js';
import { authorize } from '../access/policy.js';
import { extractText } from './ingest/extract.js';
import {
  analyze,
  archiveMeeting,
  confirmDrafts,
  createMeeting,
  getMeeting,
  meetingOfItem,
  openMeetingDecisions,
  restoreMeeting,
  searchMeetings,
  updateMeeting,
} from './meeting.service.js';

export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['meetings'];

  app.get(
    '/api/meetings',
    { schema: { tags, querystring: MeetingQuery, response: { 200: listOf(MeetingOut) } } },
    (req) => searchMeetings(req.ctx, req.query),
  );
  app.post(
    '/api/meetings',
    { schema: { tags, body: MeetingInput, response: { 201: MeetingOut } } },
    async (req, reply) => reply.status(201).send(await createMeeting(req.ctx, req.body)),
  );
  app.get(
    '/api/meetings/open-decisions',
    {
      schema: {
        tags,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
        response: { 200: OpenDecisionsOut },
      },
    },
    (req) => openMeetingDecisions(req.ctx, req.query.limit),
  );
  app.get(
    '/api/meetings/:id',
    { schema: { tags, params: IdParams, response: { 200: MeetingDetailOut } } },
    (req) => getMeeting(req.ctx, req.params.id),
  );
  app.patch(
    '/api/meetings/:id',
    { schema: { tags, params: IdParams, body: MeetingUpdate, response: { 200: MeetingOut } } },
    (req) => updateMeeting(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/meetings/:id',
    { schema: { tags, params: IdParams, response: { 200: z.object({ ok: z.boolean() }) } } },
    // DELETE archives (归档): a meeting is never deleted, and can be restored.
    async (req) => {
      await archiveMeeting(req.ctx, req.params.id);
      return { ok: true };
    },
  );
  app.post(
    '/api/meetings/:id/restore',
    { schema: { tags, params: IdParams, response: { 200: z.object({ ok: z.boolean() }) } } },
    async (req) => {
      await restoreMeeting(req.ctx, req.params.id);
      return { ok: true };
    },
  );
  // A report of up to 100,000 characters is read; a larger body still gets that rule's words, not a bare 413.
  app.post(
    '/api/meetings/analyze',
    { bodyLimit: 4 * 1024 * 1024, schema: { tags, body: AnalyzeInput, response: { 200: AnalysisOut } } },
    (req) => analyze(req.ctx, req.body),
  );
  app.post(
    '/api/meetings/extract',
    { bodyLimit: 16 * 1024 * 1024, schema: { tags, body: ExtractInput, response: { 200: ExtractOut } } },
    async (req) => {
      authorize(req.ctx, 'meeting.write');
      return extractText(req.body.fileName, Buffer.from(req.body.contentBase64, 'base64'));
    },
  );
  app.post(
    '/api/meetings/:id/confirm',
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: { tags, params: IdParams, body: ConfirmInput, response: { 201: ConfirmOut } },
    },
    async (req, reply) => reply.status(201).send(await confirmDrafts(req.ctx, req.params.id, req.body)),
  );
  app.get(
    '/api/items/:id/meeting',
    {
      schema: {
        tags,
        params: IdParams,
        response: {
          200: z.object({
            meeting: z
              .object({
                meetingId: z.string(),
                title: z.string(),
                date: z.string(),
                kind: z.string(),
                directiveNo: z.number().int().nullable(),
              })
              .nullable(),
          }),
        },
      },
    },
    async (req) => ({ meeting: await meetingOfItem(req.ctx, req.params.id) }),
  );
};
