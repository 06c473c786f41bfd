import { type MatrixArea, ownAccount, the } from '../../testing/matrix.js';
import { notify } from './notification.service.js';

/** A notification for `userId`, written as the ladder would. */
async function seedNotification(userId: string): Promise<string> {
  const written = await notify(the.world.t.sys, [
    { userId, kind: 'info', title: '督办提醒', body: '【2026-AZ-001】还有 3 个工作日' },
  ]);
  return written.get(userId) as string;
}

/** A delivery that failed for good, for the office to see and retry. */
async function seedFailedDelivery(): Promise<string> {
  const notificationId = await seedNotification(the.world.users.unitLead.id);
  const at = the.world.t.sys.now.toISOString();
  const id = `d-${Math.random().toString(36).slice(2)}`;
  await the.world.t.sys.db
    .insertInto('deliveries')
    .values({
      id,
      notification_id: notificationId,
      channel: 'email',
      target: 'lead@example.cn',
      status: 'failed',
      attempts: 6,
      next_attempt_at: at,
      lease_until: null,
      last_error: '550 mailbox unavailable',
      sent_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** The permission matrix's rows for notifications and channels: see access.matrix.test.ts. */
export const notificationMatrix: MatrixArea = {
  actions: {
    'list my notifications': { route: 'GET /api/notifications', run: (c) => c.get('/api/notifications') },
    'count unread notifications': {
      route: 'GET /api/notifications/unread-count',
      run: (c) => c.get('/api/notifications/unread-count'),
    },
    'mark my notification read': {
      route: 'POST /api/notifications/{id}/read',
      run: async (c, p) => c.post(`/api/notifications/${await seedNotification(ownAccount(p).id)}/read`, {}),
    },
    // Nobody reads another user's notifications: not found for all.
    "mark another user's notification read": {
      route: 'POST /api/notifications/{id}/read',
      run: async (c) =>
        c.post(`/api/notifications/${await seedNotification(the.world.users.auditor.id)}/read`, {}),
    },
    'mark all notifications read': {
      route: 'POST /api/notifications/read-all',
      run: (c) => c.post('/api/notifications/read-all', {}),
    },
    'read my channel preferences': {
      route: 'GET /api/me/notification-preferences',
      run: (c) => c.get('/api/me/notification-preferences'),
    },
    'choose my channels': {
      route: 'PUT /api/me/notification-preferences',
      run: async (c) => {
        const now = await c.get('/api/me/notification-preferences');
        const version = now.statusCode === 200 ? now.json().version : 0;
        return c.put('/api/me/notification-preferences', {
          channels: ['in_app', 'email'],
          quietStart: '22:00',
          quietEnd: '07:30',
          version,
        });
      },
    },
    'read channels': { route: 'GET /api/channels', run: (c) => c.get('/api/channels') },
    'configure channels': {
      route: 'PUT /api/channels',
      run: (c) =>
        c.put('/api/channels', {
          smtp: {
            host: 'smtp.example.cn',
            port: 25,
            secure: false,
            username: null,
            from: 'ducha@example.cn',
          },
          robots: [],
        }),
    },
    'list deliveries': { route: 'GET /api/deliveries', run: (c) => c.get('/api/deliveries') },
    'retry a failed delivery': {
      route: 'POST /api/deliveries/{id}/retry',
      run: async (c) => c.post(`/api/deliveries/${await seedFailedDelivery()}/retry`, {}),
    },
  },
  // biome-ignore format: the table reads as a matrix
  expected: {
    //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
    'list my notifications':  [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
    'count unread notifications': [200, 200, 200, 200, 200, 200, 200,   200, 200, 200, 401],
    'mark my notification read': [200, 200, 200, 200,  200,  200,  200,   200, 200, 200, 401],
    "mark another user's notification read": [404, 404, 404, 404, 404, 404, 404, 404, 404, 200, 401],
    'mark all notifications read': [200, 200, 200, 200, 200, 200, 200,  200, 200, 200, 401],
    'read my channel preferences': [200, 200, 200, 200, 200, 200, 200,  200, 200, 200, 401],
    'choose my channels':     [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
    'read channels':          [200, 200, 200,  403,  403,  403,  403,   200, 200, 403, 401],
    'configure channels':     [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
    'list deliveries':        [200, 200, 200,  403,  403,  403,  403,   200, 403, 403, 401],
    'retry a failed delivery': [200, 200, 200, 403,  403,  403,  403,   200, 403, 403, 401],
  },
};
