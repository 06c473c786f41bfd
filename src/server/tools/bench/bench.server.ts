/**
 * Entry of the server child process that the bench measures (RSS under load):
 * what `ducha serve` does — open, migrate, ensure the admin, build the app,
 * listen — configured by the environment the bench passes. No first-start
 * web build (Vite would run inside the process and inflate the very memory
 * being measured); static files only for `--web`, from DUCHA_BENCH_WEB_ROOT.
 */
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { migrate, openDatabase } from '../../db/database.js';
import { ensureAdmin } from '../../modules/user/bootstrap.js';

const config = loadConfig();
const handle = openDatabase(config.database);
await migrate(handle.db);
await ensureAdmin(handle, config.adminPassword);
const app = await buildApp({
  db: handle,
  logLevel: config.logLevel,
  webRoot: process.env.DUCHA_BENCH_WEB_ROOT || null,
});
await app.listen({ port: config.port, host: config.host });
console.log(`Ducha bench server is serving on http://${config.host}:${config.port}`);
// The bench asks for the heap breakdown to explain the resident set it reads from /proc.
process.on('SIGUSR2', () => console.log(`BENCH_MEMORY ${JSON.stringify(process.memoryUsage())}`));
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => handle.close())
    .finally(() => process.exit(0));
});
