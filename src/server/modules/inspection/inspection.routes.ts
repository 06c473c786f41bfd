import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../../core/files.js';
import { Id, IdParams, listOf } from '../../../core/schemas/common.js';
import {
  DiscloseInput,
  EvidenceOut,
  EvidenceUpdate,
  FindingNoticeInput,
  InspectionInput,
  InspectionOut,
  InspectionQuery,
  InspectionStats,
  InspectionUpdate,
  InspectorOut,
  RectifyInput,
} from '../../../core/schemas/inspection.js';
import { ItemOut } from '../../../core/schemas/item.js';
import { NoticeOut } from '../../../core/schemas/notice.js';
import { fileHeaders, readUpload } from '../../http/file-transfer.js';
import { requireLogin } from '../../http/request-context.js';
import { annotateEvidence, listEvidence, openEvidence, storeEvidence } from './evidence.service.js';
import { noticeFromFinding } from './finding-notice.js';
import {
  discloseInspection,
  getInspection,
  inspectionStats,
  listInspections,
  listInspectors,
  listItemInspections,
  recordInspection,
  updateInspection,
} from './inspection.service.js';
import { checkEvidenceOwner } from './owner.js';
import { rectifyCriterion, rectifyFinding } from './rectify.js';

/** Inspections, their findings and evidence. */
export const inspectionRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 4, fieldSize: 1024, parts: 5 } });
  app.addHook('preHandler', requireLogin);
  const tags = ['inspections'];

  app.get(
    '/api/inspections',
    { schema: { tags, querystring: InspectionQuery, response: { 200: listOf(InspectionOut) } } },
    (req) => listInspections(req.ctx, req.query),
  );
  app.post(
    '/api/inspections',
    { schema: { tags, body: InspectionInput, response: { 201: InspectionOut } } },
    async (req, reply) => reply.status(201).send(await recordInspection(req.ctx, req.body)),
  );
  app.get('/api/inspections/stats', { schema: { tags, response: { 200: InspectionStats } } }, (req) =>
    inspectionStats(req.ctx),
  );
  app.get('/api/inspectors', { schema: { tags, response: { 200: listOf(InspectorOut) } } }, (req) =>
    listInspectors(req.ctx),
  );
  app.get(
    '/api/inspections/:id',
    { schema: { tags, params: IdParams, response: { 200: InspectionOut } } },
    (req) => getInspection(req.ctx, req.params.id),
  );
  app.patch(
    '/api/inspections/:id',
    { schema: { tags, params: IdParams, body: InspectionUpdate, response: { 200: InspectionOut } } },
    (req) => updateInspection(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/inspections/:id/disclose',
    { schema: { tags, params: IdParams, body: DiscloseInput, response: { 200: InspectionOut } } },
    (req) => discloseInspection(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/items/:id/inspections',
    { schema: { tags, params: IdParams, response: { 200: listOf(InspectionOut) } } },
    (req) => listItemInspections(req.ctx, req.params.id),
  );
  app.post(
    '/api/findings/:id/notice',
    { schema: { tags, params: IdParams, body: FindingNoticeInput, response: { 201: NoticeOut } } },
    async (req, reply) => reply.status(201).send(await noticeFromFinding(req.ctx, req.params.id, req.body)),
  );
  app.post(
    '/api/findings/:id/rectify',
    { schema: { tags, params: IdParams, body: RectifyInput, response: { 201: ItemOut } } },
    async (req, reply) => reply.status(201).send(await rectifyFinding(req.ctx, req.params.id, req.body)),
  );

  app.post(
    '/api/assessments/:id/criteria/:criterionId/rectify',
    {
      schema: {
        tags: ['assessments'],
        params: z.object({ id: Id, criterionId: Id }),
        body: RectifyInput,
        response: { 201: ItemOut },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await rectifyCriterion(req.ctx, req.params.id, req.params.criterionId, req.body)),
  );

  const evidence = ['evidence'];
  for (const kind of ['inspection', 'assessment'] as const) {
    app.post(
      `/api/${kind}s/:id/files`,
      {
        schema: {
          tags: evidence,
          params: IdParams,
          consumes: ['multipart/form-data'],
          description: 'Uploads one photo or file (form field `file`); EXIF time and GPS are read from it.',
          response: { 201: EvidenceOut },
        },
      },
      async (req, reply) => {
        await checkEvidenceOwner(req.ctx, kind, req.params.id);
        const out = await storeEvidence(req.ctx, { kind, id: req.params.id }, readUpload(req));
        return reply.status(201).send(out);
      },
    );
    app.get(
      `/api/${kind}s/:id/files`,
      { schema: { tags: evidence, params: IdParams, response: { 200: listOf(EvidenceOut) } } },
      async (req) => {
        await checkEvidenceOwner(req.ctx, kind, req.params.id, 'read');
        return listEvidence(req.ctx, kind, req.params.id);
      },
    );
  }
  app.patch(
    '/api/evidence/:id',
    { schema: { tags: evidence, params: IdParams, body: EvidenceUpdate, response: { 200: EvidenceOut } } },
    (req) => annotateEvidence(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/evidence/:id',
    { schema: { tags: evidence, params: IdParams, description: 'The original as uploaded, byte for byte.' } },
    async (req, reply) => {
      const { name, stream, mime, size } = await openEvidence(req.ctx, req.params.id, 'original');
      fileHeaders(reply, mime);
      if (size !== null) reply.header('Content-Length', size);
      reply.header('Content-Disposition', contentDisposition(name));
      return reply.send(stream);
    },
  );
  app.get(
    '/api/evidence/:id/thumbnail',
    {
      schema: {
        tags: evidence,
        params: IdParams,
        description: 'A small WebP (404 when none could be drawn).',
      },
    },
    async (req, reply) => {
      const { name, stream, mime } = await openEvidence(req.ctx, req.params.id, 'thumbnail');
      fileHeaders(reply, mime);
      reply.header('Content-Disposition', contentDisposition(`${name}.webp`, 'inline'));
      return reply.send(stream);
    },
  );
};
