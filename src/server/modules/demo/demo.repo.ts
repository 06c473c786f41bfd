import type { Role } from '../../../core/enums.js';
import type { Ctx } from '../../context.js';
import type { DemoMarksTable } from '../../db/schema.js';

/** Queries of the demo district's marks: which users, units and ledgers the demo made. */

export async function markDemo(ctx: Ctx, entity: DemoMarksTable['entity'], ids: readonly string[]) {
  if (!ids.length) return;
  await ctx.db
    .insertInto('demo_marks')
    .values(ids.map((entity_id) => ({ entity, entity_id })))
    .execute();
}

export async function hasDemoMarks(ctx: Ctx): Promise<boolean> {
  const row = await ctx.db.selectFrom('demo_marks').select('entity_id').limit(1).executeTakeFirst();
  return !!row;
}

export async function demoIds(ctx: Ctx, entity: DemoMarksTable['entity']): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('demo_marks')
    .select('entity_id')
    .where('entity', '=', entity)
    .execute();
  return rows.map((r) => r.entity_id);
}

export async function isDemoUser(ctx: Ctx, userId: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('demo_marks')
    .select('entity_id')
    .where('entity', '=', 'user')
    .where('entity_id', '=', userId)
    .executeTakeFirst();
  return !!row;
}

/** The roles of the office's own active accounts: those the demo did not make. */
export async function officeAccountRoles(ctx: Ctx): Promise<Role[][]> {
  const rows = await ctx.db
    .selectFrom('users as u')
    .select('u.roles')
    .where('u.active', '=', 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('demo_marks as m')
            .select('m.entity_id')
            .where('m.entity', '=', 'user')
            .whereRef('m.entity_id', '=', 'u.id'),
        ),
      ),
    )
    .execute();
  return rows.map((r) => JSON.parse(r.roles) as Role[]);
}

/** Demo accounts that can still log in. */
export async function activeDemoUsers(ctx: Ctx): Promise<{ id: string; username: string }[]> {
  return ctx.db
    .selectFrom('users as u')
    .innerJoin('demo_marks as m', (j) => j.onRef('m.entity_id', '=', 'u.id').on('m.entity', '=', 'user'))
    .select(['u.id', 'u.username'])
    .where('u.active', '=', 1)
    .orderBy('u.username')
    .execute();
}
