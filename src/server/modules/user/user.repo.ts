import { sql } from 'kysely';
import type { Role } from '../../../core/enums.js';
import type { PersonOut, UserOut } from '../../../core/schemas/user.js';
import type { Ctx } from '../../context.js';
import { bool, type UsersTable } from '../../db/schema.js';

export function toUserOut(r: UsersTable, ledgerIds: string[]): UserOut {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    title: r.title,
    unitId: r.unit_id,
    roles: JSON.parse(r.roles) as Role[],
    phone: r.phone,
    email: r.email,
    ledgerIds,
    active: bool(r.active),
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export function toPersonOut(
  r: Pick<UsersTable, 'id' | 'display_name' | 'title' | 'unit_id' | 'phone'>,
): PersonOut {
  return { id: r.id, displayName: r.display_name, title: r.title, unitId: r.unit_id, phone: r.phone };
}

export async function findUser(ctx: Ctx, id: string) {
  return ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(ctx: Ctx, username: string) {
  return ctx.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function ledgerIdsByUser(ctx: Ctx, userIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (userIds.length === 0) return map;
  const rows = await ctx.db.selectFrom('user_ledgers').selectAll().where('user_id', 'in', userIds).execute();
  for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.ledger_id]);
  return map;
}

export async function replaceUserLedgers(ctx: Ctx, userId: string, ledgerIds: string[]): Promise<void> {
  await ctx.db.deleteFrom('user_ledgers').where('user_id', '=', userId).execute();
  if (ledgerIds.length)
    await ctx.db
      .insertInto('user_ledgers')
      .values(ledgerIds.map((ledger_id) => ({ user_id: userId, ledger_id })))
      .execute();
}

export interface UserFilter {
  q?: string;
  unitId?: string;
  role?: string;
  includeInactive?: boolean;
  /** Only people who can stand in a chain of responsibility: not the three administrators' accounts. */
  chainPeople?: boolean;
  /** `leader`: leaders first (the role, then titles such as 区长, 书记, 主任), for the 主管领导 picker. */
  prefer?: 'leader';
  offset: number;
  limit: number;
}

export async function listUsers(ctx: Ctx, f: UserFilter) {
  let q = ctx.db.selectFrom('users');
  if (!f.includeInactive) q = q.where('active', '=', 1);
  // The 主管领导 picker of a unit's row: its own people or a district leader (core/responsible-people.ts).
  if (f.unitId && f.prefer === 'leader') {
    const unitId = f.unitId;
    q = q.where((eb) => eb.or([eb('unit_id', '=', unitId), eb('roles', 'like', '%"leader"%')]));
  } else if (f.unitId) q = q.where('unit_id', '=', f.unitId);
  // Roles are a small JSON array of known codes: a quoted match is exact.
  if (f.role) q = q.where('roles', 'like', `%"${f.role}"%`);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([eb('username', 'like', like), eb('display_name', 'like', like), eb('title', 'like', like)]),
    );
  }
  if (f.chainPeople)
    q = q.where((eb) => eb.or(['supervisor', 'leader', 'unit'].map((r) => eb('roles', 'like', `%"${r}"%`))));
  let ordered = q.selectAll();
  if (f.prefer === 'leader')
    ordered = ordered.orderBy(
      sql`CASE WHEN roles LIKE '%"leader"%' THEN 0
               WHEN title LIKE '%区长%' OR title LIKE '%书记%' OR title LIKE '%主任%' OR title LIKE '%局长%' THEN 1
               WHEN roles LIKE '%"unit"%' THEN 2 ELSE 3 END`,
    );
  const [rows, count] = await Promise.all([
    ordered.orderBy('unit_id').orderBy('display_name').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** The people among `ids` that exist, with the name and title items show. */
export async function findPeopleByIds(ctx: Ctx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'title', 'unit_id', 'roles'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function insertUser(ctx: Ctx, row: UsersTable): Promise<void> {
  await ctx.db.insertInto('users').values(row).execute();
}
