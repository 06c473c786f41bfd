import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { Ctx } from '../../context.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type World } from '../../testing/world.js';
import { checkAccess } from './check-access.js';

let t: TestApp;
let w: World;
/** Shared by the lead unit and the cooperating unit. */
let shared: ItemOut;
/** The lead unit's alone. */
let leadOnly: ItemOut;
/** In the other ledger, the lead unit's. */
let otherLedger: ItemOut;
/** The unrelated unit's. */
let foreign: ItemOut;
let draft: ItemOut;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  const lead = [{ unitId: w.leadUnitId, role: 'lead' as const }];
  shared = await w.seedItem({}, 'assign');
  leadOnly = await w.seedItem({ title: '只有牵头单位', responsibilities: lead }, 'assign');
  otherLedger = await w.seedItem(
    { title: '另一台账的事项', ledgerId: w.otherLedgerId, responsibilities: lead },
    'assign',
  );
  foreign = await w.seedItem(
    { title: '别的单位的事项', responsibilities: [{ unitId: w.otherUnitId, role: 'lead' }] },
    'assign',
  );
  draft = await w.seedItem({ title: '草稿', responsibilities: lead });
});
afterAll(() => t?.close());

/** Counts the statements a context sends. */
function counting(ctx: Ctx): { ctx: Ctx; queries: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { ctx: { ...ctx, db: ctx.db.withPlugin(plugin) }, queries: () => n };
}

const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: Error) => e.message,
  );

describe('checkAccess', () => {
  it('lets a user through to every item in their scope, in one query', async () => {
    const { ctx, queries } = counting(w.as('unitLead'));
    const ids = [shared.id, leadOnly.id, otherLedger.id, shared.id];
    const user = await checkAccess(ctx, 'item.write', ids);
    expect(user.id).toBe(w.users.unitLead.id);
    expect(queries()).toBe(1);
  });

  const ITEMS = {
    shared: () => shared,
    leadOnly: () => leadOnly,
    otherLedger: () => otherLedger,
    foreign: () => foreign,
    draft: () => draft,
    missing: () => ({ id: 'no-such-item' }),
  };
  type Named = keyof typeof ITEMS;
  it.each<[Parameters<World['as']>[0], Named[], string]>([
    ['unitLead', ['shared', 'foreign'], 'not_found'],
    ['unitLead', ['draft'], 'not_found'],
    ['unitLead', ['shared', 'missing'], 'not_found'],
    ['unitCoop', ['shared'], 'ok'],
    ['unitCoop', ['shared', 'leadOnly'], 'not_found'],
    ['unitOther', ['foreign'], 'ok'],
    ['supervisor', ['shared', 'leadOnly', 'otherLedger', 'foreign', 'draft'], 'ok'],
    ['supervisorThisLedger', ['shared', 'foreign', 'draft'], 'ok'],
    ['supervisorThisLedger', ['shared', 'otherLedger'], 'not_found'],
    ['supervisorOtherLedger', ['otherLedger'], 'ok'],
    ['leader', ['otherLedger', 'foreign'], 'ok'],
  ])('%s reading %j → %s', async (persona, names, expected) => {
    const ids = names.map((n) => ITEMS[n]().id);
    expect(await code(checkAccess(w.as(persona), 'item.read', ids))).toBe(expected);
  });

  it('answers a missing permission with forbidden, even for items in scope', async () => {
    expect(await code(checkAccess(w.as('leader'), 'item.write', [shared.id]))).toBe('forbidden');
    expect(await code(checkAccess(w.as('unitLead'), 'item.manage', [leadOnly.id]))).toBe('forbidden');
    expect(await code(checkAccess(w.as('sysadmin'), 'item.read', []))).toBe('forbidden');
    expect(await code(checkAccess({ ...t.sys, user: null }, 'item.read', [shared.id]))).toBe(
      'unauthenticated',
    );
  });

  it('answers an item outside the scope exactly like one that does not exist', async () => {
    const outside = await code(checkAccess(w.as('unitOther'), 'item.read', [shared.id]));
    const missing = await code(checkAccess(w.as('unitOther'), 'item.read', ['no-such-item']));
    expect(outside).toBe('not_found');
    expect(missing).toBe(outside);
  });

  it('checks only the permission for no items, without a query', async () => {
    const { ctx, queries } = counting(w.as('supervisor'));
    await checkAccess(ctx, 'item.manage', []);
    expect(queries()).toBe(0);
  });
});
