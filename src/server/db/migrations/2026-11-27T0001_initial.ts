import { type Kysely, sql } from 'kysely';
import { autoIncrementType, dialectOf } from '../dialect.js';

/**
 * The ledger core: units, people and their sessions, ledgers, items with their
 * task-book targets, responsibilities and milestones, settings and the audit log.
 * Frozen once landed: later changes go in new migrations.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const ts = (t: ReturnType<typeof db.schema.createTable>) =>
    t
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('calendar_overrides')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .execute();

  await ts(
    db.schema
      .createTable('units')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('short_name', 'text')
      .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('units.id'))
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await ts(
    db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('unit_id', 'text', (c) => c.references('units.id'))
      .addColumn('roles', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('phone', 'text')
      .addColumn('email', 'text')
      .addColumn('password_hash', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked_until', 'text'),
  ).execute();
  await db.schema.createIndex('users_unit').on('users').columns(['unit_id', 'display_name']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await ts(
    db.schema
      .createTable('ledgers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('ledgers_year_code', ['year', 'code'])
      .addUniqueConstraint('ledgers_year_name', ['year', 'name']),
  ).execute();

  await db.schema
    .createTable('user_ledgers')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('ledger_id', 'text', (c) => c.notNull().references('ledgers.id'))
    .addPrimaryKeyConstraint('user_ledgers_pk', ['user_id', 'ledger_id'])
    .execute();

  await db.schema
    .createTable('code_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await ts(
    db.schema
      .createTable('items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('ledger_id', 'text', (c) => c.notNull().references('ledgers.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_ref', 'text')
      .addColumn('goal', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('priority', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull())
      .addColumn('current_due_date', 'text', (c) => c.notNull())
      .addColumn('extension_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('cadence', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('items.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('assigned_on', 'text')
      .addColumn('closed_on', 'text')
      // The light thresholds of core/light.ts: light as of D = red if red_from <= D, …
      .addColumn('yellow_from', 'text')
      .addColumn('red_from', 'text')
      .addColumn('lit', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_by', 'text', (c) => c.references('users.id')),
  ).execute();
  await db.schema.createIndex('items_ledger_code').on('items').columns(['ledger_id', 'code']).execute();
  await db.schema.createIndex('items_parent').on('items').column('parent_id').execute();
  await db.schema.createIndex('items_status_code').on('items').columns(['status', 'code']).execute();
  await db.schema.createIndex('items_lit_due').on('items').columns(['lit', 'current_due_date']).execute();
  await db.schema.createIndex('items_lit_red').on('items').columns(['lit', 'red_from']).execute();
  await db.schema.createIndex('items_lit_yellow').on('items').columns(['lit', 'yellow_from']).execute();
  await db.schema.createIndex('items_due').on('items').column('due_date').execute();
  await db.schema.createIndex('items_updated').on('items').column('updated_at').execute();

  await db.schema
    .createTable('item_targets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('target_value', 'double precision', (c) => c.notNull())
    .addColumn('baseline_value', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('current_value', 'double precision')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('item_targets_item').on('item_targets').column('item_id').execute();

  // Item facts that lists and per-unit counts need are copied onto each
  // responsibility row (ledger, status, light thresholds, due date), so that
  // "this unit's items by light" is one index range, not a join over all items.
  await db.schema
    .createTable('responsibilities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('leader_id', 'text', (c) => c.references('users.id'))
    .addColumn('deputy_id', 'text', (c) => c.references('users.id'))
    .addColumn('responsible_id', 'text', (c) => c.references('users.id'))
    .addColumn('acknowledged_at', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ledger_id', 'text', (c) => c.notNull())
    .addColumn('item_status', 'text', (c) => c.notNull())
    .addColumn('item_lit', 'integer', (c) => c.notNull())
    .addColumn('item_due', 'text', (c) => c.notNull())
    .addColumn('item_yellow_from', 'text')
    .addColumn('item_red_from', 'text')
    .addColumn('item_closed_late', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('responsibilities_item_unit', ['item_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('responsibilities_unit_stats')
    .on('responsibilities')
    .columns([
      'unit_id',
      'item_lit',
      'item_red_from',
      'item_yellow_from',
      'item_due',
      'item_status',
      'item_closed_late',
    ])
    .execute();
  await db.schema
    .createIndex('responsibilities_unit_item')
    .on('responsibilities')
    .columns(['unit_id', 'item_id', 'role'])
    .execute();

  await db.schema
    .createTable('milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('planned_date', 'text', (c) => c.notNull())
    .addColumn('done_date', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('milestones_item')
    .on('milestones')
    .columns(['item_id', 'planned_date'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', autoIncrementType(dialect), (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('ip', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_entity').on('audit_log').columns(['entity', 'entity_id']).execute();
  await db.schema.createIndex('audit_actor').on('audit_log').columns(['actor_id', 'seq']).execute();

  if (dialect === 'sqlite') {
    // The audit log is append-only: the database itself refuses edits and deletions.
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
      db,
    );
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(
      db,
    );
  } else {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$ LANGUAGE plpgsql`.execute(
      db,
    );
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(
      db,
    );
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'audit_log',
    'milestones',
    'responsibilities',
    'item_targets',
    'items',
    'code_counters',
    'user_ledgers',
    'ledgers',
    'sessions',
    'users',
    'units',
    'calendar_overrides',
    'settings',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
