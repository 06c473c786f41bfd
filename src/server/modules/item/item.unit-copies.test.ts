import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ItemQuery } from '../../../core/schemas/item.js';
import * as itemOrder from '../../db/migrations/2026-12-03T1600_responsibility_item_order.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECT } from '../../testing/test-db.js';
import { buildWorld, type World } from '../../testing/world.js';
import { readRuleSettings } from '../settings/settings.service.js';
import { archiveItem, restoreItem } from './commands/archive.js';
import { responsibilityFacts } from './item.derive.js';
import { recomputeAllItems } from './item.recompute.js';
import { createItem, listItems, transitionItem, updateItem } from './item.service.js';

/**
 * The item facts copied onto its responsibility rows (status, light dates, code,
 * archived flag) are what one unit's list, its count and the per-unit table read:
 * after every kind of change they must equal the item's own.
 */
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

async function expectCopiesInSync(itemId: string, units: number) {
  const db = t.db.handle.db;
  const item = await db.selectFrom('items').selectAll().where('id', '=', itemId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('responsibilities')
    .select([
      'ledger_id',
      'item_status',
      'item_lit',
      'item_due',
      'item_yellow_from',
      'item_red_from',
      'item_closed_late',
      'item_code',
      'item_archived',
    ])
    .where('item_id', '=', itemId)
    .execute();
  expect(rows).toHaveLength(units);
  for (const r of rows) expect({ ...r, item_lit: Number(r.item_lit) }).toEqual(responsibilityFacts(item));
}

const unitList = (unitId: string, q: Record<string, unknown> = {}) =>
  listItems(w.as('supervisor'), ItemQuery.parse({ unitId, pageSize: 100, ...q }));

describe('item facts copied onto responsibility rows', () => {
  it('follow create, edit, transition, unit reassignment, archive and restore', async () => {
    const sup = w.as('supervisor');
    const created = await createItem(sup, w.itemInput());
    await expectCopiesInSync(created.id, 2);
    const edited = await updateItem(sup, created.id, {
      version: created.version,
      title: '改了标题',
      dueDate: '2026-11-30',
      milestones: [{ title: '完成', plannedDate: '2026-11-20', doneDate: null }],
    });
    await expectCopiesInSync(created.id, 2);
    // The cooperating unit gives way to another: its row goes, the new one carries the facts.
    const moved = await updateItem(sup, created.id, {
      version: edited.version,
      responsibilities: [
        { unitId: w.leadUnitId, role: 'lead' },
        { unitId: w.otherUnitId, role: 'cooperating' },
      ],
    });
    await expectCopiesInSync(created.id, 2);
    expect((await unitList(w.coopUnitId)).items.map((i) => i.id)).not.toContain(created.id);
    expect((await unitList(w.otherUnitId)).items.map((i) => i.id)).toContain(created.id);
    await archiveItem(sup, created.id);
    await expectCopiesInSync(created.id, 2);
    expect((await unitList(w.otherUnitId)).items.map((i) => i.id)).not.toContain(created.id);
    expect((await unitList(w.otherUnitId, { archived: 'true' })).items.map((i) => i.id)).toContain(
      created.id,
    );
    await restoreItem(sup, created.id);
    await expectCopiesInSync(created.id, 2);
    const assigned = await transitionItem(sup, created.id, { action: 'assign', version: moved.version + 2 });
    expect(assigned.status).toBe('assigned');
    await expectCopiesInSync(created.id, 2);
    const inProgress = await unitList(w.otherUnitId, { status: 'assigned' });
    expect(inProgress.items.map((i) => i.id)).toContain(created.id);
    expect((await unitList(w.otherUnitId, { status: 'draft' })).items.map((i) => i.id)).not.toContain(
      created.id,
    );
  });

  it("list one unit's items in code order with the count of the same rows", async () => {
    const sup = w.as('supervisor');
    for (let i = 0; i < 3; i++) await createItem(sup, w.itemInput({ title: `排序事项${i}` }));
    for (const unitId of [w.leadUnitId, w.coopUnitId, w.otherUnitId]) {
      const page = await unitList(unitId);
      const codes = page.items.map((i) => i.code);
      expect(codes).toEqual([...codes].sort());
      expect(page.total).toBe(page.items.length);
      for (const item of page.items) expect(item.responsibilities.map((r) => r.unitId)).toContain(unitId);
      // Every item naming the unit is listed, counted once.
      const all = await listItems(sup, ItemQuery.parse({ pageSize: 100 }));
      const naming = all.items.filter((i) => i.responsibilities.some((r) => r.unitId === unitId));
      expect(page.items.map((i) => i.id).sort()).toEqual(naming.map((i) => i.id).sort());
      const reversed = await unitList(unitId, { sort: '-code' });
      expect(reversed.items.map((i) => i.code)).toEqual([...codes].reverse());
    }
  });

  it('follow a recomputation of every light after the light settings change', async () => {
    // Due Thursday 12-03: yellow with a warning window of 5 working days, green with 3.
    const item = await w.seedItem({ dueDate: '2026-12-03', milestones: [] }, 'assign');
    const db = t.db.handle.db;
    const yellowFrom = async () =>
      (
        await db
          .selectFrom('responsibilities')
          .select('item_yellow_from')
          .where('item_id', '=', item.id)
          .executeTakeFirstOrThrow()
      ).item_yellow_from;
    const was = await yellowFrom();
    const rules = await readRuleSettings(t.sys);
    await recomputeAllItems(t.sys, { ...rules, light: { ...rules.light, warnWorkingDays: 3 } });
    expect(await yellowFrom()).not.toBe(was);
    await expectCopiesInSync(item.id, 2);
    await recomputeAllItems(t.sys, rules);
    expect(await yellowFrom()).toBe(was);
    await expectCopiesInSync(item.id, 2);
  });

  it('are filled in for the items already there when the migration runs', async () => {
    const sup = w.as('supervisor');
    const kept = await createItem(sup, w.itemInput({ title: '迁移前的事项' }));
    const archived = await createItem(sup, w.itemInput({ title: '迁移前归档的事项' }));
    await archiveItem(sup, archived.id);
    const db = t.db.handle.db;
    await itemOrder.down(db);
    await itemOrder.up(db);
    await expectCopiesInSync(kept.id, 2);
    await expectCopiesInSync(archived.id, 2);
    if (TEST_DIALECT === 'postgres') {
      const { rows } = await sql<{ reloptions: string[] }>`
        SELECT reloptions FROM pg_class WHERE relname = 'responsibilities'`.execute(db);
      expect(rows[0].reloptions).toContain('autovacuum_vacuum_scale_factor=0.02');
      expect(rows[0].reloptions).toContain('autovacuum_vacuum_insert_scale_factor=0.02');
    }
  });
});
