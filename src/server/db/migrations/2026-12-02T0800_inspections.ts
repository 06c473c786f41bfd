import type { Kysely } from 'kysely';

/**
 * The office's field work: inspections (督察记录) with their inspectors, the
 * items they cover and their findings; photos and files kept as evidence with
 * what their EXIF says; visit plans built from the ledger; checklists
 * (考评标准) of weighted criteria and the assessments scored against them.
 *
 * Evidence has its own table rather than `files`: a file there belongs to one
 * item and is seen by everyone who sees the item, while an inspection covers
 * several items (or none) and an unannounced one is hidden from the unit.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('inspections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('inspected_on', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('place', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text', (c) => c.notNull())
    // Unannounced inspections stay hidden from the unit until disclosed; the others are disclosed when made.
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disclosed_at', 'text')
    .addColumn('disclosed_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspections_unit')
    .on('inspections')
    .columns(['unit_id', 'hidden', 'inspected_on'])
    .execute();
  await db.schema.createIndex('inspections_day').on('inspections').columns(['inspected_on']).execute();

  await db.schema
    .createTable('inspection_items')
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('inspected_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('inspection_items_pk', ['inspection_id', 'item_id'])
    .execute();
  await db.schema
    .createIndex('inspection_items_item')
    .on('inspection_items')
    .columns(['item_id', 'inspected_on'])
    .execute();

  await db.schema
    .createTable('inspection_inspectors')
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addPrimaryKeyConstraint('inspection_inspectors_pk', ['inspection_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('inspection_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspections.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.references('items.id'))
    // The rectification item (整改事项) the finding became, once it did.
    .addColumn('rectification_item_id', 'text', (c) => c.references('items.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inspection_findings_inspection')
    .on('inspection_findings')
    .columns(['inspection_id', 'sort_order'])
    .execute();

  await db.schema
    .createTable('evidence')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_kind', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('thumbnail_key', 'text')
    .addColumn('taken_at', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('address', 'text')
    .addColumn('caption', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evidence_owner')
    .on('evidence')
    .columns(['owner_kind', 'owner_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('visit_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('plan_visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('visit_plans.id'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('items.id'))
    .addColumn('inspector_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('planned_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('inspection_id', 'text', (c) => c.references('inspections.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_visits_plan')
    .on('plan_visits')
    .columns(['plan_id', 'sort_order'])
    .execute();
  await db.schema
    .createIndex('plan_visits_inspector')
    .on('plan_visits')
    .columns(['inspector_id', 'planned_on'])
    .execute();

  await db.schema
    .createTable('checklists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('checklist_criteria')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('checklist_id', 'text', (c) => c.notNull().references('checklists.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('checklist_criteria_checklist')
    .on('checklist_criteria')
    .columns(['checklist_id', 'sort_order'])
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('checklist_id', 'text', (c) => c.notNull().references('checklists.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    .addColumn('inspection_id', 'text', (c) => c.references('inspections.id'))
    .addColumn('comments', 'text')
    .addColumn('total', 'double precision', (c) => c.notNull())
    .addColumn('max_total', 'double precision', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('assessments_unit')
    .on('assessments')
    .columns(['unit_id', 'assessed_on'])
    .execute();
  await db.schema
    .createTable('assessment_scores')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    .addColumn('criterion_id', 'text', (c) => c.notNull().references('checklist_criteria.id'))
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('comment', 'text')
    // The rectification item a failed criterion became, once it did.
    .addColumn('rectification_item_id', 'text', (c) => c.references('items.id'))
    .addPrimaryKeyConstraint('assessment_scores_pk', ['assessment_id', 'criterion_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'assessment_scores',
    'assessments',
    'checklist_criteria',
    'checklists',
    'plan_visits',
    'visit_plans',
    'evidence',
    'inspection_findings',
    'inspection_inspectors',
    'inspection_items',
    'inspections',
  ])
    await db.schema.dropTable(t).execute();
}
