import { sql } from 'kysely';
import type { Db } from './database.js';

/**
 * Separation of the database owner from the role the server works as
 * (SECURITY.md AUDIT-2, issue 13). On PostgreSQL the owner of a table may
 * `ALTER TABLE … DISABLE TRIGGER`, `TRUNCATE` or drop the append-only
 * triggers of `audit_log`; a role that only holds privileges may not. The
 * owner runs the migrations; the application role gets exactly what the
 * features need:
 *
 * - USAGE on the schema (no CREATE);
 * - SELECT, INSERT, UPDATE, DELETE on the business tables;
 * - on `audit_log` SELECT and INSERT only (append, read, verify);
 * - SELECT on Kysely's migration tables (the backup manifest names the schema version);
 * - USAGE on the sequences (nextval for new rows; setval, which needs UPDATE, is the owner's: restore);
 * - never TRUNCATE, REFERENCES or TRIGGER, and it owns nothing.
 *
 * Sessions, jobs, LISTEN/NOTIFY and advisory locks need nothing beyond that.
 * Tables added by later migrations: default privileges give the application
 * role the business grants on tables and sequences the owner creates, and
 * the grant is re-applied (it is idempotent) by `serve` and `ducha migrate`
 * whenever both URLs are configured, which keeps `audit_log` narrowed even if
 * a migration recreated it.
 */

/** Tables the application role may only read and append to. Today: the audit log alone. */
export const APPEND_ONLY_TABLES = ['audit_log'] as const;
/** Tables of the migrator: readable, never written by the server. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/** A PostgreSQL role name as an operator types it: letters, digits, `_`; at most 63 bytes. */
export function checkRoleName(role: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(role))
    throw new Error(
      `"${role}" is not a plain role name (letters, digits and _, starting with a letter or _, at most 63)`,
    );
  return role;
}

export interface GrantSummary {
  role: string;
  schema: string;
  /** Tables with SELECT, INSERT, UPDATE, DELETE. */
  businessTables: string[];
  /** Tables with SELECT, INSERT only. */
  appendOnlyTables: string[];
  sequences: number;
}

/**
 * Gives `role` the application role's privileges on every table of the current
 * schema, as the owner (the connection of `db`). Idempotent: run it again after
 * every migration. Refuses the owner itself, a superuser and a missing role.
 */
