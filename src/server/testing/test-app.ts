import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import type { Ctx } from '../context.js';
import { writeSetting } from '../modules/settings/settings.service.js';
import { OutboundGuard } from '../platform/outbound.js';
import { systemCtx } from '../system.js';
import { TEST_PASSWORD } from './factories.js';
import { createTestDb, type TestDb } from './test-db.js';

/** The day the tests live on (a Friday), so date rules give the same answers every run. */
export const TEST_NOW = new Date('2026-11-27T02:00:00Z');

export interface TestApp {
  app: FastifyInstance;
  db: TestDb;
  /** A system context for arranging data through the services. */
  sys: Ctx;
  /** Logs in and returns the session cookie header. */
  login(username: string, password?: string): Promise<string>;
  request(cookie: string | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestApp(
  now: () => Date = () => TEST_NOW,
  /** `secondFactor`: keep the office default (TOTP required of administrators and supervisors). */
  opts: {
    secondFactor?: boolean;
    /** DUCHA_OUTBOUND_ALLOW for the app (default: the production default, which lists no local address). */
    outboundAllow?: string;
  } = {},
): Promise<TestApp> {
  const db = await createTestDb();
  const services =
    opts.outboundAllow === undefined ? {} : { outbound: new OutboundGuard(opts.outboundAllow) };
  const app = await buildApp({ db: db.handle, now, webRoot: null, services });
  const sys = systemCtx(db.handle, now());
  // The suites log in with a password alone, as the demo does; second-factor tests keep the default.
  if (!opts.secondFactor) await writeSetting(sys, 'mfa.required', 0);
  return {
    app,
    db,
    sys,
    async login(username, password = TEST_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'ducha_session');
      return `ducha_session=${cookie?.value}`;
    },
    request(cookie, opts) {
      return app.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...(cookie ? { cookie } : {}) } });
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
