import http from 'node:http';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * A small HTTP load balancer in front of several `ducha serve` instances on
 * one PostgreSQL database (`ducha cluster`, the scale-out bench). Round robin
 * over the instances; an instance that refuses connections is left out for a
 * moment. Responses are streamed as they come, so the notifications stream
 * (server-sent events) passes, and so do connection upgrades (websockets).
 *
 * X-Forwarded-For: the instances trust the balancer's address
 * (DUCHA_TRUST_PROXY) and take the client address from this header for the
 * audit log and the login limits. A client could write the header itself, so
 * the balancer replaces it with the address the connection came from, unless
 * that address is a proxy it is told to trust (a TLS terminator in front):
 * then it appends, as each trusted hop does (SECURITY.md, ASVS 15.3.4).
 */
export interface BalancerOptions {
  /** The instances, e.g. `http://127.0.0.1:3001`. */
  backends: string[];
  /** Proxies in front of the balancer whose X-Forwarded-For / -Proto are kept: addresses / CIDRs, or true for any. */
  trustedProxies?: boolean | string[];
  /** How long an instance that refused a connection is skipped. */
  downMs?: number;
  log?: (line: string) => void;
}

/** Headers that belong to one connection, not to the request (RFC 9110 §7.6.1). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Requests without a body can go to another instance when the first one refuses the connection. */
const RETRYABLE = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Backend {
  url: URL;
  downUntil: number;
}

export function trustsAddress(trusted: boolean | string[] | undefined, address: string): boolean {
  if (trusted === true) return true;
  if (!Array.isArray(trusted) || trusted.length === 0) return false;
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address);
  } catch {
    return false;
  }
  return trusted.some((entry) => {
    try {
      const [range, bits] = entry.includes('/')
        ? ipaddr.parseCIDR(entry)
        : [ipaddr.process(entry), ipaddr.process(entry).kind() === 'ipv4' ? 32 : 128];
      const mapped = range.kind() === ip.kind() ? ip : null;
      return !!mapped && mapped.match(range, bits);
    } catch {
      return false;
    }
  });
}

/** The forwarded headers the instance receives for a request that came from `peer`. */
export function forwardedHeaders(
  incoming: http.IncomingHttpHeaders,
  peer: string,
  trusted: boolean | string[] | undefined,
): { 'x-forwarded-for': string; 'x-forwarded-proto': string } {
  const keep = trustsAddress(trusted, peer);
  const xff = keep ? [incoming['x-forwarded-for']].flat().filter(Boolean).join(', ') : '';
  const proto = keep ? [incoming['x-forwarded-proto']].flat()[0] : undefined;
  return {
    'x-forwarded-for': xff ? `${xff}, ${peer}` : peer,
    'x-forwarded-proto': proto || 'http',
  };
}

function requestHeaders(req: http.IncomingMessage, trusted: BalancerOptions['trustedProxies']) {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers))
    if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
  // The Host header passes unchanged: the instances check a request's Origin against it.
  return { ...out, ...forwardedHeaders(req.headers, req.socket.remoteAddress ?? '', trusted) };
}

export interface Balancer {
  server: http.Server;
  /** Stops accepting, ends open streams and tunnels, and resolves once the server is closed. */
  close(): Promise<void>;
}

export function createBalancer(opts: BalancerOptions): Balancer {
  if (!opts.backends.length) throw new Error('the balancer needs at least one instance');
  const backends: Backend[] = opts.backends.map((u) => ({ url: new URL(u), downUntil: 0 }));
  const downMs = opts.downMs ?? 2_000;
  const log = opts.log ?? (() => undefined);
  // Kept-alive connections to the instances: a new TCP connection per request would cost more than the proxying.
  // Idle ones are closed after 30 s, before the instance's own keep-alive timeout (Fastify: 72 s), so that a
  // request is not sent on a connection the instance is closing at that moment.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 30_000 });
  let next = 0;
  // Upgraded connections are no longer the HTTP server's to end: the balancer ends them on close.
  const tunnels = new Set<net.Socket>();

  /** The next instance in turn that is not resting after a refusal (all of them when all are). */
  const pick = (): Backend => {
    const now = Date.now();
    for (let i = 0; i < backends.length; i++) {
      const b = backends[next++ % backends.length];
      if (b.downUntil <= now) return b;
    }
    return backends[next++ % backends.length];
  };
  const markDown = (b: Backend, err: Error) => {
    if (b.downUntil <= Date.now())
      log(`balancer: ${b.url.host} refused (${err.message}); skipped for ${downMs} ms`);
    b.downUntil = Date.now() + downMs;
  };

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, tries: number) => {
    const backend = pick();
    const upstream = http.request({
      agent,
      host: backend.url.hostname,
      port: backend.url.port,
      method: req.method,
      path: req.url,
      headers: requestHeaders(req, opts.trustedProxies),
    });
    let answered = false;
    upstream.on('response', (up) => {
      answered = true;
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(up.headers))
        if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
      res.writeHead(up.statusCode ?? 502, up.statusMessage, headers);
      // Server-sent events must reach the browser as they are written, not when a buffer fills.
      res.flushHeaders();
      up.pipe(res);
      up.on('error', () => res.destroy());
    });
    upstream.on('error', (err: NodeJS.ErrnoException) => {
      if (answered) return res.destroy();
      const refused = err.code === 'ECONNREFUSED' || err.code === 'EHOSTUNREACH';
      // A kept-alive connection the instance closed just then: the instance is fine, the request can go again.
      const stale = err.code === 'ECONNRESET' && upstream.reusedSocket;
      if (refused || (err.code === 'ECONNRESET' && !stale)) markDown(backend, err);
      if (
        (refused || err.code === 'ECONNRESET') &&
        RETRYABLE.has(req.method ?? '') &&
        tries < backends.length + 1
      )
        return forward(req, res, tries + 1);
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('no instance answered\n');
      } else res.destroy();
    });
    // A browser that leaves (a closed tab ends its event stream) ends the instance's side too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    if (RETRYABLE.has(req.method ?? '')) {
      // Read to the end (nothing, normally) so the browser's connection can carry its next request.
      req.resume();
      upstream.end();
    } else req.pipe(upstream);
  };

  const server = http.createServer((req, res) => forward(req, res, 1));

  server.on('upgrade', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const backend = pick();
    const upstream = net.connect(Number(backend.url.port), backend.url.hostname, () => {
      const headers = {
        ...req.headers,
        ...forwardedHeaders(req.headers, client.remoteAddress ?? '', opts.trustedProxies),
      };
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (const [name, value] of Object.entries(headers))
        for (const v of [value].flat()) if (v !== undefined) lines.push(`${name}: ${v}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [upstream, client]) {
      tunnels.add(s);
      s.on('close', () => tunnels.delete(s));
    }
    upstream.on('error', (err) => {
      markDown(backend, err);
      client.destroy();
    });
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });

  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of tunnels) s.destroy();
        agent.destroy();
      }),
  };
}
