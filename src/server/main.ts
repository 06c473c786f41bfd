import fs from 'node:fs';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { auditRoleWarning, currentRole, grantAppRole } from './db/app-role.js';
import { type DbHandle, migrate, openDatabase } from './db/database.js';
import { advanceAuditAnchor, lastAuditSeq } from './modules/audit/audit.repo.js';
import { openAuditSeal, readAnchor, setAuditSeal } from './modules/audit/audit.seal.js';
import { ensureAdmin } from './modules/user/bootstrap.js';
import { createServices } from './platform/services.js';

/** Opens the database, migrates, makes sure an admin exists, and serves until a signal stops it. */
export async function serve(
  config: Config,
  hooks: { afterMigrate?: (h: ReturnType<typeof openDatabase>) => Promise<void> } = {},
) {
  setAuditSeal(openAuditSeal(config.dataDir, config.auditKey));
  const handle = openDatabase(config.database);
  await migrateAsOwner(config, handle);
  await warnIfAuditHeadMissing(handle);
  await ensureAdmin(handle, config.adminPassword);
  await hooks.afterMigrate?.(handle);
  await advanceAuditAnchor(handle.db);
  const app = await buildApp({
    db: handle,
    logLevel: config.logLevel,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    https: config.tls
      ? { cert: fs.readFileSync(config.tls.cert), key: fs.readFileSync(config.tls.key) }
      : undefined,
    services: createServices(config, handle),
  });
  await app.listen({ port: config.port, host: config.host });
  const url = `${config.tls ? 'https' : 'http'}://${config.host}:${config.port}`;
  console.log(`Ducha 督察台账 is serving on ${url} (database: ${handle.dialect})`);
  const plainWarning = plainHttpWarning(config);
  if (plainWarning) console.warn(plainWarning);
  console.log(
    `Open ${url} and log in as admin (system admin) or another account of this database: the demo users listed when the demo was loaded, or the logins a kept bench data set printed.`,
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

/**
 * The migration step of `serve`. With DUCHA_MIGRATE_DATABASE_URL (PostgreSQL) the owner migrates and
 * re-applies the application role's grants (new tables, and audit_log kept to SELECT and INSERT); the
 * server then works as the application role. Either way a serving role that could alter the audit log
 * is announced loudly.
 */
export async function migrateAsOwner(
  config: Pick<Config, 'database' | 'migrateDatabase'>,
  handle: DbHandle,
): Promise<void> {
  if (!config.migrateDatabase) await migrate(handle.db);
  else {
    const owner = openDatabase(config.migrateDatabase);
    try {
      await migrate(owner.db);
      const role = await currentRole(handle.db);
      if (role !== (await currentRole(owner.db))) await grantAppRole(owner.db, role);
    } finally {
      await owner.close();
    }
  }
  if (handle.dialect === 'postgres') {
    const warning = await auditRoleWarning(handle.db);
    if (warning) console.error(warning);
  }
}

/**
 * Passwords and session cookies cross the network in the clear when the
 * server answers plain HTTP on an address other machines reach, unless a TLS
 * proxy in front does it (DUCHA_PUBLIC_URL https with DUCHA_TRUST_PROXY).
 */
export function plainHttpWarning(
  config: Pick<Config, 'host' | 'tls' | 'publicUrl' | 'trustProxy'>,
): string | null {
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(config.host);
  const proxied = !!config.trustProxy && !!config.publicUrl?.startsWith('https:');
  if (config.tls || loopback || proxied) return null;
  return (
    `WARNING: serving plain HTTP on ${config.host}: passwords and sessions cross the network unencrypted. ` +
    'Set DUCHA_TLS_CERT and DUCHA_TLS_KEY, or put a TLS proxy in front (DUCHA_PUBLIC_URL=https://… and DUCHA_TRUST_PROXY).'
  );
}

/**
 * A cheap check at start: when the database's audit log ends before the head
 * anchor in the data folder, rows were deleted (or this is another database).
 * Loud, not fatal: the office must still be able to run and investigate.
 */
async function warnIfAuditHeadMissing(handle: ReturnType<typeof openDatabase>): Promise<void> {
  const { auditSeal } = await import('./modules/audit/audit.seal.js');
  const anchor = readAnchor(await auditSeal());
  if (!anchor) return;
  const last = await lastAuditSeq(handle.db);
  if (last < anchor.seq)
    console.error(
      `WARNING: the audit log ends at seq ${last} but this installation saw seq ${anchor.seq}: rows were deleted. Run \`npx ducha verify\`.`,
    );
}
