#!/usr/bin/env node
// End-to-end tests: builds the web app, starts the real server on a fresh demo
// database and a free port, runs e2e/**/*.test.ts in Chromium (playwright-core)
// through vitest, and always stops the server and removes the database.
//
//   npm run test:e2e                       all browser tests
//   npm run test:e2e -- e2e/login.test.ts  some of them (arguments go to vitest)
//   DUCHA_E2E_SKIP_BUILD=1 npm run test:e2e  reuse dist/web as it is
//   DUCHA_E2E_KEEP=1                       keep the temp folder (database, server log)
//   CHROMIUM_PATH=/path/to/chromium        another Chromium than /usr/bin/chromium
//
// Screenshots go to e2e-screenshots/ (kept out of git).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitestArgs = process.argv.slice(2);
const started = Date.now();
const log = (msg) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `[e2e] Chromium is missing at ${chromium}. Install it (apt-get install -y chromium fonts-wqy-zenhei) ` +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
  process.exit(1);
}

// 1. The web app from the current sources.
if (process.env.DUCHA_E2E_SKIP_BUILD !== '1') {
  log('building the web app (vite build)…');
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) {
    console.error('[e2e] vite build failed');
    process.exit(build.status ?? 1);
  }
}
// The server compiled ahead from the current sources (a second or two), so that it starts at once.
if (process.env.DUCHA_E2E_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/server/cli/index.js'))) {
  const server = spawnSync(process.execPath, [join(root, 'scripts/build-server.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (server.status !== 0) {
    console.error('[e2e] building the server failed');
    process.exit(server.status ?? 1);
  }
}
if (process.env.DUCHA_E2E_SKIP_BUILD === '1' && !existsSync(join(root, 'dist/web/index.html'))) {
  console.error('[e2e] DUCHA_E2E_SKIP_BUILD=1 but dist/web is missing');
  process.exit(1);
}

// 2. A fresh database in a temp folder, a free port.
const tmp = mkdtempSync(join(tmpdir(), 'ducha-e2e-'));
const serverLog = join(tmp, 'server.log');
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const adminPassword = 'admin12345';
const demoPassword = 'demo12345';
mkdirSync(join(root, 'e2e-screenshots'), { recursive: true });

let server = null;
let tests = null;
let cleaned = null;

/** Stops the tests and the server and removes the temp folder (once, whoever asks first). */
function cleanup() {
  cleaned ??= doCleanup();
  return cleaned;
}

async function doCleanup() {
  await stop(tests);
  await stop(server);
  server = null;
  if (process.env.DUCHA_E2E_KEEP === '1') log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

/** Set once a signal arrived: the run stops, cleans up and exits 130. */
let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    log(`${signal}: stopping`);
    interrupted = cleanup().finally(() => process.exit(130));
  });
}

let code = 1;
try {
  log(`starting the server on ${baseUrl} (database in ${tmp})…`);
  const out = openSync(serverLog, 'a');
  server = spawn(process.execPath, [join(root, 'bin/ducha.js'), 'serve'], {
    cwd: root,
    stdio: ['ignore', out, out],
    detached: true,
    env: {
      ...process.env,
      DUCHA_DATABASE_URL: `sqlite:${join(tmp, 'ducha.db')}`,
      DUCHA_PORT: String(port),
      DUCHA_HOST: '127.0.0.1',
      DUCHA_DATA_DIR: tmp,
      DUCHA_ADMIN_PASSWORD: adminPassword,
      DUCHA_DEMO_PASSWORD: demoPassword,
      DUCHA_LOG_LEVEL: process.env.DUCHA_LOG_LEVEL ?? 'warn',
    },
  });
  await waitForHealth(server, baseUrl, 120_000);
  log('server is up with the demo district');

  tests = spawn(
    process.execPath,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'e2e/vitest.config.ts', ...vitestArgs],
    {
      cwd: root,
      stdio: 'inherit',
      // Its own process group, so that stopping it also stops its workers and their Chromium.
      detached: true,
      env: {
        ...process.env,
        DUCHA_E2E_BASE_URL: baseUrl,
        DUCHA_E2E_ADMIN_PASSWORD: adminPassword,
        DUCHA_E2E_DEMO_PASSWORD: demoPassword,
        DUCHA_E2E_SCREENSHOTS: join(root, 'e2e-screenshots'),
        CHROMIUM_PATH: chromium,
      },
    },
  );
  code = await new Promise((resolve) => {
    tests.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    tests.on('error', () => resolve(1));
  });
  log(code === 0 ? 'browser tests passed' : `browser tests failed (exit ${code})`);
  if (code !== 0 && !interrupted) printServerLog();
} catch (e) {
  console.error(`[e2e] ${e instanceof Error ? e.message : e}`);
  printServerLog();
  code = 1;
} finally {
  await cleanup();
}
// After a signal, its handler decides the exit code once the cleanup is done.
if (interrupted) await interrupted;
process.exit(code);

function printServerLog() {
  try {
    const text = readFileSync(serverLog, 'utf8');
    console.error(`--- server log (last 40 lines) ---\n${text.split('\n').slice(-40).join('\n')}`);
  } catch {
    // no log yet
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(child, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server exited early (code ${child.exitCode ?? child.signalCode})`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

/** Stops a child started in its own process group: the group gets SIGTERM, then SIGKILL after 8 s. */
async function stop(child) {
  if (!child) return;
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signalGroup('SIGTERM');
    const timer = setTimeout(() => signalGroup('SIGKILL'), 8000);
    await exited;
    clearTimeout(timer);
  }
  // Anything the child left behind in its group (a worker, a browser).
  signalGroup('SIGKILL');
}
