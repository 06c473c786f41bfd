import type { Kysely } from 'kysely';

/**
 * The last interval each scheduled job ran for. Several server instances on
 * one database each run the scheduler; the instance that moves a job's slot
 * forward is the one that runs it, so a job runs once per interval.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against an untyped schema
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('slot', 'bigint', (c) => c.notNull())
    .addColumn('ran_at', 'text')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_runs').execute();
}
