import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentOut, ChecklistOut } from '../../../core/schemas/checklist.js';
import type {
  CandidateOut,
  InspectionOut,
  PlanDetailOut,
  VisitOut,
} from '../../../core/schemas/inspection.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { NoticeOut } from '../../../core/schemas/notice.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Persona, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

const inspect = async (itemId: string, o: Record<string, unknown> = {}) =>
  (
    await (
      await w.api('supervisor')
    ).post('/api/inspections', {
      method: 'onsite',
      inspectedOn: '2026-11-24',
      unitId: w.leadUnitId,
      itemIds: [itemId],
      summary: '现场查看',
      verdict: 'poor',
      findings: [{ text: '渣土车未密闭运输，道路扬尘明显', itemId }],
      ...o,
    })
  ).json<InspectionOut>();

describe('POST /api/findings/:id/rectify', () => {
  it('makes a finding a rectification item on the ledger, led by the unit, with its deadline, linked back', async () => {
    const item = await w.seedItem({}, 'assign');
    const inspection = await inspect(item.id);
    const finding = inspection.findings[0];
    const api = await w.api('supervisor');
    const res = await api.post(`/api/findings/${finding.id}/rectify`, {
      ledgerId: w.ledgerId,
      unitId: w.coopUnitId,
      dueDate: '2026-12-20',
      assign: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json<ItemOut>();
    expect(made).toMatchObject({
      ledgerId: w.ledgerId,
      status: 'assigned',
      dueDate: '2026-12-20',
      title: '整改：渣土车未密闭运输，道路扬尘明显',
      goal: '渣土车未密闭运输，道路扬尘明显',
      sourceRef: '督察发现（2026-11-24 实地督导）',
    });
    expect(made.responsibilities).toMatchObject([{ unitId: w.coopUnitId, role: 'lead' }]);
    // Linked back: the finding names the item; the covered item's timeline says so.
    const after = (await api.get(`/api/inspections/${inspection.id}`)).json<InspectionOut>();
    expect(after.findings[0]).toMatchObject({
      rectificationItemId: made.id,
      rectificationItemCode: made.code,
    });
    const events = (await api.get(`/api/items/${item.id}/timeline`)).json<{
      items: { kind: string; text: string }[];
    }>();
    expect(events.items[0]).toMatchObject({
      kind: 'rectification_ordered',
      text: expect.stringContaining(made.code),
    });
    // The unit responsible sees its new item; the item row, its audit and the finding were one transaction.
    expect((await (await w.api('unitCoop')).get(`/api/items/${made.id}`)).statusCode).toBe(200);
    const audit = await t.db.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['item.create', 'item.assign', 'inspection.rectify'])
      .where((eb) => eb.or([eb('entity_id', '=', made.id), eb('entity_id', '=', inspection.id)]))
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['inspection.rectify', 'item.assign', 'item.create'].sort(),
    );
    // Once only.
    const twice = await api.post(`/api/findings/${finding.id}/rectify`, {
      ledgerId: w.ledgerId,
      unitId: w.coopUnitId,
      dueDate: '2026-12-20',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps the item a draft while the unannounced inspection is hidden, and changes nothing when refused', async () => {
    const item = await w.seedItem({}, 'assign');
    const hidden = await inspect(item.id, { method: 'unannounced' });
    const api = await w.api('supervisor');
    const count = async () =>
      Number(
        (
          await t.db.handle.db
            .selectFrom('items')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const refused = await api.post(`/api/findings/${hidden.findings[0].id}/rectify`, {
      ledgerId: w.ledgerId,
      unitId: w.leadUnitId,
      dueDate: '2026-12-20',
      assign: true,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details[0].field).toBe('assign');
    expect(await count()).toBe(before);
    const badLedger = await (await w.api('supervisorOtherLedger')).post(
      `/api/findings/${hidden.findings[0].id}/rectify`,
      { ledgerId: w.otherLedgerId, unitId: w.leadUnitId, dueDate: '2026-12-20' },
    );
    expect(badLedger.statusCode).toBe(404);
    const draft = await api.post(`/api/findings/${hidden.findings[0].id}/rectify`, {
      ledgerId: w.ledgerId,
      unitId: w.leadUnitId,
      dueDate: '2026-12-20',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json().status).toBe('draft');
    expect((await (await w.api('unitLead')).get(`/api/items/${draft.json().id}`)).statusCode).toBe(404);
    // Its note on the covered item stays hidden from the unit with the inspection.
    const unitEvents = (await (await w.api('unitLead')).get(`/api/items/${item.id}/timeline`)).json<{
      items: { kind: string }[];
    }>();
    expect(unitEvents.items.map((e) => e.kind)).not.toContain('rectification_ordered');
  });
});

describe('POST /api/findings/:id/notice', () => {
  it('makes a finding a numbered notice to the inspected unit about its item, once, linked back', async () => {
    const item = await w.seedItem({}, 'assign');
    const inspection = await inspect(item.id);
    const finding = inspection.findings[0];
    const api = await w.api('supervisor');
    const res = await api.post(`/api/findings/${finding.id}/notice`, {
      kind: 'inspection',
      requiredActions: '三日内完成渣土车密闭改造',
      replyDue: '2026-12-10',
    });
    expect(res.statusCode, res.body).toBe(201);
    const notice = res.json<NoticeOut>();
    expect(notice).toMatchObject({ kind: 'inspection', unitId: w.leadUnitId, replyDue: '2026-12-10' });
    expect(notice.number).toMatch(/^督通〔2026〕\d+号$/);
    expect(notice.findings).toContain('渣土车未密闭运输');
    expect(notice.items.map((i) => i.id)).toEqual([item.id]);

    const again = (await api.get(`/api/inspections/${inspection.id}`)).json<InspectionOut>();
    expect(again.findings[0]).toMatchObject({ noticeId: notice.id, noticeNumber: notice.number });
    // The inspected unit sees the notice among its own.
    const unit = (await (await w.api('unitLead')).get('/api/notices')).json<{ items: NoticeOut[] }>();
    expect(unit.items.map((n) => n.id)).toContain(notice.id);
    const twice = await api.post(`/api/findings/${finding.id}/notice`, {
      requiredActions: '再次下发',
      replyDue: '2026-12-10',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('sends no notice while an unannounced inspection is hidden, and none for a finding without an item', async () => {
    const item = await w.seedItem({}, 'assign');
    const hidden = await inspect(item.id, { method: 'unannounced' });
    const api = await w.api('supervisor');
    const before = (await api.get('/api/notices?pageSize=200')).json<{ total: number }>().total;
    const refused = await api.post(`/api/findings/${hidden.findings[0].id}/notice`, {
      requiredActions: '整改',
      replyDue: '2026-12-10',
    });
    expect(refused.statusCode).toBe(422);
    const loose = await inspect(item.id, { findings: [{ text: '台账资料不全' }] });
    const noItem = await api.post(`/api/findings/${loose.findings[0].id}/notice`, {
      requiredActions: '补齐资料',
      replyDue: '2026-12-10',
    });
    expect(noItem.statusCode).toBe(422);
    expect((await api.get('/api/notices?pageSize=200')).json<{ total: number }>().total).toBe(before);
  });
});

describe('visit plans', () => {
  it('proposes red, long-uninspected and obstructed items, plans visits, and counts planned against done', async () => {
    const red = await w.seedItem(
      { startDate: '2026-01-05', dueDate: '2026-10-31', title: '逾期事项' },
      'assign',
    );
    const fresh = await w.seedItem({ title: '刚督察过的事项' }, 'assign');
    await inspect(fresh.id, { findings: [] });
    const api = await w.api('supervisor');
    const stale = (await api.get('/api/plans/candidates?staleDays=30')).json<{ items: CandidateOut[] }>()
      .items;
    expect(stale.map((c) => c.itemId)).toContain(red.id);
    expect(stale.map((c) => c.itemId)).not.toContain(fresh.id);
    const reds = (await api.get('/api/plans/candidates?red=true')).json<{ items: CandidateOut[] }>().items;
    expect(reds.find((c) => c.itemId === red.id)?.reasons).toContain('red');
    expect(reds.every((c) => c.reasons.includes('red'))).toBe(true);
    // A ledger-limited supervisor is proposed only their ledgers' items.
    const other = (await (await w.api('supervisorOtherLedger')).get('/api/plans/candidates')).json<{
      items: CandidateOut[];
    }>();
    expect(other.items.map((c) => c.itemId)).not.toContain(red.id);

    const plan = (
      await api.post('/api/plans', {
        title: '12月第一周走访',
        visits: [
          {
            itemId: red.id,
            inspectorId: w.users.supervisorThisLedger.id,
            plannedOn: '2026-11-26',
            reasons: ['red'],
          },
          { itemId: fresh.id, inspectorId: w.users.supervisorThisLedger.id, plannedOn: '2026-12-01' },
          { itemId: fresh.id, inspectorId: w.users.supervisor.id, plannedOn: '2026-12-02', method: 'phone' },
        ],
      })
    ).json<PlanDetailOut>();
    expect(plan).toMatchObject({ planned: 3, done: 0, overdue: 1 });

    // The inspector sees their visits, open first, and records the result against one.
    const inspector = await w.api('supervisorThisLedger');
    const mine = (await inspector.get('/api/plans/mine')).json<{ items: VisitOut[] }>().items;
    expect(mine.map((v) => v.itemId)).toEqual([red.id, fresh.id]);
    expect(mine[0]).toMatchObject({ overdue: true, unitName: '区住建局', reasons: ['red'] });
    const done = await inspector.post('/api/inspections', {
      method: 'onsite',
      inspectedOn: '2026-11-27',
      unitId: w.leadUnitId,
      itemIds: [red.id],
      summary: '按计划走访，主体施工已复工',
      verdict: 'fair',
      visitId: mine[0].id,
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json().visitId).toBe(mine[0].id);
    // A visit is recorded once.
    const again = await inspector.post('/api/inspections', {
      method: 'onsite',
      inspectedOn: '2026-11-27',
      unitId: w.leadUnitId,
      itemIds: [red.id],
      summary: '重复',
      verdict: 'fair',
      visitId: mine[0].id,
    });
    expect(again.statusCode).toBe(422);
    const after = (await api.get(`/api/plans/${plan.id}`)).json<PlanDetailOut>();
    expect(after).toMatchObject({ planned: 3, done: 1, overdue: 0 });
    expect(after.byInspector.find((b) => b.inspectorId === w.users.supervisorThisLedger.id)).toMatchObject({
      planned: 2,
      done: 1,
    });
    expect((await api.get('/api/plans')).json().items[0]).toMatchObject({ id: plan.id, done: 1 });
  });
});

describe('checklists and assessments', () => {
  let checklist: ChecklistOut;
  const score = async (
    unitId: string,
    assessedOn: string,
    points: number[],
    persona: Persona = 'supervisor',
  ) =>
    (await w.api(persona)).post('/api/assessments', {
      checklistId: checklist.id,
      unitId,
      assessedOn,
      comments: '现场考评',
      scores: checklist.criteria.map((c, i) => ({ criterionId: c.id, score: points[i] })),
    });

  beforeAll(async () => {
    const res = await (await w.api('supervisor')).post('/api/checklists', {
      name: '“五好”标准',
      criteria: ['班子好', '队伍好', '作风好', '制度好', '业绩好'].map((title) => ({ title, weight: 20 })),
    });
    checklist = res.json<ChecklistOut>();
  });

  it('scores a unit per criterion with the total, and flags failed criteria', async () => {
    expect(checklist.maxTotal).toBe(100);
    const res = await score(w.leadUnitId, '2026-11-10', [18, 17, 11, 19, 20]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<AssessmentOut>()).toMatchObject({
      total: 85,
      maxTotal: 100,
      percent: 85,
      grade: 'good',
      unitName: '区住建局',
    });
    expect(
      res
        .json<AssessmentOut>()
        .scores.filter((s) => s.failed)
        .map((s) => s.title),
    ).toEqual(['作风好']);
    const over = await score(w.leadUnitId, '2026-11-10', [21, 17, 11, 19, 20]);
    expect(over.statusCode).toBe(422);
    expect(over.json().error.details[0].field).toBe('scores.0.score');
    const missing = await (await w.api('supervisor')).post('/api/assessments', {
      checklistId: checklist.id,
      unitId: w.leadUnitId,
      assessedOn: '2026-11-10',
      scores: [{ criterionId: checklist.criteria[0].id, score: 10 }],
    });
    expect(missing.statusCode).toBe(422);
    expect((await score(w.leadUnitId, '2026-11-10', [1, 1, 1, 1, 1], 'unitLead')).statusCode).toBe(403);
  });

  it('makes a failed criterion a rectification item for the unit, once, and only a failed one', async () => {
    const a = (await score(w.coopUnitId, '2026-11-20', [18, 9, 16, 17, 18])).json<AssessmentOut>();
    const failed = a.scores.find((s) => s.failed);
    const passed = a.scores.find((s) => !s.failed);
    const api = await w.api('supervisor');
    const body = { ledgerId: w.ledgerId, unitId: w.coopUnitId, dueDate: '2026-12-31', assign: true };
    const res = await api.post(`/api/assessments/${a.id}/criteria/${failed?.criterionId}/rectify`, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<ItemOut>()).toMatchObject({
      status: 'assigned',
      title: '整改：队伍好未达标',
      goal: '“五好”标准「队伍好」得分 9/20',
      sourceRef: '考评未达标（2026-11-20）',
    });
    const after = (await api.get(`/api/assessments/${a.id}`)).json<AssessmentOut>();
    expect(after.scores.find((s) => s.failed)?.rectificationItemId).toBe(res.json().id);
    expect(
      (await api.post(`/api/assessments/${a.id}/criteria/${failed?.criterionId}/rectify`, body)).statusCode,
    ).toBe(409);
    expect(
      (await api.post(`/api/assessments/${a.id}/criteria/${passed?.criterionId}/rectify`, body)).statusCode,
    ).toBe(422);
  });

  it("keeps each unit's history to itself", async () => {
    await score(w.leadUnitId, '2026-10-10', [15, 15, 15, 15, 15]);
    const mineOther = (await score(w.otherUnitId, '2026-11-12', [10, 10, 10, 10, 10])).json<AssessmentOut>();
    const lead = (await (await w.api('unitLead')).get('/api/assessments')).json<{
      items: AssessmentOut[];
      total: number;
    }>();
    expect(lead.items.every((a) => a.unitId === w.leadUnitId)).toBe(true);
    expect(lead.total).toBe(lead.items.length);
    expect(lead.items.map((a) => a.assessedOn)).toEqual(['2026-11-10', '2026-10-10']);
    // Asking for another unit by filter or by id gets nothing.
    expect(
      (await (await w.api('unitLead')).get(`/api/assessments?unitId=${w.otherUnitId}`)).json().total,
    ).toBe(0);
    expect((await (await w.api('unitLead')).get(`/api/assessments/${mineOther.id}`)).statusCode).toBe(404);
    const coop = (await (await w.api('unitCoop')).get('/api/assessments')).json<{ items: AssessmentOut[] }>();
    expect(coop.items.every((a) => a.unitId === w.coopUnitId)).toBe(true);
    expect(
      (await (await w.api('unitOther')).get(`/api/assessments?unitId=${w.leadUnitId}`)).json().total,
    ).toBe(0);
    // The office sees every unit's.
    expect((await (await w.api('leader')).get(`/api/assessments?unitId=${w.otherUnitId}`)).json().total).toBe(
      1,
    );
  });

  it('hides an assessment made during a hidden unannounced inspection until it is disclosed', async () => {
    const item = await w.seedItem({}, 'assign');
    const hidden = await inspect(item.id, { method: 'unannounced', findings: [] });
    const res = await (await w.api('supervisor')).post('/api/assessments', {
      checklistId: checklist.id,
      unitId: w.leadUnitId,
      assessedOn: '2026-11-24',
      inspectionId: hidden.id,
      scores: checklist.criteria.map((c) => ({ criterionId: c.id, score: 12 })),
    });
    expect(res.statusCode, res.body).toBe(201);
    const unit = await w.api('unitLead');
    expect((await unit.get(`/api/assessments/${res.json().id}`)).statusCode).toBe(404);
    await (await w.api('supervisor')).post(`/api/inspections/${hidden.id}/disclose`, {
      version: hidden.version,
    });
    expect((await unit.get(`/api/assessments/${res.json().id}`)).statusCode).toBe(200);
  });
});
