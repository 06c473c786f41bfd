import type { Ctx } from '../../context.js';
import type { FileOwnerKind, FilesTable } from '../../db/schema.js';
import { type ItemScope, inItemScope } from '../access/policy.js';

/** The queries of attachments. Every read filters through the item scope. */

export type FileRow = FilesTable & { created_by_name: string | null };

function scoped(ctx: Ctx, scope: ItemScope) {
  return ctx.db
    .selectFrom('files as f')
    .leftJoin('users as u', 'u.id', 'f.created_by')
    .selectAll('f')
    .select('u.display_name as created_by_name')
    .where(inItemScope(scope, 'f.item_id'));
}

export async function insertFile(ctx: Ctx, row: FilesTable): Promise<void> {
  await ctx.db.insertInto('files').values(row).execute();
}

/** One file within the user's scope, or undefined (missing and out of scope look alike). */
export function findFile(ctx: Ctx, scope: ItemScope, id: string): Promise<FileRow | undefined> {
  return scoped(ctx, scope).where('f.id', '=', id).executeTakeFirst();
}

/** An item's files, oldest first; with `owner`, only those of one report or obstacle. */
export function listFiles(
  ctx: Ctx,
  scope: ItemScope,
  itemId: string,
  owner?: { kind: FileOwnerKind; ids: readonly string[] },
): Promise<FileRow[]> {
  let q = scoped(ctx, scope).where('f.item_id', '=', itemId);
  if (owner) {
    if (owner.ids.length === 0) return Promise.resolve([]);
    q = q.where('f.owner_kind', '=', owner.kind).where('f.owner_id', 'in', owner.ids);
  }
  return q.orderBy('f.created_at').orderBy('f.id').execute();
}

/** Files of owners of one kind (reports, obstacles), for answers that list several owners. */
export function filesOfOwners(ctx: Ctx, kind: FileOwnerKind, ids: readonly string[]): Promise<FileRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return ctx.db
    .selectFrom('files as f')
    .leftJoin('users as u', 'u.id', 'f.created_by')
    .selectAll('f')
    .select('u.display_name as created_by_name')
    .where('f.owner_kind', '=', kind)
    .where('f.owner_id', 'in', ids)
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
}

/**
 * Hands files still loose on the item (owned by the item itself) to a report
 * or obstacle of the same item. Returns how many moved: fewer than asked means
 * a file is missing, of another item, or already someone else's.
 */
export async function claimFiles(
  ctx: Ctx,
  itemId: string,
  ids: readonly string[],
  owner: { kind: FileOwnerKind; id: string },
): Promise<number> {
  if (ids.length === 0) return 0;
  const res = await ctx.db
    .updateTable('files')
    .set({ owner_kind: owner.kind, owner_id: owner.id })
    .where('id', 'in', ids)
    .where('item_id', '=', itemId)
    .where('owner_kind', '=', 'item')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
