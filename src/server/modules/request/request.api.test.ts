import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalStep } from '../../../core/requests.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { RequestOut } from '../../../core/schemas/request.js';
import { buildLedger, buildUser } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, clientFor, uploadEvidence, type World } from '../../testing/world.js';

/**
 * Requests through their approval chains, on the test day Friday 2026-11-27:
 * extensions (in time, late, earlier date refused), adjustments, completion
 * with evidence and a rating, cancellation, and a refusal at every step.
 */
let t: TestApp;
let w: World;
let sup: Client;
let unit: Client;
/** A second user of the lead unit: its own leader when the unit names no deputy. */
let unitHead: Client;
let leader: Client;
/** A ledger with the three-step chain: the unit's leader → supervisor → leader in charge. */
let chainLedgerId: string;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  unit = await w.api('unitLead');
  leader = await w.api('leader');
  const head = await buildUser(t.sys, { roles: ['unit'], unitId: w.leadUnitId, username: 'unit_head' });
  unitHead = clientFor(t, await t.login(head.username));
  chainLedgerId = (await buildLedger(t.sys, { name: '重点项目建设', code: 'ZX' })).id;
  const res = await sup.put(`/api/ledgers/${chainLedgerId}/approval-chain`, {
    steps: ['unit_head', 'supervisor', 'leader'],
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t?.close());

const read = async (id: string) => (await sup.get(`/api/items/${id}`)).json<ItemOut>();
const requestsOf = async (id: string) =>
  (await sup.get(`/api/items/${id}/requests`)).json<{ items: RequestOut[] }>().items;
const timeline = async (id: string) =>
  (await sup.get(`/api/items/${id}/timeline`)).json<{ items: { kind: string; text: string }[] }>().items;

async function ask(who: Client, item: ItemOut, body: Record<string, unknown>) {
  return who.post(`/api/items/${item.id}/requests`, { version: item.version, ...body });
}
async function asked(who: Client, item: ItemOut, body: Record<string, unknown>): Promise<RequestOut> {
  const res = await ask(who, item, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RequestOut>();
}
async function decide(who: Client, req: RequestOut, body: Record<string, unknown>) {
  return who.post(`/api/requests/${req.id}/decisions`, { version: req.version, ...body });
}
async function decided(who: Client, req: RequestOut, body: Record<string, unknown>): Promise<RequestOut> {
  const res = await decide(who, req, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<RequestOut>();
}
/** A completion request's body with its final report uploaded to the item by the lead unit. */
async function completionOf(item: ItemOut) {
  const report = await uploadEvidence(t, w.as('unitLead'), item.id);
  return { kind: 'completion', evidence: { statement: '主体已封顶，通过验收', fileIds: [report.id] } };
}

describe('extension requests (延期申请)', () => {
  it('moves the due date in force, keeps the original, counts, and excuses nothing when in time', async () => {
    const item = await w.seedItem({ dueDate: '2026-12-02', milestones: [] }, 'assign', 'start');
    expect(item.light).toBe('yellow');
    const req = await asked(unit, item, { kind: 'extension', newDate: '2027-01-31', reason: '冬季施工受限' });
    expect(req).toMatchObject({
      status: 'pending',
      requestedAfterDeadline: false,
      chain: ['supervisor'],
      step: 0,
    });
    // Nothing moves until it is approved.
    expect((await read(item.id)).currentDueDate).toBe('2026-12-02');
    const done = await decided(sup, req, { decision: 'approve', comment: '同意延期' });
    expect(done).toMatchObject({
      status: 'approved',
      decisions: [{ stepKind: 'supervisor', decision: 'approve' }],
    });
    const after = await read(item.id);
    expect(after).toMatchObject({
      dueDate: '2026-12-02',
      currentDueDate: '2027-01-31',
      judgedDueDate: '2027-01-31',
      extensionCount: 1,
      light: 'green',
    });
    const kinds = (await timeline(item.id)).map((e) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['extension_granted', 'request_submitted']);
  });

  it('grants a late extension without excusing the lateness: closing is judged by the missed date', async () => {
    const item = await w.seedItem({ dueDate: '2026-11-20', milestones: [] }, 'assign', 'start');
    expect(item.light).toBe('red');
    const req = await asked(unit, item, { kind: 'extension', newDate: '2026-12-31', reason: '资金未到位' });
    expect(req.requestedAfterDeadline).toBe(true);
    await decided(sup, req, { decision: 'approve', comment: '同意，但超期事实不变' });
    const extended = await read(item.id);
    expect(extended).toMatchObject({
      currentDueDate: '2026-12-31',
      judgedDueDate: '2026-11-20',
      light: 'green',
    });
    const closing = await asked(unit, extended, await completionOf(extended));
    await decided(sup, closing, { decision: 'approve', rating: 3, comment: '完成但超期' });
    const closed = await read(item.id);
    expect(closed).toMatchObject({
      status: 'completed',
      closedOn: '2026-11-27',
      closedOnTime: false,
      judgedDueDate: '2026-11-20',
      closingRating: 3,
      closingComment: '完成但超期',
    });
    const close = (await timeline(item.id))[0];
    expect(close.kind).toBe('approve_completion');
    expect(close.text).toContain('超期办结（以 2026-11-20 为准）');
  });

  it.each([
    ['an earlier date', '2026-12-01'],
    ['the same date', '2026-12-31'],
  ])('refuses %s with a clear error and leaves nothing behind', async (_what, newDate) => {
    const item = await w.seedItem({}, 'assign', 'start');
    const res = await ask(unit, item, { kind: 'extension', newDate, reason: '理由' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([
      { field: 'newDate', message: '新的截止日期须晚于现截止日期 2026-12-31' },
    ]);
    expect(await requestsOf(item.id)).toEqual([]);
    expect((await read(item.id)).version).toBe(item.version);
  });

  it('refuses bad input (no reason, no date) with 400 and stores nothing', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    const res = await ask(unit, item, { kind: 'extension', newDate: '2027-02-30' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['newDate', 'reason']);
    expect(await requestsOf(item.id)).toEqual([]);
  });

  it('lets only the lead unit ask, one request at a time', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    const body = { kind: 'extension', newDate: '2027-03-31', reason: '理由' };
    expect((await ask(sup, item, body)).statusCode).toBe(403);
    expect((await ask(await w.api('unitCoop'), item, body)).statusCode).toBe(403);
    expect((await ask(await w.api('unitOther'), item, body)).statusCode).toBe(404);
    await asked(unit, item, body);
    const again = await ask(unit, item, { kind: 'cancellation', reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });

  it('refuses a refusal without a reason, and records the one with it', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    const req = await asked(unit, item, { kind: 'extension', newDate: '2027-03-31', reason: '理由' });
    expect((await decide(sup, req, { decision: 'refuse' })).statusCode).toBe(400);
    const refused = await decided(sup, req, { decision: 'refuse', comment: '理由不充分' });
    expect(refused).toMatchObject({
      status: 'refused',
      decisions: [{ decision: 'refuse', comment: '理由不充分' }],
    });
    expect((await read(item.id)).currentDueDate).toBe('2026-12-31');
    expect((await timeline(item.id))[0]).toMatchObject({ kind: 'request_refused' });
    expect((await decide(sup, refused, { decision: 'approve' })).statusCode).toBe(409);
  });
});

describe('completion through the three-step chain: unit leader → supervisor → leader in charge', () => {
  const chain: ApprovalStep[] = ['unit_head', 'supervisor', 'leader'];
  const approver = (step: ApprovalStep) => ({ unit_head: unitHead, supervisor: sup, leader })[step];
  const approval = (step: ApprovalStep) =>
    step === 'supervisor'
      ? { decision: 'approve', rating: 5, comment: '成效显著' }
      : { decision: 'approve', comment: '同意' };

  async function pendingCompletion() {
    const item = await w.seedItem({ ledgerId: chainLedgerId }, 'assign', 'start');
    const req = await asked(unit, item, await completionOf(item));
    expect(req.chain).toEqual(chain);
    expect((await read(item.id)).status).toBe('pending_review');
    return { item, req };
  }

  it('closes with the rating after every step approves, each step on the timeline', async () => {
    let { item, req } = await pendingCompletion();
    for (const step of chain) req = await decided(approver(step), req, approval(step));
    expect(req).toMatchObject({ status: 'approved', step: 3 });
    expect(req.decisions.map((d) => [d.stepKind, d.decision])).toEqual(chain.map((s) => [s, 'approve']));
    item = await read(item.id);
    expect(item).toMatchObject({ status: 'completed', closingRating: 5, closedOnTime: true });
    const kinds = (await timeline(item.id)).map((e) => e.kind);
    expect(kinds.slice(0, 4)).toEqual([
      'approve_completion',
      'request_step_approved',
      'request_step_approved',
      'request_completion',
    ]);
  });

  it.each(chain.map((step, i) => ({ step, i })))(
    'a refusal at step $i ($step) sends the item back to work with the reason',
    async ({ step, i }) => {
      let { item, req } = await pendingCompletion();
      for (const before of chain.slice(0, i)) req = await decided(approver(before), req, approval(before));
      const refused = await decided(approver(step), req, {
        decision: 'refuse',
        comment: `第${i + 1}步：佐证不足`,
      });
      expect(refused).toMatchObject({ status: 'refused', step: 3 });
      item = await read(item.id);
      expect(item).toMatchObject({ status: 'in_progress', closedOn: null, closingRating: null });
      const back = (await timeline(item.id))[0];
      expect(back.kind).toBe('return');
      expect(back.text).toContain(`第${i + 1}步：佐证不足`);
    },
  );

  it('lets only the step’s decider act, and shows each approver their inbox', async () => {
    const { req } = await pendingCompletion();
    // The requester is no approver of their own request; the supervisor waits for the unit's leader.
    expect((await decide(unit, req, approval('unit_head'))).statusCode).toBe(403);
    expect((await decide(sup, req, approval('supervisor'))).statusCode).toBe(403);
    expect((await decide(leader, req, approval('leader'))).statusCode).toBe(403);
    const inbox = async (c: Client) =>
      (await c.get('/api/requests?awaiting=me')).json<{ items: RequestOut[] }>().items.map((r) => r.id);
    expect(await inbox(unitHead)).toContain(req.id);
    expect(await inbox(sup)).not.toContain(req.id);
    const next = await decided(unitHead, req, approval('unit_head'));
    expect(next.canDecide).toBe(false);
    expect(await inbox(sup)).toContain(req.id);
    expect(await inbox(unitHead)).not.toContain(req.id);
    expect((await decide(sup, next, { decision: 'approve', comment: '无评价' })).statusCode).toBe(400);
    // Deciding on an old version is refused: two approvers cannot both take the step.
    expect((await decide(sup, req, approval('supervisor'))).statusCode).toBe(409);
  });

  it('requires every open milestone done or explained, leaving nothing behind when not', async () => {
    const item = await w.seedItem(
      { ledgerId: chainLedgerId, milestones: [{ title: '竣工验收', plannedDate: '2026-12-20' }] },
      'assign',
      'start',
    );
    const completion = await completionOf(item);
    const res = await ask(unit, item, completion);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('milestones.0');
    expect(await requestsOf(item.id)).toEqual([]);
    expect((await read(item.id)).status).toBe('in_progress');
    const ok = await ask(unit, item, {
      ...completion,
      evidence: {
        ...completion.evidence,
        milestoneNotes: [{ milestoneId: item.milestones[0].id, note: '提前整体验收' }],
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});

describe('adjustment and cancellation requests', () => {
  it('refuses moving a planned milestone by editing; an approved adjustment re-plans it', async () => {
    const item = await w.seedItem(
      { milestones: [{ title: '完成征迁', plannedDate: '2026-11-10' }] },
      'assign',
      'start',
    );
    expect(item.light).toBe('red');
    const m = item.milestones[0];
    const edit = await sup.patch(`/api/items/${item.id}`, {
      version: item.version,
      milestones: [{ ...m, plannedDate: '2026-12-20' }],
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('core_locked');
    const req = await asked(unit, item, {
      kind: 'adjustment',
      reason: '规划调整',
      changes: { milestones: [{ id: m.id, title: m.title, plannedDate: '2026-12-20' }] },
    });
    await decided(sup, req, { decision: 'approve', comment: '同意调整' });
    const after = await read(item.id);
    expect(after.milestones[0]).toMatchObject({ id: m.id, plannedDate: '2026-12-20', doneDate: null });
    expect(after.light).toBe('green');
    const history = (await sup.get(`/api/items/${item.id}/light-history`)).json().items;
    expect(history.at(-1)).toMatchObject({
      from: 'red',
      to: 'green',
      cause: 'adjusted',
      onDate: '2026-11-27',
    });
  });

  it('checks an adjustment against the due date in force when it is made', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    const res = await ask(sup, item, {
      kind: 'adjustment',
      reason: '调整',
      changes: { milestones: [{ title: '超出期限', plannedDate: '2027-02-01' }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('changes.milestones.0.plannedDate');
    expect(await requestsOf(item.id)).toEqual([]);
  });

  it('cancels on approval, asked by the lead unit; refused, the item runs on', async () => {
    const a = await w.seedItem({}, 'assign', 'start');
    await decided(sup, await asked(unit, a, { kind: 'cancellation', reason: '项目取消' }), {
      decision: 'approve',
      comment: '同意撤销',
    });
    expect(await read(a.id)).toMatchObject({ status: 'cancelled', light: null });
    const b = await w.seedItem({}, 'assign', 'start');
    await decided(sup, await asked(unit, b, { kind: 'cancellation', reason: '项目取消' }), {
      decision: 'refuse',
      comment: '仍须推进',
    });
    expect(await read(b.id)).toMatchObject({ status: 'in_progress' });
  });
});

describe('approval chains per ledger', () => {
  it('defaults to the supervisor alone and refuses a step named twice', async () => {
    expect((await sup.get(`/api/ledgers/${w.otherLedgerId}/approval-chain`)).json()).toEqual({
      ledgerId: w.otherLedgerId,
      steps: ['supervisor'],
      isDefault: true,
    });
    const res = await sup.put(`/api/ledgers/${w.otherLedgerId}/approval-chain`, {
      steps: ['supervisor', 'supervisor'],
    });
    expect(res.statusCode).toBe(400);
  });
});
