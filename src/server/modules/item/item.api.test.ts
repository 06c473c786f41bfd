import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { buildLedger, buildUnit, buildUser } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let supervisor: string;
let ledgerId: string;
let leadUnit: string;
let coopUnit: string;

beforeAll(async () => {
  t = await startTestApp();
  const ledger = await buildLedger(t.sys, { code: 'DQ', name: '大气污染防治' });
  ledgerId = ledger.id;
  leadUnit = (await buildUnit(t.sys, { name: '区环保局', aliases: ['环保局', '环保'] })).id;
  coopUnit = (await buildUnit(t.sys, { name: '马寨镇', kind: 'township' })).id;
  await buildUser(t.sys, { roles: ['supervisor'], username: 'sup' });
  supervisor = await t.login('sup');
});
afterAll(() => t?.close());

const base = () => ({
  ledgerId,
  title: '马寨镇散煤治理',
  source: 'meeting',
  goal: '年底前完成全镇散煤清零',
  startDate: '2026-03-01',
  dueDate: '2026-12-31',
  responsibilities: [
    { unitId: leadUnit, role: 'lead' },
    { unitId: coopUnit, role: 'cooperating' },
  ],
  milestones: [{ title: '摸底排查', plannedDate: '2026-04-30', doneDate: '2026-04-28' }],
  targets: [{ name: '散煤清零户数', unit: '户', targetValue: 1200 }],
});

describe('POST /api/items', () => {
  it('registers a draft with a code from its ledger series', async () => {
    const res = await t.request(supervisor, { method: 'POST', url: '/api/items', payload: base() });
    expect(res.statusCode).toBe(201);
    const item = res.json<ItemOut>();
    expect(item.code).toBe('2026-DQ-001');
    expect(item.status).toBe('draft');
    expect(item.light).toBeNull();
    expect(item.responsibilities.map((r) => r.role).sort()).toEqual(['cooperating', 'lead']);
  });

  it('refuses a due date before the start, naming the field, and stores nothing', async () => {
    const before = (await t.request(supervisor, { method: 'GET', url: '/api/items' })).json().total;
    const res = await t.request(supervisor, {
      method: 'POST',
      url: '/api/items',
      payload: { ...base(), dueDate: '2026-01-01' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('rule_violation');
    expect(res.json().error.details[0].field).toBe('dueDate');
    expect(res.json().error.message).toMatch(/截止日期/);
    const after = (await t.request(supervisor, { method: 'GET', url: '/api/items' })).json().total;
    expect(after).toBe(before);
  });
});
