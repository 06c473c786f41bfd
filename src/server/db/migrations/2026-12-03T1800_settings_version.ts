import { type Kysely, sql } from 'kysely';
import { dialectOf } from '../dialect.js';

/**
 * Issue 14: every request reads the office settings and the working-day
 * calendar. A server keeps them in memory and checks one row instead:
 * `settings_version.token`, a random value that triggers replace whenever
 * `settings` or `calendar_overrides` change, whoever writes them (a service,
 * another instance, a script). Random rather than a counter, so that a
 * restored backup can never bring back a value that now means other contents.
 */
const WATCHED = ['settings', 'calendar_overrides'];

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('token', 'text', (c) => c.notNull())
    .execute();
  if (dialectOf(db) === 'postgres') {
    await sql`INSERT INTO settings_version (id, token) VALUES (1, md5(random()::text || clock_timestamp()::text))`.execute(
      db,
    );
    await sql`CREATE FUNCTION settings_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE settings_version SET token = md5(random()::text || clock_timestamp()::text) WHERE id = 1;
        RETURN NULL;
      END $$`.execute(db);
    for (const table of WATCHED)
      await sql`CREATE TRIGGER ${sql.raw(`${table}_version_bump`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION settings_version_bump()`.execute(
        db,
      );
    return;
  }
  await sql`INSERT INTO settings_version (id, token) VALUES (1, hex(randomblob(16)))`.execute(db);
  for (const table of WATCHED)
    for (const op of ['INSERT', 'UPDATE', 'DELETE'])
      await sql`CREATE TRIGGER ${sql.raw(`${table}_version_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON ${sql.table(table)}
        BEGIN UPDATE settings_version SET token = hex(randomblob(16)) WHERE id = 1; END`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    for (const table of WATCHED)
      await sql`DROP TRIGGER ${sql.raw(`${table}_version_bump`)} ON ${sql.table(table)}`.execute(db);
    await sql`DROP FUNCTION settings_version_bump()`.execute(db);
  } else
    for (const table of WATCHED)
      for (const op of ['insert', 'update', 'delete'])
        await sql`DROP TRIGGER ${sql.raw(`${table}_version_${op}`)}`.execute(db);
  await db.schema.dropTable('settings_version').execute();
}
