import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams, listOf } from '../../../core/schemas/common.js';
import {
  ChannelsInput,
  ChannelsOut,
  DeliveryOut,
  DeliveryQuery,
  NotificationOut,
  NotificationQuery,
  PrefsInput,
  PrefsOut,
  UnreadCount,
} from '../../../core/schemas/notification.js';
import { requireLogin } from '../../http/request-context.js';
import { getChannels, putChannels } from './channels.service.js';
import { listDeliveries, retryDelivery } from './delivery.service.js';
import {
  getMyPrefs,
  listMyNotifications,
  myUnreadCount,
  putMyPrefs,
  readAllNotifications,
  readNotification,
} from './notification.service.js';

/** Notifications (the bell), each user's channel preferences, the office's channels and the outbox. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireLogin);
  const tags = ['notifications'];
  app.get(
    '/api/notifications',
    { schema: { tags, querystring: NotificationQuery, response: { 200: listOf(NotificationOut) } } },
    (req) => listMyNotifications(req.ctx, req.query),
  );
  app.get('/api/notifications/unread-count', { schema: { tags, response: { 200: UnreadCount } } }, (req) =>
    myUnreadCount(req.ctx),
  );
  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        tags,
        params: IdParams,
        body: z.object({}).strict().optional(),
        response: { 200: NotificationOut },
      },
    },
    (req) => readNotification(req.ctx, req.params.id),
  );
  app.post(
    '/api/notifications/read-all',
    { schema: { tags, body: z.object({}).strict().optional(), response: { 200: UnreadCount } } },
    (req) => readAllNotifications(req.ctx),
  );
  app.get('/api/me/notification-preferences', { schema: { tags, response: { 200: PrefsOut } } }, (req) =>
    getMyPrefs(req.ctx),
  );
  app.put(
    '/api/me/notification-preferences',
    { schema: { tags, body: PrefsInput, response: { 200: PrefsOut } } },
    (req) => putMyPrefs(req.ctx, req.body),
  );

  const channels = ['channels'];
  app.get('/api/channels', { schema: { tags: channels, response: { 200: ChannelsOut } } }, (req) =>
    getChannels(req.ctx),
  );
  app.put(
    '/api/channels',
    { schema: { tags: channels, body: ChannelsInput, response: { 200: ChannelsOut } } },
    (req) => putChannels(req.ctx, req.body),
  );
  app.get(
    '/api/deliveries',
    { schema: { tags: channels, querystring: DeliveryQuery, response: { 200: listOf(DeliveryOut) } } },
    (req) => listDeliveries(req.ctx, req.query),
  );
  app.post(
    '/api/deliveries/:id/retry',
    {
      schema: {
        tags: channels,
        params: IdParams,
        body: z.object({}).strict().optional(),
        response: { 200: DeliveryOut },
      },
    },
    (req) => retryDelivery(req.ctx, req.params.id),
  );
};
