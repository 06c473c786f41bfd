import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTS } from '../../../core/enums.js';
import { type LightScenario, seedLightScenario } from '../../testing/scenarios.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type Persona, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
let s: LightScenario;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  s = await seedLightScenario(w);
});
afterAll(() => t?.close());

interface UnitRow {
  unitId: string;
  unitName: string;
  total: number;
  open: number;
  red: number;
  yellow: number;
  green: number;
  overdue: number;
  completed: number;
  completedLate: number;
  leadRed: number;
  leadOverdue: number;
  leadCompletedLate: number;
}

const totalOf = async (client: Client, query: string) => {
  const res = await client.get(`/api/items?pageSize=1&${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().total as number;
};
const overview = async (client: Client, query = '') =>
  (await client.get(`/api/stats/overview?${query}`)).json();
const units = async (client: Client, query = '') =>
  (await client.get(`/api/stats/units?${query}`)).json<{ items: UnitRow[]; asOf: string }>();

describe('GET /api/stats/overview', () => {
  it('counts the scenario by status, light and lateness', async () => {
    const o = await overview(sup);
    expect(o).toMatchObject({
      asOf: '2026-11-27',
      total: 7,
      open: 5,
      byLight: { red: 2, yellow: 2, green: 1 },
      overdue: 1,
      completed: 1,
      completedOnTime: 0,
      completedLate: 1,
      daysToYearEnd: 34,
    });
    expect(o.byStatus).toMatchObject({
      draft: 1,
      assigned: 4,
      in_progress: 1,
      completed: 1,
      pending_review: 0,
    });
  });

  it.each<Persona>(['supervisor', 'supervisorOtherLedger', 'leader', 'unitLead', 'unitCoop', 'unitOther'])(
    'agrees with the item list for %s, light by light',
    async (persona) => {
      const client = await w.api(persona);
      for (const asOf of ['2026-11-27', '2026-12-04', '2026-11-01']) {
        const o = await overview(client, `asOf=${asOf}`);
        for (const light of LIGHTS)
          expect(o.byLight[light], `${light} ${asOf}`).toBe(
            await totalOf(client, `light=${light}&asOf=${asOf}`),
          );
        expect(o.overdue).toBe(await totalOf(client, `overdue=true&asOf=${asOf}`));
        expect(o.total).toBe(await totalOf(client, ''));
      }
    },
  );

  it('splits the counts per ledger', async () => {
    const o = await overview(sup);
    const other = o.byLedger.find((l: { ledgerId: string }) => l.ledgerId === w.otherLedgerId);
    expect(other).toMatchObject({ ledgerName: '招商引资', total: 1, open: 1, yellow: 1, red: 0 });
    const only = await overview(sup, `ledgerId=${w.otherLedgerId}`);
    expect(only.total).toBe(1);
  });

  it('averages progress over handed-out work only, not drafts, cancelled or suspended items', async () => {
    const { items } = (await sup.get(`/api/items?pageSize=100&ledgerId=${w.ledgerId}`)).json<{
      items: { status: string; progress: number }[];
    }>();
    const counted = items.filter((i) =>
      ['assigned', 'in_progress', 'pending_review', 'completed'].includes(i.status),
    );
    expect(counted.length).toBeLessThan(items.length);
    const expected = Math.round(counted.reduce((a, i) => a + i.progress, 0) / counted.length);
    expect(expected).toBeGreaterThan(0);
    const mine = (await overview(sup)).byLedger.find((l: { ledgerId: string }) => l.ledgerId === w.ledgerId);
    expect(mine.avgProgress).toBe(expected);
  });

  it("shows a ledger-limited supervisor only that ledger's items", async () => {
    const o = await overview(await w.api('supervisorOtherLedger'));
    expect(o).toMatchObject({ total: 1, byLight: { red: 0, yellow: 1, green: 0 } });
  });

  it("shows a unit user only their unit's items", async () => {
    const o = await overview(await w.api('unitOther'));
    expect(o).toMatchObject({ total: 1, open: 1, byLight: { red: 0, yellow: 1, green: 0 } });
  });
});

describe('why an item is red', () => {
  it('names the late milestone, not only the days', async () => {
    const item = (await sup.get(`/api/items/${s.milestoneRed.id}`)).json<{ lightReasons: string[] }>();
    expect(item.lightReasons).toContain('节点「完成招标」（计划 2026-11-15）滞后 12 天');
  });
});

describe('GET /api/stats/units', () => {
  it('counts per unit, in agreement with the item list filtered by unit', async () => {
    const { items, asOf } = await units(sup);
    expect(asOf).toBe('2026-11-27');
    expect(items.map((u) => u.unitId).sort()).toEqual([w.leadUnitId, w.coopUnitId, w.otherUnitId].sort());
    for (const u of items) {
      expect(u.total, u.unitName).toBe(await totalOf(sup, `unitId=${u.unitId}`));
      for (const light of LIGHTS)
        expect(u[light], `${u.unitName} ${light}`).toBe(
          await totalOf(sup, `unitId=${u.unitId}&light=${light}`),
        );
      expect(u.overdue).toBe(await totalOf(sup, `unitId=${u.unitId}&overdue=true`));
    }
  });

  it('knows the numbers of the lead unit', async () => {
    const lead = (await units(sup)).items.find((u) => u.unitId === w.leadUnitId);
    expect(lead).toMatchObject({
      unitName: '区住建局',
      total: 6,
      open: 4,
      red: 2,
      yellow: 1,
      green: 1,
      overdue: 1,
      completed: 1,
      completedLate: 1,
    });
  });

  it('counts apart the lateness a unit leads from what it shares as a cooperating unit', async () => {
    const { items } = await units(sup);
    // 区住建局 leads the overdue item and cooperates on the milestone-red one the other unit leads.
    expect(items.find((u) => u.unitId === w.leadUnitId)).toMatchObject({
      red: 2,
      leadRed: 1,
      overdue: 1,
      leadOverdue: 1,
      completedLate: 1,
      leadCompletedLate: 1,
    });
    expect(items.find((u) => u.unitId === w.coopUnitId)).toMatchObject({
      red: 1,
      leadRed: 1,
      leadOverdue: 0,
    });
  });

  it('puts the units with most red items first', async () => {
    const names = (await units(sup)).items.map((u) => u.unitName);
    expect(names[0]).toBe('区住建局');
  });

  it("shows a unit user only their own unit's row", async () => {
    const { items } = await units(await w.api('unitCoop'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ unitId: w.coopUnitId, total: 2, red: 1, green: 1 });
  });

  it("counts for a ledger-limited supervisor only that ledger's items, per unit", async () => {
    const limited = await w.api('supervisorOtherLedger');
    const { items } = await units(limited);
    // Only the milestone-yellow item lives in the other ledger; its lead unit is the only one counted.
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ unitId: w.leadUnitId, total: 1, open: 1, yellow: 1, red: 0 });
    expect(items[0].total).toBe(await totalOf(limited, `unitId=${w.leadUnitId}`));
  });

  it('recounts as of another day', async () => {
    const later = (await units(sup, 'asOf=2027-01-05')).items.find((u) => u.unitId === w.leadUnitId);
    expect(later).toMatchObject({ red: 4, yellow: 0, green: 0, overdue: 4 });
  });

  it('follows changes at once: closing an item takes it out of the lights', async () => {
    const before = (await units(sup)).items.find((u) => u.unitId === w.otherUnitId);
    const asked = await sup.post(`/api/items/${s.dueSoon.id}/requests`, {
      kind: 'cancellation',
      version: s.dueSoon.version,
      reason: '任务调整',
    });
    const req = asked.json();
    await sup.post(`/api/requests/${req.id}/decisions`, { decision: 'approve', version: req.version });
    const after = (await units(sup)).items.find((u) => u.unitId === w.otherUnitId);
    expect(before).toMatchObject({ open: 1, yellow: 1 });
    expect(after).toMatchObject({ total: 1, open: 0, yellow: 0 });
  });
});

describe('GET /api/stats/trend', () => {
  it('ends the weekly series on the day asked for, agreeing with the overview', async () => {
    const res = await sup.get('/api/stats/trend?weeks=3&asOf=2026-12-04');
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items.map((p: { weekEnd: string }) => p.weekEnd)).toEqual([
      '2026-11-20',
      '2026-11-27',
      '2026-12-04',
    ]);
    const o = await overview(sup, 'asOf=2026-12-04');
    expect(items[2]).toMatchObject({ ...o.byLight, open: o.open });
  });
});

describe('who may read statistics', () => {
  it.each<[Persona, number]>([
    ['leader', 200],
    ['supervisor', 200],
    ['unitLead', 200],
    ['sysadmin', 403],
    ['secadmin', 403],
    ['auditor', 403],
    ['anonymous', 401],
  ])('%s gets %i', async (persona, status) => {
    const client = await w.api(persona);
    expect((await client.get('/api/stats/overview')).statusCode).toBe(status);
    expect((await client.get('/api/stats/units')).statusCode).toBe(status);
    expect((await client.get('/api/stats/trend')).statusCode).toBe(status);
  });
});
