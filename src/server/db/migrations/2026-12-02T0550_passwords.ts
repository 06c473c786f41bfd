import type { Kysely } from 'kysely';
import { autoIncrementType, dialectOf } from '../dialect.js';

/**
 * The `mlps3` password profile (SECURITY.md AUTH-1, AUTH-5):
 * - `users.password_changed_at`: when the password was last set, for expiry;
 *   existing accounts count from now, not from the epoch.
 * - `users.must_change_password`: set by an administrator's reset and the
 *   bootstrap admin's generated password; until changed, the account may do
 *   nothing but change it.
 * - `password_history`: the hashes of the last passwords, not to be reused.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('password_changed_at', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db
    .updateTable('users')
    .set({ password_changed_at: new Date().toISOString() })
    .where('password_hash', 'is not', null)
    .execute();
  await db.schema
    .createTable('password_history')
    // Orders passwords set within the same millisecond (the clock of a test, a script).
    .addColumn('seq', autoIncrementType(dialectOf(db)), (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('password_history_user')
    .on('password_history')
    .columns(['user_id', 'seq'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('password_history').execute();
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
  await db.schema.alterTable('users').dropColumn('password_changed_at').execute();
}
