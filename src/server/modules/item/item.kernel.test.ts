import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { Ctx } from '../../context.js';
import { countingCtx } from '../../testing/statement-counter.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECT } from '../../testing/test-db.js';
import { buildWorld, type World } from '../../testing/world.js';
import { createItem, getItem, transitionItem, updateItem } from './item.service.js';

/**
 * The kernel answers from what it wrote: every command's answer must equal a
 * fresh read of the item. And each command runs a small, fixed number of
 * statements — counted, not timed, so the bound holds on any machine.
 */
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

// PostgreSQL takes one more statement per audit row: the advisory lock that serialises the chain.
// Each bound counts the timeline event the command writes.
const pg = TEST_DIALECT === 'postgres' ? 1 : 0;

describe('item commands over the kernel', () => {
  it('answer exactly what a fresh read returns', async () => {
    const sup = w.as('supervisor');
    const created = await createItem(
      sup,
      w.itemInput({ targets: [{ name: '安置房', unit: '套', targetValue: 1200 }] }),
    );
    expect(created).toEqual(await getItem(sup, created.id));
    const updated = await updateItem(sup, created.id, {
      version: created.version,
      title: '新的标题',
      responsibilities: [
        { unitId: w.coopUnitId, role: 'lead', leaderId: w.users.unitCoop.id },
        { unitId: w.leadUnitId, role: 'undertaking' },
      ],
      milestones: [
        { ...created.milestones[0] },
        { title: '主体封顶', plannedDate: '2026-12-01', doneDate: null },
      ],
    });
    expect(updated.responsibilities[0].leader?.displayName).toBe(w.users.unitCoop.displayName);
    expect(updated).toEqual(await getItem(sup, created.id));
    const assigned = await transitionItem(sup, created.id, { action: 'assign', version: updated.version });
    expect(assigned).toEqual(await getItem(sup, created.id));
    const started = await transitionItem(w.as('unitCoop'), created.id, {
      action: 'start',
      version: assigned.version,
    });
    expect(started.responsibilities[0].acknowledgedAt).not.toBeNull();
    expect(started).toEqual(await getItem(w.as('unitCoop'), created.id));
  });

  it('keeps a kept row id, its acknowledgement and a target current value', async () => {
    const sup = w.as('supervisor');
    const item = await w.seedItem({}, 'assign');
    const started = await transitionItem(w.as('unitLead'), item.id, {
      action: 'start',
      version: item.version,
    });
    const lead = started.responsibilities.find((r) => r.role === 'lead');
    const renamed = await updateItem(sup, item.id, {
      version: started.version,
      responsibilities: started.responsibilities.map((r) => ({
        ...r,
        responsibleId: r.role === 'lead' ? w.users.unitLead.id : r.responsibleId,
      })),
    });
    const kept = renamed.responsibilities.find((r) => r.role === 'lead');
    expect(kept?.id).toBe(lead?.id);
    expect(kept?.acknowledgedAt).toBe(lead?.acknowledgedAt);
    expect(kept?.responsible?.id).toBe(w.users.unitLead.id);
  });

  it('runs a bounded number of statements per command', async () => {
    const count = async <T>(fn: (c: ReturnType<typeof countingCtx>['ctx']) => Promise<T>) => {
      const c = countingCtx(w.as('supervisor'));
      const out = await fn(c.ctx);
      return { out, n: c.counter.count };
    };
    // Two of each count are the settings and calendar, read once per request; one more where the
    // title changes is the search index (item.search-index.ts).
    const create = await count((ctx) => createItem(ctx, w.itemInput()));
    // On PostgreSQL the item row, its child lists and its first event are one statement (three fewer here).
    expect(create.n).toBeLessThanOrEqual(12 + pg - 3 * pg);
    const update = await count((ctx) =>
      updateItem(ctx, create.out.id, { version: create.out.version, title: '只改标题' }),
    );
    expect(update.n).toBeLessThanOrEqual(11 + pg);
    const milestones = await count((ctx) =>
      updateItem(ctx, create.out.id, {
        version: update.out.version,
        milestones: [
          ...update.out.milestones,
          { title: '新节点', plannedDate: '2026-10-01', doneDate: null },
        ],
      }),
    );
    // One more: an open milestone moves the light dates, which are copied onto the responsibilities.
    expect(milestones.n).toBeLessThanOrEqual(12 + pg);
    const assign = await count((ctx) =>
      transitionItem(ctx, create.out.id, { action: 'assign', version: milestones.out.version }),
    );
    // One more: assigning lights the item, and the light's history records it.
    expect(assign.n).toBeLessThanOrEqual(12 + pg);
  });

  it('writes no responsibility row when an edit leaves their facts as they were', async () => {
    const sup = w.as('supervisor');
    const item = await createItem(sup, w.itemInput());
    const written = async (fn: (ctx: Ctx) => Promise<ItemOut>) => {
      const c = countingCtx(sup);
      const out = await fn(c.ctx);
      return { out, tables: c.counter.written };
    };
    const title = await written((ctx) =>
      updateItem(ctx, item.id, { version: item.version, title: '只改标题' }),
    );
    expect(title.tables).toContain('items');
    expect(title.tables).not.toContain('responsibilities');
    const people = await written((ctx) =>
      updateItem(ctx, item.id, {
        version: title.out.version,
        responsibilities: title.out.responsibilities.map((r) => ({
          id: r.id,
          unitId: r.unitId,
          role: r.role,
          leaderId: r.leaderId,
          deputyId: r.deputyId,
          responsibleId: r.role === 'lead' ? w.users.unitLead.id : r.responsibleId,
        })),
      }),
    );
    // Naming a person changes that one row, and only it.
    expect(people.tables.filter((t) => t === 'responsibilities')).toHaveLength(1);
    const moved = await written((ctx) =>
      transitionItem(ctx, item.id, { action: 'assign', version: people.out.version }),
    );
    // A new status is a new fact for every row of the item: one statement for all of them.
    expect(moved.tables.filter((t) => t === 'responsibilities')).toHaveLength(1);
  });
});
