import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SettingsOut, SettingsPatch } from '../../../core/schemas/settings.js';
import { inTransaction } from '../../context.js';
import { requireLogin } from '../../http/request-context.js';
import { authorize } from '../access/policy.js';
import { appendAudit } from '../audit/audit.repo.js';
import { recomputeAllItems } from '../item/item.recompute.js';
import {
  readRuleSettings,
  readSettings,
  SETTING_DEFAULTS,
  type SettingKey,
  writeSetting,
} from './settings.service.js';

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['settings'];
  app.get('/api/settings', { schema: { tags, response: { 200: SettingsOut } } }, async (req) => {
    authorize(req.ctx, 'settings.read');
    return readSettings(req.ctx);
  });
  app.patch(
    '/api/settings',
    { schema: { tags, body: SettingsPatch, response: { 200: SettingsOut } } },
    async (req) => {
      authorize(req.ctx, 'settings.write');
      const { before, after } = await inTransaction(req.ctx, async (tx) => {
        const before = await readSettings(tx);
        for (const [key, value] of Object.entries(req.body)) {
          if (key in SETTING_DEFAULTS && typeof value === 'number')
            await writeSetting(tx, key as SettingKey, value);
        }
        const after = await readSettings(tx);
        await appendAudit(tx, {
          action: 'settings.update',
          entity: 'settings',
          entityId: null,
          outcome: 'success',
          before,
          after,
        });
        return { before, after };
      });
      // Lights are stored as threshold dates: new light settings mean new thresholds for every item.
      if (
        before['light.warnWorkingDays'] !== after['light.warnWorkingDays'] ||
        before['light.milestoneRedDays'] !== after['light.milestoneRedDays']
      )
        await recomputeAllItems(req.ctx, await readRuleSettings(req.ctx));
      return after;
    },
  );
};
