import type { FastifyPluginAsync } from 'fastify';
import { requireLogin } from '../../http/request-context.js';
import { countUnread } from './notification.repo.js';

/**
 * `GET /api/notifications/stream`: server-sent events with the user's unread
 * count — once on connect, then whenever their notifications change on any
 * instance (platform/live-updates). The browser's EventSource reconnects by
 * itself; a comment every 25 s keeps proxies from closing an idle stream.
 * Left out of the OpenAPI document: it is a stream, not a JSON resource.
 */
export const notificationStream: FastifyPluginAsync = async (app) => {
  // Open streams end when the server closes (before it waits for requests in flight).
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const close of [...streams]) close();
  });
  app.get(
    '/api/notifications/stream',
    { preHandler: requireLogin, schema: { hide: true } },
    async (req, reply) => {
      const user = req.ctx.user;
      if (!user) return;
      const db = req.ctx.db;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
      });
      let open = true;
      let last = -1;
      // Counts are sent in order and only when they changed.
      let sending = Promise.resolve();
      const send = () => {
        sending = sending.then(async () => {
          if (!open) return;
          try {
            const n = await countUnread({ db }, user.id);
            if (open && n !== last) {
              last = n;
              res.write(`event: unread\ndata: ${JSON.stringify({ unread: n })}\n\n`);
            }
          } catch {
            // The next change or reconnect sends the count again.
          }
        });
      };
      const unsubscribe = app.services.live.subscribe(user.id, send);
      const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
      ping.unref();
      const close = () => {
        if (!open) return;
        open = false;
        streams.delete(close);
        clearInterval(ping);
        unsubscribe();
        res.end();
      };
      streams.add(close);
      req.raw.on('close', close);
      send();
    },
  );
};
