import type { Kysely } from 'kysely';

/**
 * The per-unit table counts each figure (red, overdue, closed late) for all of
 * a unit's items and for those it leads. The role was not in these indexes,
 * so the lead figures were three more passes that read a table row for every
 * matching index entry; with the role as the last column, one pass over each
 * index answers both counts from the index alone (stats.repo countUnitLights).
 */
const INDEXES: [string, string[]][] = [
  ['responsibilities_lit_red', ['item_lit', 'item_red_from', 'unit_id']],
  ['responsibilities_lit_due', ['item_lit', 'item_due', 'unit_id']],
  ['responsibilities_late', ['item_closed_late', 'unit_id']],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('responsibilities')
      .columns([...columns, 'role'])
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema.createIndex(name).on('responsibilities').columns(columns).execute();
  }
}
