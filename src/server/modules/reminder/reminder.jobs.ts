import type { FastifyInstance } from 'fastify';
import type { DbHandle } from '../../db/database.js';
import { createDeliverer, deliveryJob } from '../notification/delivery.service.js';
import { ladderJob } from './ladder.job.js';
import type { NoticeIssuer } from './notice-issuer.js';

/** Registers the delivery job and the daily ladder on the app's scheduler; the deliverer closes with the app. */
export function installReminderJobs(app: FastifyInstance, db: DbHandle, issuer: NoticeIssuer): void {
  const deliverer = createDeliverer(db, app.services);
  app.services.jobs.register(deliveryJob(deliverer));
  app.services.jobs.register(ladderJob(db, app.services, { issuer, deliverer }));
  app.addHook('onClose', async () => deliverer.close());
}
