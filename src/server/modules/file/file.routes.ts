import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../../core/files.js';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import { FileOut } from '../../../core/schemas/file.js';
import { AppError } from '../../errors.js';
import { requireLogin } from '../../http/request-context.js';
import { listItemFiles, openFile, tooLarge, uploadFile } from './file.service.js';

/** Headers of every file answer: never sniffed, never run as a page, never cached by a shared cache. */
function fileHeaders(reply: FastifyReply, mime: string) {
  reply
    .type(mime === 'text/plain' ? 'text/plain; charset=utf-8' : mime)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "sandbox; default-src 'none'")
    .header('Cache-Control', 'private, no-store');
}

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
      const out = await uploadFile(req.ctx, req.params.id, async (maxBytes) => {
        if (!req.isMultipart())
          throw new AppError('validation', [
            {
              field: 'file',
              zh: '请以 multipart/form-data 上传文件',
              en: 'upload the file as multipart/form-data',
            },
          ]);
        const part = await req.file({ limits: { fileSize: maxBytes } });
        if (!part) throw new AppError('validation', [{ field: 'file', zh: '缺少文件', en: 'no file' }]);
        try {
          return { name: part.filename ?? '', content: await part.toBuffer() };
        } catch (e) {
          if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
          throw e;
        }
      });
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
