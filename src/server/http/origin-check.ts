import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The origins a browser may change data from: the server's own (as the
 * request reached it) and the configured public URL's (behind a proxy the two
 * differ). Exported for the test.
 */
export function allowedOrigins(req: FastifyRequest, publicUrl: string | undefined): Set<string> {
  const out = new Set([`${req.protocol}://${req.host}`]);
  if (publicUrl) out.add(new URL(publicUrl).origin);
  return out;
}

/**
 * Refuses a state-changing API request a browser sent from another site
 * (SECURITY.md: Origin / Fetch-Metadata check, a second wall behind the
 * SameSite=Lax cookie): `Sec-Fetch-Site` other than same-origin or none
 * (typed or bookmarked), or an `Origin` that is not this server's. Requests
 * with neither header — the command line, scripts, server-to-server — are not
 * a browser's and pass; their session cookie is their own.
 */
export function installOriginCheck(app: FastifyInstance, opts: { publicUrl?: string } = {}): void {
  app.addHook('onRequest', async (req) => {
    if (!CHANGES.has(req.method) || !req.url.startsWith('/api/')) return;
    const site = req.headers['sec-fetch-site'];
    if (site && site !== 'same-origin' && site !== 'none') throw crossSite();
    const origin = req.headers.origin;
    if (origin && !allowedOrigins(req, opts.publicUrl).has(origin)) throw crossSite();
  });
}

const crossSite = () =>
  new AppError('forbidden', [
    {
      zh: '来自其他网站的请求已被拒绝，请在本系统页面内操作',
      en: 'A request from another site was refused; act from within this application',
    },
  ]);