export async function grantAppRole(db: Db, role: string): Promise<GrantSummary> {
  checkRoleName(role);
  return db.transaction().execute(async (trx) => {
    // Instances starting together grant one after the other (concurrent GRANTs: "tuple concurrently updated").
    await sql`SELECT pg_advisory_xact_lock(hashtext('ducha.grant-app-role'))`.execute(trx);
    const me = await sql<{
      owner: string;
      schema: string;
    }>`SELECT current_user AS owner, current_schema() AS schema`.execute(trx);
    const { owner, schema } = me.rows[0];
    if (owner === role)
      throw new Error(`${role} is the owner of the tables; the application role must be another role`);
    const found = await sql<{
      rolsuper: boolean;
    }>`SELECT rolsuper FROM pg_roles WHERE rolname = ${role}`.execute(trx);
    if (!found.rows.length)
      throw new Error(`role ${role} does not exist: CREATE ROLE ${role} LOGIN PASSWORD '…' first`);
    if (found.rows[0].rolsuper)
      throw new Error(`${role} is a superuser: it can alter every table whatever is granted`);
    const tables = await sql<{
      tablename: string;
      tableowner: string;
    }>`SELECT tablename, tableowner FROM pg_tables WHERE schemaname = ${schema} ORDER BY tablename`.execute(
      trx,
    );
    const owned = tables.rows.filter((t) => t.tableowner === role).map((t) => t.tablename);
    if (owned.length)
      throw new Error(
        `${role} owns ${owned.join(', ')}; transfer them first: ALTER TABLE … OWNER TO ${owner}`,
      );

    const r = sql.id(role);
    const s = sql.id(schema);
    await sql`GRANT USAGE ON SCHEMA ${s} TO ${r}`.execute(trx);
    await sql`REVOKE CREATE ON SCHEMA ${s} FROM ${r}`.execute(trx);
    const business: string[] = [];
    const appendOnly: string[] = [];
    for (const { tablename } of tables.rows) {
      const t = sql.table(`${schema}.${tablename}`);
      // Start from nothing, so that a privilege given by hand (or by default privileges) does not linger.
      await sql`REVOKE ALL ON TABLE ${t} FROM ${r}`.execute(trx);
      if ((APPEND_ONLY_TABLES as readonly string[]).includes(tablename)) {
        await sql`GRANT SELECT, INSERT ON TABLE ${t} TO ${r}`.execute(trx);
        appendOnly.push(tablename);
      } else if (MIGRATION_TABLES.includes(tablename)) {
        await sql`GRANT SELECT ON TABLE ${t} TO ${r}`.execute(trx);
      } else {
        await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE ${t} TO ${r}`.execute(trx);
        business.push(tablename);
      }
    }
    const seqs = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pg_sequences WHERE schemaname = ${schema}`.execute(trx);
    await sql`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${s} FROM ${r}`.execute(trx);
    await sql`GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`.execute(trx);
    // Tables and sequences this owner creates later (new migrations) are usable at once.
    await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`.execute(
      trx,
    );
    await sql`ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE ON SEQUENCES TO ${r}`.execute(trx);
    return {
      role,
      schema,
      businessTables: business,
      appendOnlyTables: appendOnly,
      sequences: seqs.rows[0].n,
    };
  });
}

/** Who the connection of `db` works as. */
export async function currentRole(db: Db): Promise<string> {
  const r = await sql<{ role: string }>`SELECT current_user AS role`.execute(db);
  return r.rows[0].role;
}

/**
 * Why the role of `db` could alter or empty the audit log, or null when it
 * cannot: it owns `audit_log` (or is a member of its owner), is a superuser,
 * or holds UPDATE, DELETE, TRUNCATE or TRIGGER on it.
 */
export async function auditTamperRisk(db: Db): Promise<string | null> {
  const r = await sql<{
    role: string;
    owner: string | null;
    inherits_owner: boolean | null;
    superuser: boolean;
    writable: boolean | null;
  }>`SELECT current_user AS role, t.tableowner AS owner,
       pg_has_role(current_user, t.tableowner, 'USAGE') AS inherits_owner,
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
       has_table_privilege(current_user, 'audit_log', 'UPDATE, DELETE, TRUNCATE, TRIGGER') AS writable
     FROM (SELECT 1) one
     LEFT JOIN pg_tables t ON t.tablename = 'audit_log' AND t.schemaname = current_schema()`.execute(db);
  const x = r.rows[0];
  if (x.superuser) return `the server works as ${x.role}, a superuser`;
  if (x.owner === null) return null;
  if (x.owner === x.role) return `the server works as ${x.role}, the owner of audit_log`;
  if (x.inherits_owner)
    return `the server works as ${x.role}, a member of ${x.owner}, the owner of audit_log`;
  if (x.writable) return `the server's role ${x.role} holds UPDATE, DELETE, TRUNCATE or TRIGGER on audit_log`;
  return null;
}

/** The start-up warning of `serve` on PostgreSQL, or null when the serving role cannot alter the audit log. */
export async function auditRoleWarning(db: Db): Promise<string | null> {
  const risk = await auditTamperRisk(db);
  if (!risk) return null;
  return (
    `WARNING: ${risk}: it could ALTER TABLE audit_log DISABLE TRIGGER, TRUNCATE it or drop its append-only triggers. ` +
    'An office installation serves as an application role: set DUCHA_MIGRATE_DATABASE_URL to the owner, ' +
    'DUCHA_DATABASE_URL to the application role, and run `ducha db grant-app-role <role>` (README "Configuration").'
  );
}
