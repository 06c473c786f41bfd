import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../config.js';
import { type Balancer, createBalancer } from '../../platform/balancer.js';

/**
 * `ducha cluster`: N `ducha serve` processes on one PostgreSQL database, on
 * 127.0.0.1 ports P+1..P+N, and the balancer on P — a compose file in one
 * command. Everything an instance needs comes from the same environment
 * (DUCHA_DATABASE_URL, DUCHA_DATA_DIR, DUCHA_AUDIT_KEY…), so the instances
 * are interchangeable: sessions and login limits are rows, live updates go
 * through LISTEN/NOTIFY, and each job period is claimed once in `job_runs`.
 */
const BIN = fileURLToPath(new URL('../../../../bin/ducha.js', import.meta.url));

export interface ClusterOptions {
  instances: number;
  /** The balancer's port; the instances take the next ones. */
  port: number;
  config: Pick<Config, 'database' | 'host' | 'trustProxy'>;
  env?: NodeJS.ProcessEnv;
  /** Extra arguments of `serve` (e.g. `--no-demo`). */
  serveArgs?: string[];
  log?: (line: string) => void;
}

export interface Cluster {
  url: string;
  instances: { url: string; child: ChildProcess }[];
  balancer: Balancer;
  stop(): Promise<void>;
}

/**
 * The instances trust the balancer (it connects from 127.0.0.1) and whatever
 * proxies the installation already trusts in front of it, so that the audit
 * log and the login limits see the browser's address, not the balancer's.
 */
export function instanceTrust(trustProxy: boolean | string[]): string {
  if (trustProxy === true) return 'true';
  return ['127.0.0.1', ...(Array.isArray(trustProxy) ? trustProxy : [])].join(',');
}

/** Prints a child's output line by line under its number, and resolves when it says it serves. */
function startInstance(n: number, port: number, opts: ClusterOptions): Promise<ChildProcess> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), ...(opts.serveArgs ?? [])], {
    env: {
      ...(opts.env ?? process.env),
      DUCHA_HOST: '127.0.0.1',
      DUCHA_PORT: String(port),
      DUCHA_TRUST_PROXY: instanceTrust(opts.config.trustProxy),
    },
    // Ctrl-C reaches the group; the cluster stops the children itself, in order.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let started = false;
    let rest = '';
    const onData = (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        log(`[${n}] ${line}`);
        if (!started && line.includes('is serving on')) {
          started = true;
          resolve(child);
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => {
      if (!started) reject(new Error(`instance ${n} exited before serving (${signal ?? `code ${code}`})`));
      else log(`[${n}] stopped (${signal ?? `code ${code}`})`);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  if (opts.config.database.dialect !== 'postgres')
    throw new Error(
      'ducha cluster needs PostgreSQL (DUCHA_DATABASE_URL=postgres://…): a SQLite database is served by one process',
    );
  if (!Number.isInteger(opts.instances) || opts.instances < 1)
    throw new Error('--instances must be a positive whole number');
  if (opts.port + opts.instances > 65535) throw new Error('the instances’ ports would pass 65535');
  const ports = Array.from({ length: opts.instances }, (_, i) => opts.port + 1 + i);
  const children: ChildProcess[] = [];
  // However the cluster ends, no instance outlives it (they run in their own process groups).
  process.once('exit', () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });
  try {
    // The first instance migrates (and loads the demo into an empty database) alone; the others find it done.
    children.push(await startInstance(1, ports[0], opts));
    children.push(...(await Promise.all(ports.slice(1).map((p, i) => startInstance(i + 2, p, opts)))));
  } catch (e) {
    await Promise.all(children.map(stopChild));
    throw e;
  }
  const instances = ports.map((p, i) => ({ url: `http://127.0.0.1:${p}`, child: children[i] }));
  const balancer = createBalancer({
    backends: instances.map((i) => i.url),
    trustedProxies: opts.config.trustProxy,
    log: opts.log,
  });
  await new Promise<void>((resolve, reject) => {
    balancer.server.once('error', reject);
    balancer.server.listen(opts.port, opts.config.host, () => resolve());
  });
  return {
    url: `http://${opts.config.host}:${opts.port}`,
    instances,
    balancer,
    async stop() {
      await balancer.close();
      await Promise.all(children.map(stopChild));
    },
  };
}
