import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../../core/files.js';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import { FileOut } from '../../../core/schemas/file.js';
import { fileHeaders, readUpload } from '../../http/file-transfer.js';
import { requireLogin } from '../../http/request-context.js';
import { listItemFiles, openFile, uploadFile } from './file.service.js';

export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  // Limits per request (the size is a setting); the plugin's own only bound what a form may carry.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 4, fieldSize: 1024, parts: 5 } });
  app.addHook('preHandler', requireLogin);
  const tags = ['files'];

  app.post(
    '/api/items/:id/files',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description: 'Uploads one file (form field `file`). The kind is judged by the content.',
        response: { 201: FileOut },
      },
    },
    async (req, reply) => {
      const out = await uploadFile(req.ctx, req.params.id, readUpload(req));
      return reply.status(201).send(out);
    },
  );
  app.get(
    '/api/items/:id/files',
    { schema: { tags, params: IdParams, response: { 200: listOf(FileOut) } } },
    (req) => listItemFiles(req.ctx, req.params.id),
  );
  app.get(
    '/api/files/:id',
    { schema: { tags, params: IdParams, description: 'The original content, under its original name.' } },
    async (req, reply) => {
      const { file, stream, mime, size } = await openFile(req.ctx, req.params.id, 'original');
      fileHeaders(reply, mime);
      if (size !== null) reply.header('Content-Length', size);
      reply.header('Content-Disposition', contentDisposition(file.name));
      return reply.send(stream);
    },
  );
  app.get(
    '/api/files/:id/thumbnail',
    { schema: { tags, params: IdParams, description: 'A small WebP of an image (404 for other files).' } },
    async (req, reply) => {
      const { file, stream, mime } = await openFile(req.ctx, req.params.id, 'thumbnail');
      fileHeaders(reply, mime);
      reply.header('Content-Disposition', contentDisposition(`${file.name}.webp`, 'inline'));
      return reply.send(stream);
    },
  );
};
