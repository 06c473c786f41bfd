import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gatherFieldFilters } from '../../../core/field-filters.js';
import { ImportConfirm, ImportPreview, ImportQuery, ImportResult } from '../../../core/schemas/import.js';
import { ItemQuery } from '../../../core/schemas/item.js';
import { requireLogin } from '../../http/request-context.js';
import { MAX_IMPORT_BYTES } from './import.service.js';
import { confirmUpload, previewUpload } from './import.upload.js';
import { prepareLedgerExport } from './sheet.export.js';

/** `Content-Disposition` for a download with a Chinese file name (RFC 6266 / 5987). */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ExportQuery = ItemQuery.omit({ page: true, pageSize: true }).extend({
  layout: z.enum(['rows', 'perItem']).default('rows'),
});

export const spreadsheetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  // Uploads come as the raw body: the .xlsx bytes, up to 10 MB (this plugin only).
  app.addContentTypeParser(
    [XLSX, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/api/items/export.xlsx',
    {
      schema: {
        tags: ['spreadsheets'],
        summary: 'The items matching the filters as the printed ledger (.xlsx), streamed',
        querystring: ExportQuery,
      },
      preValidation: async (req) => {
        req.query = gatherFieldFilters(req.query) as typeof req.query;
      },
    },
    async (req, reply) => {
      const { layout, ...filters } = req.query;
      const prepared = await prepareLedgerExport(req.ctx, { ...filters, page: 1, pageSize: 500 }, { layout });
      const out = new PassThrough();
      prepared.writeTo(out).catch((e) => {
        req.log.error(e, 'export failed while streaming');
        out.destroy(e);
      });
      return (
        reply
          .header('content-type', XLSX)
          .header('content-disposition', attachment(prepared.filename))
          // The web app shows progress against the number of items.
          .header('x-ducha-items', String(prepared.total))
          .send(out)
      );
    },
  );

  app.post(
    '/api/imports/preview',
    {
      schema: {
        tags: ['spreadsheets'],
        summary: 'Reads an .xlsx ledger (raw body) and previews the import row by row; writes nothing',
        querystring: ImportQuery,
        response: { 200: ImportPreview },
      },
    },
    (req) => {
      const body = req.body;
      const buf = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      return previewUpload(req.ctx, req.query.ledgerId, buf);
    },
  );

  app.post(
    '/api/imports/confirm',
    {
      schema: {
        tags: ['spreadsheets'],
        summary: 'Applies the previewed file, named by its hash, in one transaction',
        body: ImportConfirm,
        response: { 200: ImportResult },
      },
    },
    (req) => confirmUpload(req.ctx, req.body.ledgerId, req.body.fileHash),
  );
};
