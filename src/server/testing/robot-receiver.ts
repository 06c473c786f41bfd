import http from 'node:http';

export interface RobotCall {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The HTTP status the receiver answered. */
  status: number;
}

/**
 * A local HTTP server standing in for the DingTalk, WeCom and Feishu robots:
 * records every request and answers 200 `{"errcode":0}`, or a failure for the
 * next `failNext(path, n)` requests to a path.
 */
export async function startRobotReceiver() {
  const calls: RobotCall[] = [];
  const failures = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const left = failures.get(url.pathname) ?? 0;
      const status = left > 0 ? 500 : 200;
      if (left > 0) failures.set(url.pathname, left - 1);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = {};
      }
      calls.push({ path: url.pathname, query: url.searchParams, body, status });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 200 ? '{"errcode":0,"errmsg":"ok"}' : '{"errcode":-1,"errmsg":"busy"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    calls,
    failNext(path: string, n: number) {
      failures.set(path, n);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
