import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffRow } from '../../../core/adjustment-diff.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { RequestOut } from '../../../core/schemas/request.js';
import { buildLedger, buildUser } from '../../testing/factories.js';
import { multipartFile } from '../../testing/multipart.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, clientFor, uploadEvidence, type World } from '../../testing/world.js';

/**
 * Closing evidence on completion requests (the final report's attachments,
 * required) and adjustment requests that change targets, milestones and the
 * chain of responsibility, with their before/after, applied on the last
 * approval of a three-step chain.
 */
let t: TestApp;
let w: World;
let sup: Client;
let unit: Client;
let unitHead: Client;
let leader: Client;
let chainLedgerId: string;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  unit = await w.api('unitLead');
  leader = await w.api('leader');
  const head = await buildUser(t.sys, { roles: ['unit'], unitId: w.leadUnitId, username: 'unit_head2' });
  unitHead = clientFor(t, await t.login(head.username));
  chainLedgerId = (await buildLedger(t.sys, { name: '调整台账', code: 'TZ' })).id;
  const res = await sup.put(`/api/ledgers/${chainLedgerId}/approval-chain`, {
    steps: ['unit_head', 'supervisor', 'leader'],
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t?.close());

const read = async (id: string) => (await sup.get(`/api/items/${id}`)).json<ItemOut>();
const requestsOf = async (id: string) =>
  (await sup.get(`/api/items/${id}/requests`)).json<{ items: RequestOut[] }>().items;
const ask = (item: ItemOut, body: Record<string, unknown>, who = unit) =>
  who.post(`/api/items/${item.id}/requests`, { version: item.version, ...body });
async function upload(item: ItemOut, name: string, text: string) {
  const { payload, headers } = multipartFile(name, text);
  const res = await unit.post(`/api/items/${item.id}/files`, payload, headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; ownerKind: string }>();
}

describe('completion evidence (办结佐证)', () => {
  it('refuses a completion without attachments with a clear error, leaving nothing behind', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    for (const evidence of [{ statement: '已完成' }, { statement: '已完成', fileIds: [] }]) {
      const res = await ask(item, { kind: 'completion', evidence });
      expect(res.statusCode).toBe(400);
      const detail = res.json().error.details[0];
      expect(detail.field).toBe('evidence.fileIds');
      expect(res.json().error.message).toContain('附件');
    }
    expect(await requestsOf(item.id)).toEqual([]);
    expect((await read(item.id)).status).toBe('in_progress');
  });

  it('refuses files of another item or already used, leaving them loose', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    const other = await w.seedItem({}, 'assign', 'start');
    const foreign = await upload(other, '别的事项.txt', '别的事项的报告');
    const res = await ask(item, {
      kind: 'completion',
      evidence: { statement: '已完成', fileIds: [foreign.id] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('fileIds');
    expect(await requestsOf(item.id)).toEqual([]);
    expect((await read(item.id)).status).toBe('in_progress');
    const files = (await sup.get(`/api/items/${other.id}/files`)).json<{ items: { ownerKind: string }[] }>();
    expect(files.items.map((f) => f.ownerKind)).toEqual(['item']);
  });

  it('carries the final report’s files on the request for the approvers, who close with them in view', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    const report = await upload(item, '验收报告.txt', '竣工验收合格');
    const photo = await uploadEvidence(t, w.as('unitLead'), item.id, '现场.txt');
    const res = await ask(item, {
      kind: 'completion',
      evidence: { statement: '主体完工并验收', fileIds: [report.id, photo.id, report.id] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const req = res.json<RequestOut>();
    expect(req.files.map((f) => [f.name, f.ownerKind, f.ownerId])).toEqual([
      ['验收报告.txt', 'request', req.id],
      ['现场.txt', 'request', req.id],
    ]);
    // The supervisor sees them on the request, in the inbox too.
    const inbox = (await sup.get('/api/requests?awaiting=me')).json<{ items: RequestOut[] }>().items;
    expect(inbox.find((r) => r.id === req.id)?.files).toHaveLength(2);
    const done = await sup.post(`/api/requests/${req.id}/decisions`, {
      decision: 'approve',
      version: req.version,
      rating: 5,
      comment: '佐证充分',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<RequestOut>().files).toHaveLength(2);
    expect((await read(item.id)).status).toBe('completed');
    // Evidence stays downloadable and is not free to be claimed again.
    expect((await sup.get(`/api/files/${report.id}`)).statusCode).toBe(200);
    const files = (await sup.get(`/api/items/${item.id}/files`)).json<{ items: { ownerKind: string }[] }>();
    expect(files.items.map((f) => f.ownerKind)).toEqual(['request', 'request']);
  });
});

describe('adjustment requests (调整申请) with targets, milestones and responsibilities', () => {
  it('shows the before/after and applies it only on the last approval, recomputing the light', async () => {
    const item = await w.seedItem(
      {
        ledgerId: chainLedgerId,
        targets: [{ name: '安置房', unit: '套', targetValue: 1200, baselineValue: 0 }],
        milestones: [{ title: '完成征迁', plannedDate: '2026-11-10' }],
      },
      'assign',
      'start',
    );
    expect(item.light).toBe('red');
    const [target] = item.targets;
    const [m] = item.milestones;
    const lead = item.responsibilities.find((r) => r.role === 'lead');
    const coop = item.responsibilities.find((r) => r.role === 'cooperating');
    const res = await ask(item, {
      kind: 'adjustment',
      reason: '规划调整，安置户数减少',
      changes: {
        targets: [
          { id: target.id, name: '安置房', unit: '套', targetValue: 1000, baselineValue: 0 },
          { name: '配套道路', unit: '公里', targetValue: 3, baselineValue: 0 },
        ],
        milestones: [{ id: m.id, title: m.title, plannedDate: '2026-12-20' }],
        responsibilities: [
          { id: lead?.id, unitId: w.leadUnitId, role: 'lead', responsibleId: w.users.unitLead.id },
          { id: coop?.id, unitId: w.coopUnitId, role: 'cooperating' },
          { unitId: w.otherUnitId, role: 'undertaking' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    let req = res.json<RequestOut>();
    const diff = (req.payload as { diff: DiffRow[] }).diff;
    expect(diff.map((d) => [d.section, d.before?.zh ?? null, d.after?.zh ?? null])).toEqual([
      ['targets', '安置房：1200 套（基数 0）', '安置房：1000 套（基数 0）'],
      ['targets', null, '配套道路：3 公里（基数 0）'],
      ['milestones', '完成征迁 2026-11-10', '完成征迁 2026-12-20'],
      ['responsibilities', '牵头单位', `牵头单位；具体责任人：${w.users.unitLead.displayName}`],
      ['responsibilities', null, '承办单位'],
    ]);
    // Step by step: the unit's leader, the supervisor, the leader in charge; nothing moves before the last.
    for (const who of [unitHead, sup]) {
      const step = await who.post(`/api/requests/${req.id}/decisions`, {
        decision: 'approve',
        version: req.version,
        comment: '同意',
      });
      expect(step.statusCode, step.body).toBe(200);
      req = step.json<RequestOut>();
      const now = await read(item.id);
      expect(now.targets.map((x) => x.targetValue)).toEqual([1200]);
      expect(now.light).toBe('red');
    }
    const last = await leader.post(`/api/requests/${req.id}/decisions`, {
      decision: 'approve',
      version: req.version,
      comment: '同意调整',
    });
    expect(last.statusCode, last.body).toBe(200);
    const after = await read(item.id);
    expect(after.targets.map((x) => [x.name, x.targetValue])).toEqual([
      ['安置房', 1000],
      ['配套道路', 3],
    ]);
    expect(after.targets[0].id).toBe(target.id);
    expect(after.milestones[0]).toMatchObject({ id: m.id, plannedDate: '2026-12-20' });
    expect(after.responsibilities.map((r) => [r.role, r.unitId]).sort()).toEqual(
      [
        ['cooperating', w.coopUnitId],
        ['lead', w.leadUnitId],
        ['undertaking', w.otherUnitId],
      ].sort(),
    );
    expect(after.responsibilities.find((r) => r.role === 'lead')?.responsibleId).toBe(w.users.unitLead.id);
    expect(after.light).toBe('green');
    const history = (await sup.get(`/api/items/${item.id}/light-history`)).json().items;
    expect(history.at(-1)).toMatchObject({ from: 'red', to: 'green', cause: 'adjusted' });
    // The new undertaking unit now answers for the item.
    expect((await (await w.api('unitOther')).get(`/api/items/${item.id}`)).statusCode).toBe(200);
  });

  it('refuses an adjustment that changes nothing, and one without a lead unit', async () => {
    const item = await w.seedItem({}, 'assign', 'start');
    const same = await ask(item, {
      kind: 'adjustment',
      reason: '无',
      changes: {
        milestones: item.milestones.map((m) => ({ id: m.id, title: m.title, plannedDate: m.plannedDate })),
      },
    });
    expect(same.statusCode).toBe(422);
    expect(same.json().error.details[0].field).toBe('changes');
    const leaderless = await ask(item, {
      kind: 'adjustment',
      reason: '换牵头',
      changes: { responsibilities: [{ unitId: w.coopUnitId, role: 'cooperating' }] },
    });
    expect(leaderless.statusCode).toBe(422);
    expect(await requestsOf(item.id)).toEqual([]);
  });
});
