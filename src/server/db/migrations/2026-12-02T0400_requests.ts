import type { Kysely } from 'kysely';
import { autoIncrementType, dialectOf } from '../dialect.js';

/**
 * The supervision workflow of supervisors and leaders:
 * - `item_requests`: extension, adjustment, completion and cancellation requests, each with
 *   the approval chain copied at submission (a chain changed later binds only new requests)
 *   and the item status to restore when it is refused;
 * - `request_decisions`: one row per step decided (approve or refuse, with the comment);
 * - `approval_chains`: the chain the office set for a ledger (none: the default);
 * - `item_light_history`: every change of an item's light, when, from what, to what, why;
 * - `item_checkbacks`: follow-up checks (回头看) of closed items;
 * - on `items`: the date the closed-late judgement uses once an extension was asked after the
 *   deadline, the closing rating, and the supervisor's latest confidence judgement.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  for (const [name, type] of [
    ['judged_due_date', 'text'],
    ['closing_rating', 'integer'],
    ['closing_comment', 'text'],
    ['judgement_level', 'integer'],
    ['judgement_reason', 'text'],
    ['judgement_on', 'text'],
    ['judgement_by', 'text'],
  ] as const)
    await db.schema.alterTable('items').addColumn(name, type).execute();
  await db.schema.createIndex('items_judgement').on('items').columns(['judgement_level']).execute();

  await db.schema
    .createTable('item_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_by_name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('requested_after_deadline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('chain', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('waiting_on', 'text')
    .addColumn('prior_status', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('item_requests_item').on('item_requests').columns(['item_id']).execute();
  await db.schema.createIndex('item_requests_waiting').on('item_requests').columns(['waiting_on']).execute();

  await db.schema
    .createTable('request_decisions')
    .addColumn('seq', autoIncrementType(dialect), (c) => c.primaryKey())
    .addColumn('request_id', 'text', (c) => c.notNull().references('item_requests.id'))
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('step_kind', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('rating', 'integer')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_by_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('request_decisions_request')
    .on('request_decisions')
    .columns(['request_id', 'seq'])
    .execute();

  await db.schema
    .createTable('approval_chains')
    .addColumn('ledger_id', 'text', (c) => c.primaryKey().references('ledgers.id'))
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('item_light_history')
    .addColumn('seq', autoIncrementType(dialect), (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('from_light', 'text')
    .addColumn('to_light', 'text')
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createIndex('item_light_history_item')
    .on('item_light_history')
    .columns(['item_id', 'seq'])
    .execute();

  await db.schema
    .createTable('item_checkbacks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('planned_on', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('findings', 'text')
    .addColumn('reopened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('planned_by_name', 'text', (c) => c.notNull())
    .addColumn('done_by_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('item_checkbacks_item').on('item_checkbacks').columns(['item_id']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'item_checkbacks',
    'item_light_history',
    'approval_chains',
    'request_decisions',
    'item_requests',
  ])
    await db.schema.dropTable(t).execute();
  await db.schema.dropIndex('items_judgement').execute();
  for (const c of [
    'judged_due_date',
    'closing_rating',
    'closing_comment',
    'judgement_level',
    'judgement_reason',
    'judgement_on',
    'judgement_by',
  ])
    await db.schema.alterTable('items').dropColumn(c).execute();
}
