import { buildApp } from './app.js';
import type { Config } from './config.js';
import { migrate, openDatabase } from './db/database.js';
import { ensureAdmin } from './modules/user/bootstrap.js';
import { createServices } from './platform/services.js';

/** Opens the database, migrates, makes sure an admin exists, and serves until a signal stops it. */
export async function serve(
  config: Config,
  hooks: { afterMigrate?: (h: ReturnType<typeof openDatabase>) => Promise<void> } = {},
) {
  const handle = openDatabase(config.database);
  await migrate(handle.db);
  await ensureAdmin(handle, config.adminPassword);
  await hooks.afterMigrate?.(handle);
  const app = await buildApp({
    db: handle,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    services: createServices(config, handle),
  });
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host}:${config.port}`;
  console.log(`Ducha 督察台账 is serving on ${url} (database: ${handle.dialect})`);
  console.log(
    `Open ${url} and log in as admin (system admin) or one of the demo users listed when the demo was loaded.`,
  );
  const stop = async (signal: string) => {
    console.log(`${signal}: closing`);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return { app, handle, url };
}
