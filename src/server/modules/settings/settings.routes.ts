import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SettingsOut, SettingsPatch } from '../../../core/schemas/settings.js';
import { requireLogin } from '../../http/request-context.js';
import { getSettings, updateSettings } from './settings.service.js';

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['settings'];
  app.get('/api/settings', { schema: { tags, response: { 200: SettingsOut } } }, (req) =>
    getSettings(req.ctx),
  );
  app.patch(
    '/api/settings',
    { schema: { tags, body: SettingsPatch, response: { 200: SettingsOut } } },
    (req) => updateSettings(req.ctx, req.body),
  );
};
