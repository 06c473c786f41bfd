import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Issue 13, trustworthy out of the box:
 * - `audit_log.mac_alg`: rows from now on carry an HMAC-SHA256 keyed outside
 *   the database (`hmac-sha256`); older rows (NULL) keep their plain hash.
 * - PostgreSQL refuses TRUNCATE of the audit log (row triggers do not see it).
 * - `login_throttle`: failed-login counters per address and per account in
 *   the database, so that limits hold across instances on PostgreSQL.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('mac_alg', 'text').execute();
  if (dialectOf(db) === 'postgres')
    await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(
      db,
    );
  await db.schema
    .createTable('login_throttle')
    // `ip:<address>` or `name:<hmac of the name typed>`: never the typed name itself.
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
  if (dialectOf(db) === 'postgres') await sql`DROP TRIGGER audit_log_no_truncate ON audit_log`.execute(db);
  await db.schema.alterTable('audit_log').dropColumn('mac_alg').execute();
}
