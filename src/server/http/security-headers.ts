import type { FastifyInstance } from 'fastify';

/**
 * The Content Security Policy of every response (SECURITY.md HDR-1): scripts
 * only from the app's own files — the built index.html has no inline script
 * (security-headers.api.test checks it) and the web app sets zod to jitless,
 * so it never probes `new Function` (which the policy would report as a
 * violation on every page) —, no plugins, no <base>, no framing. Styles allow
 * inline: Ant Design writes its CSS-in-JS into <style> elements.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Security headers on every response, API and web app alike; `no-store` on
 * the API so that no cache keeps what a user was shown; HSTS only when the
 * request came over TLS (a plain-HTTP answer cannot pin HTTPS).
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    // A route may set a stricter policy of its own (a downloaded file is sandboxed): keep it.
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (req.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
