import type { Kysely } from 'kysely';

/**
 * Issue 12 (the security administrator's screen, milestones done on a date)
 * and issue 13 (a TOTP second factor):
 * - `user_totp`: one authenticator per user — the secret sealed under a key
 *   kept outside the database, when it was confirmed, and the last time step
 *   accepted, so that a code is never accepted twice.
 * - `login_challenges`: a password checked, a code still owed; the browser
 *   holds the random token, the table its hash.
 * - `users.last_failed_login_at`: when the last failed login of the account
 *   happened, for the security administrator's list of failures.
 * - `milestones.done_note`: what the lead unit wrote when marking a step done.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('user_totp')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_step', 'integer')
    .execute();
  await db.schema
    .createTable('login_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('login_challenges_user').on('login_challenges').column('user_id').execute();
  await db.schema.alterTable('users').addColumn('last_failed_login_at', 'text').execute();
  await db.schema.alterTable('milestones').addColumn('done_note', 'text').execute();
  // The second factor is required by default (setting `mfa.required`). A database that already
  // holds the demo district keeps its one-command start, as a demo loaded from now on does.
  const demo = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'duchashi')
    .executeTakeFirst();
  if (demo)
    await db
      .insertInto('settings')
      .values({ key: 'mfa.required', value: '0' })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('settings').where('key', 'in', ['mfa.required', 'mfa.allUsers']).execute();
  await db.schema.alterTable('milestones').dropColumn('done_note').execute();
  await db.schema.alterTable('users').dropColumn('last_failed_login_at').execute();
  await db.schema.dropTable('login_challenges').execute();
  await db.schema.dropTable('user_totp').execute();
}
