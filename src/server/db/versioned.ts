import type { Ctx } from '../context.js';
import { notFound, staleVersion } from '../errors.js';
import type { Database } from './schema.js';

/**
 * Optimistic concurrency, written once for every versioned table: a command
 * reads the row, checks the version the client last saw, and writes only if
 * the row still has it — a concurrent edit is refused, never overwritten.
 */

/** The row, when it exists and still has the version the client saw. */
export function expectVersion<R extends { version: number }>(row: R | undefined, version: number): R {
  if (!row) throw notFound();
  if (row.version !== version) throw staleVersion();
  return row;
}

type Versioned = {
  [T in keyof Database]: Database[T] extends { id: string; version: number } ? T : never;
}[keyof Database];

/** Writes `values` if the row still has `version`; stale_version when another edit committed first. */
export async function updateIfVersion<T extends Versioned>(
  ctx: Ctx,
  table: T,
  id: string,
  version: number,
  values: Partial<Database[T]>,
): Promise<void> {
  const res = await ctx.db
    .updateTable(table as Versioned)
    // biome-ignore lint/suspicious/noExplicitAny: Kysely cannot relate a generic table to its columns
    .set(values as any)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  // On PostgreSQL writers run side by side: the read above may be outdated by now.
  if (Number(res.numUpdatedRows) !== 1) throw staleVersion();
}
