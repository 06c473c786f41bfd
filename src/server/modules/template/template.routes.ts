import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../core/schemas/common.js';
import { FieldValues, TemplateOut, TemplateUpdate } from '../../../core/schemas/template.js';
import { requireLogin } from '../../http/request-context.js';
import { getFieldValues, getTemplate, saveTemplate, setFieldValues } from './template.service.js';

export const templateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['templates'];

  app.get(
    '/api/ledgers/:id/template',
    { schema: { tags, params: IdParams, response: { 200: TemplateOut } } },
    (req) => getTemplate(req.ctx, req.params.id),
  );
  app.put(
    '/api/ledgers/:id/template',
    { schema: { tags, params: IdParams, body: TemplateUpdate, response: { 200: TemplateOut } } },
    (req) => saveTemplate(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/items/:id/fields',
    { schema: { tags, params: IdParams, response: { 200: FieldValues } } },
    (req) => getFieldValues(req.ctx, req.params.id),
  );
  app.put(
    '/api/items/:id/fields',
    { schema: { tags, params: IdParams, body: FieldValues, response: { 200: FieldValues } } },
    (req) => setFieldValues(req.ctx, req.params.id, req.body),
  );
};
