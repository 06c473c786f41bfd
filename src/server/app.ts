import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DbHandle } from './db/database.js';
import { frameworkErrorReply, installErrorHandler } from './http/error-handler.js';
import { installOriginCheck } from './http/origin-check.js';
import { installRequestContext } from './http/request-context.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { zodValidatorCompiler } from './http/validation.js';
import { auditPlugin } from './modules/audit/audit.plugin.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authPlugin } from './modules/auth/auth.plugin.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { checklistRoutes } from './modules/checklist/checklist.routes.js';
import { demoRoutes } from './modules/demo/demo.routes.js';
import { documentRoutes } from './modules/documents/documents.routes.js';
import { fileRoutes } from './modules/file/file.routes.js';
import { inspectionRoutes } from './modules/inspection/inspection.routes.js';
import { lightHistoryJob } from './modules/item/item.light-history.js';
import { itemRoutes } from './modules/item/item.routes.js';
import { ledgerRoutes } from './modules/ledger/ledger.routes.js';
import { meetingRoutes } from './modules/meeting/meeting.routes.js';
import { noticeRoutes } from './modules/notice/notice.routes.js';
import { notificationRoutes } from './modules/notification/notification.routes.js';
import { notificationStream } from './modules/notification/notification.stream.js';
import { planRoutes } from './modules/plan/plan.routes.js';
import { type NoticeIssuer, noticeIssuer } from './modules/reminder/notice-issuer.js';
import { installReminderJobs } from './modules/reminder/reminder.jobs.js';
import { reminderRoutes } from './modules/reminder/reminder.routes.js';
import { reportRoutes } from './modules/report/report.routes.js';
import { requestRoutes } from './modules/request/request.routes.js';
import { securityRoutes } from './modules/security/security.routes.js';
import { pingDatabase } from './modules/settings/settings.repo.js';
import { settingsRoutes } from './modules/settings/settings.routes.js';
import { similarRoutes } from './modules/similar/similar.routes.js';
import { spreadsheetRoutes } from './modules/spreadsheet/sheet.routes.js';
import { statsRoutes } from './modules/stats/stats.routes.js';
import { supervisionRoutes } from './modules/supervision/supervision.routes.js';
import { templateRoutes } from './modules/template/template.routes.js';
import { timelineRoutes } from './modules/timeline/timeline.routes.js';
import { unitRoutes } from './modules/unit/unit.routes.js';
import { urgeRoutes } from './modules/urge/urge.routes.js';
import { userRoutes } from './modules/user/user.routes.js';
import { LocalFileStorage } from './platform/file-storage.js';
import { DbJobScheduler } from './platform/job-scheduler.js';
import { LogMailer } from './platform/mailer.js';
import { OutboundGuard } from './platform/outbound.js';
import { liveUpdatesFor, type Services } from './platform/services.js';
import { HttpWebhookSender } from './platform/webhook.js';

export interface AppOptions {
  db: DbHandle;
  /** The clock; tests pin it. */
  now?: () => Date;
  logLevel?: string;
  /** Trust X-Forwarded-For (only behind a proxy you run; otherwise clients could forge their audited address). */
  /** Fastify's trustProxy: true, or the proxies' addresses / CIDRs whose X-Forwarded-* count. */
  trustProxy?: boolean | string[];
  /** The address users open (DUCHA_PUBLIC_URL): an accepted Origin, and HTTPS there makes cookies Secure. */
  publicUrl?: string;
  /** Native HTTPS (DUCHA_TLS_CERT / DUCHA_TLS_KEY). */
  https?: { cert: Buffer; key: Buffer };
  /** Folder of the built web app; served at / when it exists. */
  webRoot?: string | null;
  /**
   * Files, mail, robots, jobs (`createServices` builds the configured ones).
   * Missing parts get defaults that touch nothing lasting: files in a
   * temporary folder removed on close, mail only logged.
   */
  services?: Partial<Services>;
  /** What the reminder ladder issues urging and supervision notices through. */
  noticeIssuer?: NoticeIssuer;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The platform services, for plugins that register jobs or need them outside a request. */
    services: Services;
    /** DUCHA_PUBLIC_URL, when set. */
    publicUrl: string | null;
  }
}

/** Text, JSON and XML, but never `text/event-stream`. */
const COMPRESSIBLE = /^text\/(?!event-stream)|[+/]json(?:;|$)|[+/]xml(?:;|$)|^application\/javascript/;

