import type { Kysely } from 'kysely';

/** A finding of an inspection may become a notice (督察通知单 …) to the inspected unit, linked back. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('inspection_findings')
    .addColumn('notice_id', 'text', (c) => c.references('notices.id'))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inspection_findings').dropColumn('notice_id').execute();
}
