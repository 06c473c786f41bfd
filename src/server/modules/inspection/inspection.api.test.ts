import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionInput, InspectionOut, InspectionStats } from '../../../core/schemas/inspection.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { TimelineEntry } from '../../../core/schemas/timeline.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Persona, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let item: ItemOut;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  item = await w.seedItem({}, 'assign');
});
afterAll(() => t?.close());

const record = async (o: Partial<InspectionInput> = {}, persona: Persona = 'supervisor') =>
  (await w.api(persona)).post('/api/inspections', {
    method: 'onsite',
    inspectedOn: '2026-11-20',
    unitId: w.leadUnitId,
    itemIds: [item.id],
    summary: '现场查看3#地块主体施工，塔吊3台在岗，工人约120人',
    verdict: 'fair',
    findings: [{ text: '安全网破损未及时更换', itemId: item.id }],
    ...o,
  });

const listed = async (persona: Persona, query = '') => {
  const res = await (await w.api(persona)).get(`/api/inspections?pageSize=200${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: InspectionOut[]; total: number }>();
};
const stats = async (persona: Persona) =>
  (await (await w.api(persona)).get('/api/inspections/stats')).json<InspectionStats>();
const timeline = async (persona: Persona, itemId: string) =>
  (await (await w.api(persona)).get(`/api/items/${itemId}/timeline?pageSize=100`)).json<{
    items: TimelineEntry[];
  }>().items;

describe('POST /api/inspections', () => {
  it('records an inspection of each method with its inspectors, items and findings', async () => {
    for (const method of ['onsite', 'dedicated', 'phone'] as const) {
      const res = await record({
        method,
        inspectorIds: [w.users.supervisor.id, w.users.supervisorThisLedger.id],
      });
      expect(res.statusCode, res.body).toBe(201);
      const out = res.json<InspectionOut>();
      expect(out).toMatchObject({
        method,
        unitName: '区住建局',
        hidden: false,
        items: [{ id: item.id, code: item.code }],
        findings: [{ text: '安全网破损未及时更换', itemId: item.id, rectificationItemId: null }],
      });
      expect(out.inspectors.map((i) => i.id).sort()).toEqual(
        [w.users.supervisor.id, w.users.supervisorThisLedger.id].sort(),
      );
    }
    const events = await timeline('unitLead', item.id);
    expect(events.filter((e) => e.kind === 'inspected')).toHaveLength(3);
    expect(events[0]).toMatchObject({ title: '督察', text: expect.stringContaining('电话督办') });
  });

  it('refuses a future day, a finding on an item not covered, an inspector who is no supervisor', async () => {
    const other = await w.seedItem({}, 'assign');
    const future = await record({ inspectedOn: '2026-12-01' });
    expect(future.statusCode).toBe(422);
    const stray = await record({ findings: [{ text: '问题', itemId: other.id }] });
    expect(stray.statusCode).toBe(422);
    expect(stray.json().error.details[0].field).toBe('findings.0.itemId');
    const notInspector = await record({ inspectorIds: [w.users.unitLead.id] });
    expect(notInspector.statusCode).toBe(422);
    expect((await record({}, 'unitLead')).statusCode).toBe(403);
    expect((await record({}, 'leader')).statusCode).toBe(403);
    // An item outside the supervisor's ledgers is as good as missing.
    expect((await record({}, 'supervisorOtherLedger')).statusCode).toBe(404);
  });
});

describe('unannounced inspections', () => {
  it('stay hidden from the inspected unit in lists, counts, single reads and timelines until disclosed', async () => {
    const target = await w.seedItem({}, 'assign');
    const unitBefore = await listed('unitLead');
    const statsBefore = await stats('unitLead');
    const res = await record({ method: 'unannounced', itemIds: [target.id], findings: [] });
    expect(res.statusCode, res.body).toBe(201);
    const hidden = res.json<InspectionOut>();
    expect(hidden.hidden).toBe(true);

    // The office sees it.
    expect((await listed('supervisor')).items.map((i) => i.id)).toContain(hidden.id);
    expect((await listed('leader', '&undisclosed=true')).items.map((i) => i.id)).toContain(hidden.id);
    expect((await timeline('supervisor', target.id)).some((e) => e.kind === 'inspected')).toBe(true);

    // The inspected unit does not, however it asks.
    for (const p of ['unitLead', 'unitCoop', 'unitOther'] as const) {
      const mine = await listed(p);
      expect(mine.items.map((i) => i.id)).not.toContain(hidden.id);
      expect((await listed(p, '&method=unannounced')).total).toBe(0);
      expect((await listed(p, '&undisclosed=true')).total).toBe(0);
      expect((await (await w.api(p)).get(`/api/inspections/${hidden.id}`)).statusCode).toBe(404);
      expect((await stats(p)).byMethod.unannounced).toBe(0);
    }
    expect((await listed('unitLead')).total).toBe(unitBefore.total);
    expect(await stats('unitLead')).toEqual(statsBefore);
    expect((await (await w.api('unitLead')).get(`/api/items/${target.id}/inspections`)).json().total).toBe(0);
    expect((await timeline('unitLead', target.id)).some((e) => e.kind.startsWith('inspect'))).toBe(false);

    // Disclosed: now it shows to the unit, with its timeline entry.
    const disclose = await (await w.api('supervisor')).post(`/api/inspections/${hidden.id}/disclose`, {
      version: hidden.version,
    });
    expect(disclose.statusCode, disclose.body).toBe(200);
    expect(disclose.json()).toMatchObject({ hidden: false, disclosedAt: expect.any(String) });
    expect((await listed('unitLead')).items.map((i) => i.id)).toContain(hidden.id);
    expect((await stats('unitLead')).byMethod.unannounced).toBe(1);
    expect((await (await w.api('unitLead')).get(`/api/inspections/${hidden.id}`)).statusCode).toBe(200);
    const kinds = (await timeline('unitLead', target.id)).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['inspected', 'inspection_disclosed']));
    // Another unit still does not see the inspection of this one.
    expect((await listed('unitOther')).items.map((i) => i.id)).not.toContain(hidden.id);
    // Disclosing twice is refused.
    const again = await (await w.api('supervisor')).post(`/api/inspections/${hidden.id}/disclose`, {
      version: hidden.version + 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('invalid_transition');
  });

  it('keeps the items a unit does not work on out of what it is shown', async () => {
    const foreign = await w.seedItem({
      responsibilities: [{ unitId: w.otherUnitId, role: 'lead' }],
    });
    const res = await record({
      itemIds: [item.id, foreign.id],
      findings: [{ text: '配合不到位', itemId: foreign.id }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const seen = (
      await (await w.api('unitLead')).get(`/api/inspections/${res.json().id}`)
    ).json<InspectionOut>();
    expect(seen.items.map((i) => i.id)).toEqual([item.id]);
    expect(seen.findings[0]).toMatchObject({ itemId: null, itemCode: null });
  });
});

describe('PATCH /api/inspections/:id', () => {
  it('edits the text under the version check and keeps findings that became items', async () => {
    const out = (await record()).json<InspectionOut>();
    const api = await w.api('supervisor');
    const res = await api.patch(`/api/inspections/${out.id}`, {
      version: out.version,
      verdict: 'poor',
      findings: [
        { id: out.findings[0].id, text: '安全网破损，已责令当日更换', itemId: item.id },
        { text: '扬尘覆盖不到位' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ verdict: 'poor', version: out.version + 1 });
    expect(res.json().findings.map((f: { text: string }) => f.text)).toEqual([
      '安全网破损，已责令当日更换',
      '扬尘覆盖不到位',
    ]);
    const stale = await api.patch(`/api/inspections/${out.id}`, { version: out.version, verdict: 'good' });
    expect(stale.statusCode).toBe(409);
  });
});
