import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ItemOut } from '../../core/schemas/item.js';
import { buildApp } from '../app.js';
import type { DatabaseConfig } from '../config.js';
import { migrateAsOwner } from '../main.js';
import { verifyAuditChain } from '../modules/audit/audit.repo.js';
import { writeSetting } from '../modules/settings/settings.service.js';
import { systemCtx } from '../system.js';
import { TEST_PASSWORD } from '../testing/factories.js';
import { TEST_NOW, type TestApp } from '../testing/test-app.js';
import { createTestDb, TEST_DIALECT, type TestDb } from '../testing/test-db.js';
import { buildWorld } from '../testing/world.js';
import { auditRoleWarning, auditTamperRisk, checkRoleName, grantAppRole } from './app-role.js';
import { type DbHandle, openDatabase } from './database.js';

/**
 * On PostgreSQL the server works as an application role that cannot alter,
 * empty or un-trigger the audit log (SECURITY.md AUDIT-2, issue 13), while
 * every feature still works through it. The tests connect as the superuser
 * `postgres` (trust auth), make a role of their own and drop it afterwards.
 */
const PG_ADMIN_URL = process.env.DUCHA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pgOnly = TEST_DIALECT === 'postgres';
const unique = () => `${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
const role = `ducha_app_${unique()}`;

async function admin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

/** The same database as `config`, connected as `user`. */
function asRole(config: DatabaseConfig, user: string): DatabaseConfig {
  if (config.dialect !== 'postgres') throw new Error('PostgreSQL only');
  const url = new URL(config.url);
  url.username = user;
  return { dialect: 'postgres', url: url.toString() };
}

/** Runs raw SQL as the application role; resolves to the error message, or null when it was allowed. */
async function refusal(config: DatabaseConfig, query: string): Promise<string | null> {
  if (config.dialect !== 'postgres') throw new Error('PostgreSQL only');
  const c = new pg.Client({ connectionString: config.url });
  await c.connect();
  try {
    await c.query(query);
    return null;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await c.end();
  }
}

describe('checkRoleName', () => {
  it.each(['ducha_app', '_x', 'A1'])('accepts %s', (n) => expect(checkRoleName(n)).toBe(n));
  it.each(['', '1app', 'app; DROP TABLE users', 'app-role', '"app"', 'x'.repeat(64)])('refuses %j', (n) =>
    expect(() => checkRoleName(n)).toThrow(/not a plain role name/),
  );
});

describe.runIf(pgOnly)('the application role on PostgreSQL', () => {
  let owner: TestDb;
  let appConfig: DatabaseConfig;
  let app: DbHandle;
  let t: TestApp;

  beforeAll(async () => {
    await admin((c) => c.query(`CREATE ROLE ${role} LOGIN`));
    owner = await createTestDb();
    const g = await grantAppRole(owner.handle.db, role);
    expect(g.appendOnlyTables).toEqual(['audit_log']);
    expect(g.businessTables).toContain('items');
    expect(g.businessTables).not.toContain('kysely_migration');
    appConfig = asRole(owner.config, role);
    app = openDatabase(appConfig);
    // The test app, wholly through the application role: the district is arranged and served by it.
    const fastify = await buildApp({ db: app, now: () => TEST_NOW, webRoot: null });
    const sys = systemCtx(app, TEST_NOW);
    await writeSetting(sys, 'mfa.required', 0);
    t = {
      app: fastify,
      db: { ...owner, handle: app },
      sys,
      async login(username, password = TEST_PASSWORD) {
        const res = await fastify.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password },
        });
        if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
        return `ducha_session=${res.cookies.find((c) => c.name === 'ducha_session')?.value}`;
      },
      request: (cookie, opts) =>
        fastify.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...(cookie ? { cookie } : {}) } }),
      close: async () => {},
    };
  });

  afterAll(async () => {
    await t?.app.close();
    await app?.close();
    await owner?.drop();
    await admin((c) => c.query(`DROP ROLE IF EXISTS ${role}`));
  });

  it('cannot empty, alter, un-trigger, edit or delete the audit log', async () => {
    const tries = {
      truncate: 'TRUNCATE audit_log',
      disableTrigger: 'ALTER TABLE audit_log DISABLE TRIGGER USER',
      disableOne: 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change',
      dropTrigger: 'DROP TRIGGER audit_log_no_change ON audit_log',
      dropTruncateGuard: 'DROP TRIGGER audit_log_no_truncate ON audit_log',
      dropTable: 'DROP TABLE audit_log',
      addColumn: 'ALTER TABLE audit_log ADD COLUMN x text',
      update: "UPDATE audit_log SET action = 'forged'",
      delete: 'DELETE FROM audit_log',
      setval: "SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), 1)",
      createTable: 'CREATE TABLE shadow (x int)',
    };
    for (const [what, query] of Object.entries(tries))
      expect(await refusal(appConfig, query), what).toMatch(/permission denied|must be owner/);
    // Refused by the privileges, before the append-only trigger would be reached.
    expect(await refusal(appConfig, 'DELETE FROM audit_log')).toMatch(
      /permission denied for table audit_log/,
    );
  });

  it('holds no TRUNCATE, REFERENCES or TRIGGER anywhere and owns nothing', async () => {
    // Asked in the test database itself, as its owner.
    const own = await refusal(
      owner.config,
      `DO $$ BEGIN
         IF EXISTS (SELECT 1 FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = '${role}')
         THEN RAISE EXCEPTION 'owns something'; END IF;
         IF EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind = 'r'
                    AND has_table_privilege('${role}', c.oid, 'TRUNCATE, REFERENCES, TRIGGER'))
         THEN RAISE EXCEPTION 'extra privilege'; END IF;
       END $$`,
    );
    expect(own).toBeNull();
  });

  it('serves every step through the role: log in, create an item, the audit row is written and the chain holds', async () => {
    const w = await buildWorld(t);
    const sup = await w.api('supervisor');
    const res = await sup.post('/api/items', w.itemInput({ title: '应用角色下登记的事项' }));
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json<ItemOut>();
    const audit = await app.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', item.id)
      .execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(audit[0].actor_id).toBe(w.users.supervisor.id);
    const edit = await sup.patch(`/api/items/${item.id}`, { goal: '年内完成', version: item.version });
    expect(edit.statusCode, edit.body).toBe(200);
    const logout = await sup.post('/api/auth/logout');
    expect(logout.statusCode).toBeLessThan(300);
    const chain = await verifyAuditChain({ db: app.db });
    expect(chain.intact, JSON.stringify(chain)).toBe(true);
    expect(chain.rows).toBeGreaterThan(10);
  });

  it('is not warned about, while the owner serving is', async () => {
    expect(await auditTamperRisk(app.db)).toBeNull();
    expect(await auditRoleWarning(app.db)).toBeNull();
    expect(await auditRoleWarning(owner.handle.db)).toMatch(
      /WARNING: .*superuser.*DUCHA_MIGRATE_DATABASE_URL/,
    );
  });

  it('gets the business grants on a table a later migration creates, and the grant can be repeated', async () => {
    const { sql } = await import('kysely');
    await sql`CREATE TABLE later_feature (id text PRIMARY KEY, n int)`.execute(owner.handle.db);
    expect(await refusal(appConfig, "INSERT INTO later_feature VALUES ('a', 1)")).toBeNull();
    expect(await refusal(appConfig, "UPDATE later_feature SET n = 2 WHERE id = 'a'")).toBeNull();
    expect(await refusal(appConfig, 'TRUNCATE later_feature')).toMatch(/permission denied/);
    const again = await grantAppRole(owner.handle.db, role);
    expect(again.businessTables).toContain('later_feature');
    expect(await refusal(appConfig, 'TRUNCATE audit_log')).toMatch(/permission denied/);
    await sql`DROP TABLE later_feature`.execute(owner.handle.db);
  });

  it('grants from several starting instances at once without a conflict', async () => {
    const others = [openDatabase(owner.config), openDatabase(owner.config), openDatabase(owner.config)];
    try {
      const all = await Promise.all(others.map((h) => grantAppRole(h.db, role)));
      for (const g of all) expect(g.appendOnlyTables).toEqual(['audit_log']);
    } finally {
      await Promise.all(others.map((h) => h.close()));
    }
    expect(await refusal(appConfig, 'DELETE FROM audit_log')).toMatch(/permission denied/);
  });

  it('refuses to grant to the owner itself, a superuser or a role that does not exist', async () => {
    await expect(grantAppRole(owner.handle.db, 'postgres')).rejects.toThrow(/owner of the tables/);
    await expect(grantAppRole(owner.handle.db, `nobody_${unique()}`)).rejects.toThrow(/does not exist/);
  });
});

describe.runIf(pgOnly)('serve with two URLs', () => {
  const name = `ducha_t_serve_${unique()}`;
  const serveRole = `ducha_app_${unique()}`;
  // As README "PostgreSQL: two roles" sets it up: an owner that is not a superuser.
  const ownerRole = `ducha_owner_${unique()}`;
  let ownerConfig: DatabaseConfig;

  beforeAll(async () => {
    await admin(async (c) => {
      await c.query(`CREATE ROLE ${ownerRole} LOGIN`);
      await c.query(`CREATE ROLE ${serveRole} LOGIN`);
      await c.query(`CREATE DATABASE ${name} OWNER ${ownerRole}`);
    });
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    await c.query(`ALTER SCHEMA public OWNER TO ${ownerRole}`).finally(() => c.end());
    ownerConfig = asRole({ dialect: 'postgres', url: url.toString() }, ownerRole);
  });

  afterAll(async () => {
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${serveRole}`);
      await c.query(`DROP ROLE IF EXISTS ${ownerRole}`);
    });
  });

  it('migrates an empty database as the owner, then works as the application role without a warning', async () => {
    const handle = openDatabase(asRole(ownerConfig, serveRole));
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await migrateAsOwner(
        { database: asRole(ownerConfig, serveRole), migrateDatabase: ownerConfig },
        handle,
      );
      expect(warn).not.toHaveBeenCalled();
      expect(await refusal(asRole(ownerConfig, serveRole), 'TRUNCATE audit_log')).toMatch(
        /permission denied/,
      );
      expect(await refusal(asRole(ownerConfig, serveRole), 'SELECT count(*) FROM items')).toBeNull();
    } finally {
      warn.mockRestore();
      await handle.close();
    }
  });

  it('with one URL migrates as before and warns loudly when that role owns the audit log', async () => {
    const handle = openDatabase(ownerConfig);
    const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await migrateAsOwner({ database: ownerConfig }, handle);
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(
          new RegExp(`WARNING: the server works as ${ownerRole}, the owner of audit_log`),
        ),
      );
    } finally {
      warn.mockRestore();
      await handle.close();
    }
  });
});
