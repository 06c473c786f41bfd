import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplateOut } from '../../../core/schemas/template.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
});
afterAll(() => t?.close());

const TEMPLATE = {
  fields: [
    { key: 'households', label: '套数', type: 'number', unit: '套' },
    { key: 'capped_on', label: '封顶日期', type: 'date' },
  ],
  milestones: [{ title: '主体封顶', daysBeforeDue: 90 }],
  kpis: [{ name: '安置房', unit: '套', ledgerTarget: 5000 }],
};

describe('PUT /api/ledgers/:id/template', () => {
  it('stores a template, versioned, and reads it back; a ledger without one has an empty template', async () => {
    const empty = await sup.get(`/api/ledgers/${w.otherLedgerId}/template`);
    expect(empty.json()).toEqual({
      ledgerId: w.otherLedgerId,
      fields: [],
      milestones: [],
      kpis: [],
      retired: [],
      version: 0,
    });
    const cookie = await t.login('w_supervisor');
    const saved = await t.request(cookie, {
      method: 'PUT',
      url: `/api/ledgers/${w.ledgerId}/template`,
      payload: TEMPLATE,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<TemplateOut>()).toMatchObject({
      version: 1,
      fields: [
        { key: 'households', unit: '套' },
        { key: 'capped_on', unit: '' },
      ],
    });
    const stale = await t.request(cookie, {
      method: 'PUT',
      url: `/api/ledgers/${w.ledgerId}/template`,
      payload: { ...TEMPLATE, version: 5 },
    });
    expect(stale.statusCode).toBe(409);
    const dup = await t.request(cookie, {
      method: 'PUT',
      url: `/api/ledgers/${w.ledgerId}/template`,
      payload: { ...TEMPLATE, fields: [TEMPLATE.fields[0], TEMPLATE.fields[0]] },
    });
    expect(dup.statusCode).toBe(400);
    expect((await sup.get(`/api/ledgers/${w.ledgerId}/template`)).json<TemplateOut>().version).toBe(1);
  });

  it('lets only supervisors of the ledger change it', async () => {
    for (const persona of ['leader', 'unitLead', 'sysadmin'] as const) {
      const cookie = await t.login(`w_${persona}`);
      const res = await t.request(cookie, {
        method: 'PUT',
        url: `/api/ledgers/${w.ledgerId}/template`,
        payload: TEMPLATE,
      });
      expect(res.statusCode).toBe(403);
    }
    const limited = await t.login('w_supervisorOtherLedger');
    const res = await t.request(limited, {
      method: 'PUT',
      url: `/api/ledgers/${w.ledgerId}/template`,
      payload: TEMPLATE,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('PUT /api/items/:id/fields', () => {
  it("checks values against the ledger's template and keeps them with the item", async () => {
    const item = await w.seedItem();
    const cookie = await t.login('w_supervisor');
    const bad = await t.request(cookie, {
      method: 'PUT',
      url: `/api/items/${item.id}/fields`,
      payload: { households: 'many', capped_on: '9月底', colour: 'red' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<{ error: { details: { field: string }[] } }>()
        .error.details.map((d) => d.field)
        .sort(),
    ).toEqual(['colour', 'households']);
    const ok = await t.request(cookie, {
      method: 'PUT',
      url: `/api/items/${item.id}/fields`,
      payload: { households: 1200, capped_on: '9月底' },
    });
    expect(ok.json()).toEqual({ households: 1200, capped_on: '2026-09-30' });
    expect((await sup.get(`/api/items/${item.id}/fields`)).json()).toEqual({
      households: 1200,
      capped_on: '2026-09-30',
    });
    const unit = await w.api('unitOther');
    expect((await unit.get(`/api/items/${item.id}/fields`)).statusCode).toBe(404);
  });
});