export const DEFAULT_WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Builds the HTTP app without listening: `main.ts` listens, tests use `app.inject()`. */
/**
 * Responses up to this size are compressed in one call on the event loop, larger ones through a
 * stream on libuv's threads (@fastify/compress picks 8 KB on two cores). A list page is 30–60 KB
 * of JSON: brotli at quality 4 takes 0.4–0.7 ms for it in one call, where the stream added ~1 ms
 * to each response and a compression context per response in flight: on 20,000 items the server's
 * resident set after a 16-client read mix went from 289–305 MB to 224–229 MB, the list's latency
 * from 6.6 to 5.7 ms, at the same throughput.
 */
const SYNC_COMPRESS_BYTES = 65_536;

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.https ? { https: opts.https } : {}),
    logger: opts.logLevel && opts.logLevel !== 'silent' ? { level: opts.logLevel } : false,
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorReply,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Ducha 督察台账 API',
        description: 'Key-work supervision ledger: units, ledgers, items, responsibilities, milestones.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifyCookie);
  // Issue 14: JSON lists shrink several times over (brotli at quality 4, cheap enough per request).
  // Not the live updates (an event stream must reach the browser as written), not stored
  // attachments (photos, PDFs, office files: compressed already), not bodies under 1 KB;
  // static assets come pre-compressed from the build. Requests are not inflated: the body limit
  // must hold on what arrives.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    syncThreshold: SYNC_COMPRESS_BYTES,
    customTypes: COMPRESSIBLE,
    globalDecompression: false,
  });
  const now = opts.now ?? (() => new Date());
  const services = withDefaultServices(app, opts, now);
  app.decorate('services', services);
  app.decorate('publicUrl', opts.publicUrl ?? null);
  // The app owns the scheduler's life: jobs tick while it serves, and stop with it.
  services.jobs.register(lightHistoryJob(opts.db));
  // Rungs 3 and 4 of the ladder issue notices through this; the notices module's issueNotice replaces it.
  installReminderJobs(app, opts.db, opts.noticeIssuer ?? noticeIssuer);
  app.addHook('onReady', async () => services.jobs.start());
  app.addHook('onClose', async () => services.jobs.stop());
  app.addHook('onClose', async () => services.live.close());
  installSecurityHeaders(app);
  installOriginCheck(app, { publicUrl: opts.publicUrl });
  installRequestContext(app, opts.db, now, services);
  await app.register(authPlugin);
  const webRoot = opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot;
  const hasWeb = !!webRoot && fs.existsSync(path.join(webRoot, 'index.html'));
  // The build writes .br and .gz beside each asset; send those when the browser accepts them.
  if (webRoot && hasWeb)
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, maxAge: '1h', preCompressed: true });
  installErrorHandler(app, { spaFallback: hasWeb });
  await app.register(auditPlugin);

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        response: {
          200: z.object({ status: z.literal('ok'), db: z.enum(['sqlite', 'postgres']), time: z.string() }),
        },
      },
    },
    async () => {
      await pingDatabase(opts.db);
      return { status: 'ok' as const, db: opts.db.dialect, time: new Date().toISOString() };
    },
  );

  for (const routes of [
    authRoutes,
    unitRoutes,
    userRoutes,
    ledgerRoutes,
    similarRoutes,
    itemRoutes,
    statsRoutes,
    auditRoutes,
    settingsRoutes,
    securityRoutes,
    timelineRoutes,
    fileRoutes,
    reportRoutes,
    meetingRoutes,
    requestRoutes,
    supervisionRoutes,
    templateRoutes,
    spreadsheetRoutes,
    documentRoutes,
    noticeRoutes,
    urgeRoutes,
    inspectionRoutes,
    planRoutes,
    checklistRoutes,
    notificationRoutes,
    notificationStream,
    reminderRoutes,
    demoRoutes,
  ])
    await app.register(routes);

  return app;
}

function withDefaultServices(app: FastifyInstance, opts: AppOptions, now: () => Date): Services {
  const given = opts.services ?? {};
  let files = given.files;
  if (!files) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ducha-files-'));
    app.addHook('onClose', async () => fs.rmSync(dir, { recursive: true, force: true }));
    files = new LocalFileStorage(dir);
  }
  const outbound = given.outbound ?? new OutboundGuard();
  return {
    files,
    outbound,
    mailer: given.mailer ?? new LogMailer((line) => app.log.warn(line)),
    webhooks: given.webhooks ?? new HttpWebhookSender({ guard: outbound, now }),
    jobs:
      given.jobs ??
      new DbJobScheduler(opts.db, { now, onError: (job, err) => app.log.error({ err, job }, 'job failed') }),
    live: given.live ?? liveUpdatesFor(opts.db, (line) => app.log.warn(line)),
  };
}
