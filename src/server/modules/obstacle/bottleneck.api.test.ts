import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObstacleOut, ObstacleSummary } from '../../../core/schemas/report.js';
import { buildLedger, buildUnit } from '../../testing/factories.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type World } from '../../testing/world.js';

/**
 * The bottleneck screen's API (堵点分析): open obstacles of one ledger by cause ×
 * ledger × the unit that must solve them, which units hold back which with the
 * oldest waiting days, and the obstacle list behind each cell.
 */
let t: TestApp;
let w: World;
let clock = TEST_NOW;
let ledgerId: string;
let solverId: string;

const day = 86_400_000;

beforeAll(async () => {
  t = await startTestApp(() => clock);
  w = await buildWorld(t);
  ledgerId = (await buildLedger(t.sys, { name: '堵点台账', code: 'DD' })).id;
  solverId = (await buildUnit(t.sys, { name: '区自然资源局' })).id;
  const sup = await w.api('supervisor');
  const raise = async (itemId: string, cause: string, solverUnitId: string) => {
    const res = await sup.post(`/api/items/${itemId}/obstacles`, {
      cause,
      description: '待解决',
      solverUnitId,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<ObstacleOut>();
  };
  const a = await w.seedItem({ ledgerId, title: '安置房项目' }, 'assign', 'start');
  const b = await w.seedItem({ ledgerId, title: '道路项目' }, 'assign', 'start');
  // Twelve days ago the land obstacle of item a was raised; the rest today.
  clock = new Date(TEST_NOW.getTime() - 12 * day);
  await raise(a.id, 'land', solverId);
  clock = TEST_NOW;
  await raise(b.id, 'land', solverId);
  await raise(b.id, 'funds', w.coopUnitId);
  const resolved = await raise(a.id, 'policy', solverId);
  expect(
    (await sup.post(`/api/obstacles/${resolved.id}/resolve`, { resolution: '已出台政策', version: 1 }))
      .statusCode,
  ).toBe(200);
  // An obstacle in the world's own ledger, outside the one asked about.
  const other = await w.seedItem({}, 'assign', 'start');
  await raise(other.id, 'land', solverId);
});
afterAll(() => t?.close());

describe('GET /api/obstacles/summary?ledgerId=', () => {
  it('counts the open obstacles of the ledger in the cross table and who blocks whom', async () => {
    const sup = await w.api('supervisor');
    const s = (await sup.get(`/api/obstacles/summary?ledgerId=${ledgerId}`)).json<ObstacleSummary>();
    expect(s.total).toBe(3);
    expect(
      s.cells
        .map((c) => [c.cause, c.ledgerId === ledgerId, c.unitName, c.count])
        .sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    ).toEqual([
      ['funds', true, expect.any(String), 1],
      ['land', true, '区自然资源局', 2],
    ]);
    expect(s.blocks).toEqual([
      expect.objectContaining({
        blockedUnitId: w.leadUnitId,
        solverUnitId: solverId,
        count: 2,
        oldestSince: '2026-11-15',
        oldestDays: 12,
      }),
      expect.objectContaining({
        blockedUnitId: w.leadUnitId,
        solverUnitId: w.coopUnitId,
        count: 1,
        oldestDays: 0,
      }),
    ]);
    const all = (await sup.get('/api/obstacles/summary')).json<ObstacleSummary>();
    expect(all.total).toBe(4);
    expect(new Set(all.cells.map((c) => c.ledgerId))).toEqual(new Set([ledgerId, w.ledgerId]));
  });

  it('opens the obstacles behind a cell and behind a block', async () => {
    const sup = await w.api('supervisor');
    const cell = (
      await sup.get(`/api/obstacles?status=open&cause=land&ledgerId=${ledgerId}&solverUnitId=${solverId}`)
    ).json<{ items: ObstacleOut[]; total: number }>();
    expect(cell.total).toBe(2);
    expect(cell.items.map((o) => o.itemTitle).sort()).toEqual(['安置房项目', '道路项目']);
    const block = (
      await sup.get(`/api/obstacles?status=open&blockedUnitId=${w.leadUnitId}&solverUnitId=${w.coopUnitId}`)
    ).json<{ total: number }>();
    expect(block.total).toBe(1);
    const none = (await sup.get(`/api/obstacles?status=open&blockedUnitId=${w.coopUnitId}`)).json<{
      total: number;
    }>();
    expect(none.total).toBe(0);
  });

  it('keeps unit scoping: other ledgers and other units see nothing', async () => {
    const outside = (
      await (await w.api('supervisorOtherLedger')).get(`/api/obstacles/summary?ledgerId=${ledgerId}`)
    ).json<ObstacleSummary>();
    expect(outside).toMatchObject({ total: 0, cells: [], blocks: [] });
    const unitOther = await w.api('unitOther');
    expect(
      (await unitOther.get(`/api/obstacles/summary?ledgerId=${ledgerId}`)).json<ObstacleSummary>(),
    ).toMatchObject({ total: 0, cells: [], blocks: [] });
    // The lead unit sees the obstacles holding back its own items.
    const lead = (
      await (await w.api('unitLead')).get(`/api/obstacles/summary?ledgerId=${ledgerId}`)
    ).json<ObstacleSummary>();
    expect(lead.total).toBe(3);
    expect((await (await w.api('auditor')).get('/api/obstacles/summary')).statusCode).toBe(403);
  });
});
