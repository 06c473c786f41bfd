import type { Kysely } from 'kysely';

/**
 * Notifications and the reminder ladder (issue 9).
 *
 * - `notifications`: what a user sees under the bell; a daily digest carries
 *   `digest_day`, unique per user, so that nobody gets two digests a day.
 * - `deliveries`: the outbox, one row per notification and channel (in-app,
 *   e-mail, robot), claimed by the delivery job, retried with back-off, then
 *   marked failed for the office to see.
 * - `notification_prefs`: each user's channels and quiet hours.
 * - `robots`: group-chat robots the office configured, per unit or office-wide.
 * - `reminders`: what the ladder sent, unique per (item, reason, subject, rung,
 *   day, unit), so that a day's run repeated never sends anything twice.
 * - `ladder_runs`: the days the ladder has run, written in the run's own
 *   transaction: a run killed half-way leaves no row and is run again.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.references('items.id'))
    .addColumn('digest_day', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('notifications_unread')
    .on('notifications')
    .columns(['user_id', 'read_at'])
    .execute();
  await db.schema
    .createIndex('notifications_digest')
    .on('notifications')
    .columns(['user_id', 'digest_day'])
    .unique()
    .execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notification_id', 'text', (c) => c.notNull().references('notifications.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    // The e-mail address, or the robot's id.
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    // While a job sends it: the instant after which another instance may take it over.
    .addColumn('lease_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deliveries_due')
    .on('deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema.createIndex('deliveries_notification').on('deliveries').column('notification_id').execute();

  await db.schema
    .createTable('notification_prefs')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    // JSON array of channels: in_app is always on; email, robot by choice.
    .addColumn('channels', 'text', (c) => c.notNull())
    .addColumn('quiet_start', 'text')
    .addColumn('quiet_end', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('robots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // null: the office-wide robot.
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('rung', 'integer', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('recipient_id', 'text', (c) => c.references('users.id'))
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('notice_id', 'text')
    .addColumn('notice_number', 'text')
    .addColumn('notification_id', 'text', (c) => c.references('notifications.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('reminders_once')
    .on('reminders')
    .columns(['item_id', 'reason', 'subject_id', 'rung', 'day', 'unit_id'])
    .unique()
    .execute();
  await db.schema.createIndex('reminders_day').on('reminders').columns(['day', 'rung']).execute();

  await db.schema
    .createTable('ladder_runs')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('ran_at', 'text', (c) => c.notNull())
    .addColumn('reminders', 'integer', (c) => c.notNull())
    .addColumn('digests', 'integer', (c) => c.notNull())
    .addColumn('notices', 'integer', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'ladder_runs',
    'reminders',
    'robots',
    'notification_prefs',
    'deliveries',
    'notifications',
  ])
    await db.schema.dropTable(table).execute();
}
