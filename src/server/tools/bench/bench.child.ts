import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { BENCH_SUPERVISOR } from './bench.generate.js';

/**
 * Server child processes for the bench and the drills: the real `serve` path
 * (bench.server.ts) on a scratch database, on a free port, and the supervisor's
 * login to it. The drills kill these children with SIGKILL on purpose.
 */
// Compiled ahead (dist/server) the child runs the compiled entry; from the sources, through tsx.
const COMPILED = import.meta.url.endsWith('.js');
const ENTRY = fileURLToPath(new URL(COMPILED ? './bench.server.js' : './bench.server.ts', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The entry of another bench child (the scale-out bench's balancer), compiled or from the sources like the server's. */
export const childEntry = (name: string) =>
  fileURLToPath(new URL(COMPILED ? `./${name}.js` : `./${name}.ts`, import.meta.url));

/** Starts the child and resolves once it says it is serving; the output is drained so that it never blocks. */
export function startServer(env: NodeJS.ProcessEnv, entry = ENTRY): Promise<ChildProcess> {
  const child = spawn(process.execPath, COMPILED ? [entry] : ['--import', 'tsx', entry], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the server did not start within 60 s')), 60_000);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${e.message}\n${tail}`));
    };
    const watch = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
      if (tail.includes('is serving on')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', watch);
    child.stderr?.on('data', watch);
    child.once('exit', (code) => fail(new Error(`the server exited early (code ${code})`)));
  });
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    // Gone already, by its own exit or by a signal (the crash drill kills it on purpose).
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function login(base: string, password: string, username = BENCH_SUPERVISOR): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ducha_session='));
  if (!cookie) throw new Error('login gave no session cookie');
  return cookie.split(';')[0];
}

export interface BenchServer {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * A server child on the bench database, on a free port; it serves the built
 * web app too when `webRoot` is given. However the bench ends (Ctrl-C
 * included), the child must not outlive it.
 */
export async function startBenchServer(opts: {
  url: string;
  password: string;
  webRoot?: string;
  /** More environment for the child (the drills give it their own data folder and audit key). */
  env?: NodeJS.ProcessEnv;
}): Promise<BenchServer> {
  const port = await freePort();
  const child = await startServer({
    ...process.env,
    DUCHA_DATABASE_URL: opts.url,
    DUCHA_PORT: String(port),
    DUCHA_HOST: '127.0.0.1',
    DUCHA_ADMIN_PASSWORD: opts.password,
    DUCHA_BENCH_WEB_ROOT: opts.webRoot ?? '',
    ...opts.env,
  });
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    async stop() {
      await stopServer(child);
      process.removeListener('exit', killChild);
    },
  };
}
