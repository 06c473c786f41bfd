import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLightScenario } from '../../testing/scenarios.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Persona, type World } from '../../testing/world.js';
import { inItemScope, itemScope, scopePredicate } from './scope.js';

/**
 * A child table filtered with inItemScope reaches exactly the items that
 * scopePredicate lets through on `items`, whether the table asks `items`
 * (only an item_id column) or uses its own copies of ledger and status.
 */
let t: TestApp;
let w: World;
let all: Set<string>;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  await seedLightScenario(w);
  const rows = await t.sys.db.selectFrom('responsibilities').select('item_id').distinct().execute();
  all = new Set(rows.map((r) => r.item_id));
});
afterAll(() => t?.close());

type Reader = Exclude<Persona, 'sysadmin' | 'secadmin' | 'auditor' | 'anonymous'>;
const READERS: [Reader, limited: boolean][] = [
  ['supervisor', false],
  ['supervisorThisLedger', true],
  ['supervisorOtherLedger', true],
  ['leader', false],
  ['unitLead', true],
  ['unitCoop', true],
  ['unitOther', true],
];

describe('inItemScope', () => {
  it.each(READERS)('agrees with the items predicate for %s', async (persona, limited) => {
    const ctx = w.as(persona);
    const scope = itemScope(ctx);
    const viaItems = (
      await ctx.db
        .selectFrom('items as i')
        .select('i.id')
        .where(scopePredicate(scope))
        .where('i.id', 'in', [...all])
        .execute()
    ).map((r) => r.id);
    const byItemId = await ctx.db
      .selectFrom('responsibilities as r')
      .select('r.id')
      .select('r.item_id')
      .where(inItemScope(scope, 'r.item_id'))
      .execute();
    const byCopies = await ctx.db
      .selectFrom('responsibilities as r')
      .select('r.id')
      .select('r.item_id')
      .where(inItemScope(scope, 'r.item_id', { ledgerId: 'r.ledger_id', status: 'r.item_status' }))
      .execute();

    expect(new Set(byItemId.map((r) => r.item_id))).toEqual(new Set(viaItems));
    expect(byCopies.map((r) => r.id).sort()).toEqual(byItemId.map((r) => r.id).sort());
    expect(viaItems.length).toBeGreaterThan(0);
    // The limited users are actually limited, so that agreement above means something.
    expect(viaItems.length < all.size).toBe(limited);
  });

  it('hides drafts from unit users on a child table too', async () => {
    const draft = await w.seedItem({ title: '仍是草稿的事项' });
    const scope = itemScope(w.as('unitLead'));
    const rows = await t.sys.db
      .selectFrom('responsibilities as r')
      .select('r.item_id')
      .where('r.item_id', '=', draft.id)
      .where(inItemScope(scope, 'r.item_id'))
      .execute();
    expect(rows).toEqual([]);
    const supervisorRows = await t.sys.db
      .selectFrom('responsibilities as r')
      .select('r.item_id')
      .where('r.item_id', '=', draft.id)
      .where(inItemScope(itemScope(w.as('supervisor')), 'r.item_id'))
      .execute();
    expect(supervisorRows.length).toBe(draft.responsibilities.length);
  });

  it('refuses users who may not read items', () => {
    expect(() => itemScope(w.as('sysadmin'))).toThrow('forbidden');
    expect(() => itemScope({ ...t.sys, user: null })).toThrow('unauthenticated');
  });
});
