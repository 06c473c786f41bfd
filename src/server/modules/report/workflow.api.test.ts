import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FileOut } from '../../../core/schemas/file.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type {
  InstructionOut,
  ObstacleOut,
  ObstacleSummary,
  ReportOut,
} from '../../../core/schemas/report.js';
import { multipartFile } from '../../testing/multipart.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { buildWorld, clientFor, type Persona, type World } from '../../testing/world.js';

/** The clock of these tests: TEST_NOW (a Friday) unless a test moves it. */
let now = TEST_NOW;
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp(() => now);
  w = await buildWorld(t);
});
beforeEach(() => {
  now = TEST_NOW;
});
afterAll(() => t?.close());

/** A session per persona and clock: moving the clock days ahead would end an older session (idle timeout). */
const sessions = new Map<string, Promise<string>>();
const api = async (p: Persona) => {
  if (p === 'anonymous' || now === TEST_NOW) return w.api(p);
  const key = `${p}@${now.toISOString()}`;
  if (!sessions.has(key)) sessions.set(key, t.login(w.users[p].username));
  return clientFor(t, await (sessions.get(key) as Promise<string>));
};
const item = async (p: Persona, id: string, asOf?: string) =>
  (await (await api(p)).get(`/api/items/${id}${asOf ? `?asOf=${asOf}` : ''}`)).json<ItemOut>();
const count = async (table: 'reports' | 'obstacles' | 'instructions', itemId: string) =>
  (await t.db.handle.db.selectFrom(table).select('id').where('item_id', '=', itemId).execute()).length;
const kinds = async (id: string) =>
  (await (await api('supervisor')).get(`/api/items/${id}/timeline`))
    .json()
    .items.map((e: { kind: string }) => e.kind);

/** An assigned item with a task-book target of 1200 套, started this month. */
const seedHousing = (o = {}) =>
  w.seedItem(
    {
      startDate: '2026-11-20',
      dueDate: '2027-06-30',
      cadence: 'weekly',
      targets: [{ name: '安置房', unit: '套', targetValue: 1200, baselineValue: 0 }],
      milestones: [],
      ...o,
    },
    'assign',
  );

describe('POST /api/items/:id/acknowledge (签收)', () => {
  it('lets every responsible unit acknowledge once, on the timeline', async () => {
    const seeded = await w.seedItem({}, 'assign');
    const coop = await (await api('unitCoop')).post(`/api/items/${seeded.id}/acknowledge`, {});
    expect(coop.statusCode, coop.body).toBe(200);
    const ack = (out: ItemOut, unitId: string) =>
      out.responsibilities.find((r) => r.unitId === unitId)?.acknowledgedAt;
    expect(ack(coop.json(), w.coopUnitId)).toBe(TEST_NOW.toISOString());
    expect(ack(coop.json(), w.leadUnitId)).toBeNull();
    const again = await (await api('unitCoop')).post(`/api/items/${seeded.id}/acknowledge`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    // The lead unit acknowledges by starting, as before.
    const lead = await item('unitLead', seeded.id);
    const started = await (await api('unitLead')).post(`/api/items/${seeded.id}/transitions`, {
      action: 'start',
      version: lead.version,
    });
    expect(ack(started.json(), w.leadUnitId)).toBe(TEST_NOW.toISOString());
    expect(await kinds(seeded.id)).toEqual(['start', 'acknowledged', 'assign', 'created']);
  });

  it('refuses other roles, other units, drafts and stale versions, changing nothing', async () => {
    const seeded = await w.seedItem({}, 'assign');
    expect((await (await api('supervisor')).post(`/api/items/${seeded.id}/acknowledge`, {})).statusCode).toBe(
      403,
    );
    expect((await (await api('leader')).post(`/api/items/${seeded.id}/acknowledge`, {})).statusCode).toBe(
      403,
    );
    expect((await (await api('unitOther')).post(`/api/items/${seeded.id}/acknowledge`, {})).statusCode).toBe(
      404,
    );
    const stale = await (await api('unitCoop')).post(`/api/items/${seeded.id}/acknowledge`, { version: 99 });
    expect(stale.statusCode).toBe(409);
    const draft = await w.seedItem();
    expect((await (await api('unitLead')).post(`/api/items/${draft.id}/acknowledge`, {})).statusCode).toBe(
      404,
    );
    const closed = await w.seedItem({}, 'assign', 'start', 'request_completion', 'approve_completion');
    const late = await (await api('unitCoop')).post(`/api/items/${closed.id}/acknowledge`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('invalid_transition');
    expect((await item('supervisor', seeded.id)).version).toBe(seeded.version);
    expect(await kinds(seeded.id)).toEqual(['assign', 'created']);
  });

  it('lists and counts what waits for acknowledgement, per unit', async () => {
    const seeded = await w.seedItem({}, 'assign');
    const waiting = async (p: Persona) =>
      (await (await api(p)).get('/api/items?unacknowledged=true&pageSize=200')).json<{ items: ItemOut[] }>()
        .items;
    expect((await waiting('unitCoop')).map((i) => i.id)).toContain(seeded.id);
    const before = (await (await api('unitCoop')).get('/api/stats/workflow')).json().unacknowledged;
    await (await api('unitCoop')).post(`/api/items/${seeded.id}/acknowledge`, {});
    expect((await waiting('unitCoop')).map((i) => i.id)).not.toContain(seeded.id);
    // The lead unit has not acknowledged yet: the supervisor still sees the item waiting.
    expect((await waiting('supervisor')).map((i) => i.id)).toContain(seeded.id);
    expect((await (await api('unitCoop')).get('/api/stats/workflow')).json().unacknowledged).toBe(before - 1);
  });
});

describe('progress reports (进展反馈)', () => {
  it('takes the lead unit’s accepted report as the item’s progress and target values', async () => {
    const seeded = await seedHousing();
    const targetId = seeded.targets[0].id;
    const photo = multipartFile('工地.txt', '现场照片说明');
    const file = (
      await (await api('unitLead')).post(`/api/items/${seeded.id}/files`, photo.payload, photo.headers)
    ).json<FileOut>();

    now = new Date('2026-12-03T02:00:00Z');
    const sent = await (await api('unitLead')).post(`/api/items/${seeded.id}/reports`, {
      content: '3#楼主体封顶，4#楼施工至12层',
      percent: 80,
      targetValues: [{ targetId, value: 1000 }],
      problems: '冬季施工',
      nextSteps: '完成外立面',
      fileIds: [file.id],
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const report = sent.json<ReportOut>();
    expect(report).toMatchObject({
      status: 'submitted',
      unitRole: 'lead',
      submittedOn: '2026-12-03',
      targetValues: [{ targetId, name: '安置房', unit: '套', value: 1000 }],
    });
    expect(report.files.map((f) => f.id)).toEqual([file.id]);
    let out = await item('supervisor', seeded.id);
    // Submitted: the cadence restarts; the progress waits for acceptance.
    expect(out).toMatchObject({ lastReportOn: '2026-12-03', nextReportDue: '2026-12-10', progress: 0 });
    expect(out.targets[0].currentValue).toBeNull();

    const accepted = await (await api('supervisor')).post(`/api/reports/${report.id}/review`, {
      decision: 'accept',
      version: report.version,
      comment: '情况属实',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', reviewComment: '情况属实' });
    out = await item('supervisor', seeded.id);
    expect(out.progress).toBe(80);
    expect(out.targets[0].currentValue).toBe(1000);
    expect(out.trajectory).toBe('on_track');
    expect(await kinds(seeded.id)).toEqual(
      expect.arrayContaining(['report_accepted', 'report_submitted', 'file_uploaded']),
    );

    // A cooperating unit reports its part: no effect on the item's progress.
    const coop = await (await api('unitCoop')).post(`/api/items/${seeded.id}/reports`, {
      content: '征迁清零',
      percent: 100,
    });
    expect(coop.statusCode).toBe(201);
    await (await api('supervisor')).post(`/api/reports/${coop.json().id}/review`, {
      decision: 'accept',
      version: 1,
    });
    expect((await item('supervisor', seeded.id)).progress).toBe(80);
  });

  it('keeps a returned report in the history, with its comment, and asks the unit again', async () => {
    const seeded = await seedHousing();
    now = new Date('2026-12-03T02:00:00Z');
    const first = (
      await (
        await api('unitLead')
      ).post(`/api/items/${seeded.id}/reports`, { content: '进展顺利', percent: 50 })
    ).json<ReportOut>();
    const noReason = await (await api('supervisor')).post(`/api/reports/${first.id}/review`, {
      decision: 'return',
      version: 1,
    });
    expect(noReason.statusCode).toBe(422);
    const returned = await (await api('supervisor')).post(`/api/reports/${first.id}/review`, {
      decision: 'return',
      version: 1,
      comment: '请补充现场照片',
    });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: '请补充现场照片' });
    // A returned report does not count for the cadence: back to the assignment day.
    expect((await item('supervisor', seeded.id)).lastReportOn).toBeNull();
    expect((await (await api('unitLead')).get('/api/stats/workflow')).json().reportsReturned).toBe(1);
    const twice = await (await api('supervisor')).post(`/api/reports/${first.id}/review`, {
      decision: 'accept',
      version: 2,
    });
    expect(twice.statusCode).toBe(409);

    await (await api('unitLead')).post(`/api/items/${seeded.id}/reports`, {
      content: '补充照片',
      percent: 50,
    });
    expect((await (await api('unitLead')).get('/api/stats/workflow')).json().reportsReturned).toBe(0);
    const history = (await (await api('unitCoop')).get(`/api/items/${seeded.id}/reports`)).json<{
      items: ReportOut[];
    }>();
    expect(history.items.map((r) => r.status)).toEqual(['submitted', 'returned']);
    expect(await kinds(seeded.id)).toEqual(
      expect.arrayContaining(['report_submitted', 'report_returned', 'report_submitted']),
    );
  });

  it('turns the light yellow a day after a weekly report was due', async () => {
    const seeded = await seedHousing();
    // Assigned on 2026-11-27 (Friday): the first weekly report is due 2026-12-04.
    expect((await item('supervisor', seeded.id, '2026-12-04')).light).toBe('green');
    const late = await item('supervisor', seeded.id, '2026-12-05');
    expect(late.light).toBe('yellow');
    expect(late.lightReasons.join()).toContain('进展反馈应于 2026-12-04 报送');
    expect(
      (await (await api('supervisor')).get(`/api/items?light=yellow&asOf=2026-12-05&pageSize=200`))
        .json()
        .items.map((i: ItemOut) => i.id),
    ).toContain(seeded.id);
  });

  it('refuses reviews by units and reports by supervisors, outsiders and on closed items', async () => {
    const seeded = await seedHousing();
    const body = { content: '进展', percent: 10 };
    expect((await (await api('supervisor')).post(`/api/items/${seeded.id}/reports`, body)).statusCode).toBe(
      403,
    );
    expect((await (await api('unitOther')).post(`/api/items/${seeded.id}/reports`, body)).statusCode).toBe(
      404,
    );
    const report = (
      await (await api('unitLead')).post(`/api/items/${seeded.id}/reports`, body)
    ).json<ReportOut>();
    const review = { decision: 'accept', version: 1 };
    expect((await (await api('unitLead')).post(`/api/reports/${report.id}/review`, review)).statusCode).toBe(
      403,
    );
    expect(
      (await (await api('supervisorOtherLedger')).post(`/api/reports/${report.id}/review`, review))
        .statusCode,
    ).toBe(404);
    expect((await (await api('unitOther')).get(`/api/items/${seeded.id}/reports`)).statusCode).toBe(404);
    const mine = (await (await api('unitOther')).get('/api/reports?pageSize=200')).json<{
      items: ReportOut[];
    }>();
    expect(mine.items.map((r) => r.id)).not.toContain(report.id);
    const closed = await w.seedItem({}, 'assign', 'start', 'request_completion', 'approve_completion');
    expect((await (await api('unitLead')).post(`/api/items/${closed.id}/reports`, body)).statusCode).toBe(
      409,
    );
  });

  it('leaves nothing behind when a report names a target, file or obstacle it may not', async () => {
    const seeded = await seedHousing();
    const other = await seedHousing();
    const upload = multipartFile('x.txt', '别的事项的文件');
    const foreignFile = (
      await (await api('unitLead')).post(`/api/items/${other.id}/files`, upload.payload, upload.headers)
    ).json<FileOut>();
    for (const bad of [
      { targetValues: [{ targetId: other.targets[0].id, value: 1 }] },
      { fileIds: [foreignFile.id] },
      { fileIds: ['no-such-file'] },
      { obstacleIds: ['no-such-obstacle'] },
      { percent: 101 },
      { content: '' },
    ]) {
      const res = await (await api('unitLead')).post(`/api/items/${seeded.id}/reports`, {
        content: '进展',
        percent: 10,
        ...bad,
      });
      expect(res.statusCode, JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    expect(await count('reports', seeded.id)).toBe(0);
    expect((await item('supervisor', seeded.id)).version).toBe(seeded.version);
    const files = (await (await api('unitLead')).get(`/api/items/${other.id}/files`)).json<{
      items: FileOut[];
    }>();
    expect(files.items[0].ownerKind).toBe('item');
  });
});

describe('obstacles (问题/病因)', () => {
  it('makes a red item name an open obstacle before it reports', async () => {
    const red = await seedHousing({ dueDate: '2026-11-20' });
    expect((await item('unitLead', red.id)).light).toBe('red');
    const bare = await (await api('unitLead')).post(`/api/items/${red.id}/reports`, {
      content: '推进中',
      percent: 60,
    });
    expect(bare.statusCode).toBe(422);
    expect(bare.json().error.details[0].field).toBe('obstacleIds');
    expect(await count('reports', red.id)).toBe(0);

    const raised = await (await api('unitLead')).post(`/api/items/${red.id}/obstacles`, {
      cause: 'land',
      description: '3#地块用地指标未落实',
      solverUnitId: w.otherUnitId,
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const obstacle = raised.json<ObstacleOut>();
    expect(obstacle).toMatchObject({
      status: 'open',
      raisedByUnitId: w.leadUnitId,
      solverUnitName: '区环保局',
    });
    const named = await (await api('unitLead')).post(`/api/items/${red.id}/reports`, {
      content: '推进中',
      percent: 60,
      obstacleIds: [obstacle.id],
    });
    expect(named.statusCode, named.body).toBe(201);

    const resolved = await (await api('unitLead')).post(`/api/obstacles/${obstacle.id}/resolve`, {
      resolution: '指标已调剂到位',
      version: obstacle.version,
    });
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: '指标已调剂到位' });
    expect(
      (
        await (
          await api('unitLead')
        ).post(`/api/obstacles/${obstacle.id}/resolve`, {
          resolution: '再次',
          version: 2,
        })
      ).statusCode,
    ).toBe(409);
    // A resolved obstacle no longer excuses a red item.
    const stale = await (await api('unitLead')).post(`/api/items/${red.id}/reports`, {
      content: '推进中',
      percent: 60,
      obstacleIds: [obstacle.id],
    });
    expect(stale.statusCode).toBe(422);
    expect(await kinds(red.id)).toEqual(
      expect.arrayContaining(['obstacle_raised', 'obstacle_resolved', 'report_submitted']),
    );
  });

  it('makes an item behind its planned line name an obstacle too', async () => {
    // Nothing of 1200 done, 11 months into an 18-month plan: far behind.
    const behind = await seedHousing({ startDate: '2026-01-01', dueDate: '2027-06-30' });
    expect((await item('unitLead', behind.id)).trajectory).toBe('far_behind');
    const res = await (await api('unitLead')).post(`/api/items/${behind.id}/reports`, {
      content: '推进',
      percent: 5,
    });
    expect(res.statusCode).toBe(422);
    const filtered = (
      await (await api('supervisor')).get('/api/items?trajectory=far_behind&pageSize=200')
    ).json();
    expect(filtered.items.map((i: ItemOut) => i.id)).toContain(behind.id);
    const onTrack = (
      await (await api('supervisor')).get('/api/items?trajectory=on_track&pageSize=200')
    ).json();
    expect(onTrack.items.map((i: ItemOut) => i.id)).not.toContain(behind.id);
  });

  it('sums open obstacles by cause, ledger and unit, and who blocks whom, within the scope', async () => {
    const seeded = await seedHousing();
    for (const [cause, solver] of [
      ['funds', w.otherUnitId],
      ['funds', w.otherUnitId],
      ['approvals', w.coopUnitId],
    ] as const)
      await (await api('supervisor')).post(`/api/items/${seeded.id}/obstacles`, {
        cause,
        description: '待解决',
        solverUnitId: solver,
      });
    const summary = (await (await api('leader')).get('/api/obstacles/summary')).json<ObstacleSummary>();
    expect(summary.byCause.find((c) => c.cause === 'funds')?.count).toBeGreaterThanOrEqual(2);
    expect(summary.blocks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ blockedUnitId: w.leadUnitId, solverUnitId: w.otherUnitId }),
      ]),
    );
    expect(summary.byLedger.every((l) => l.ledgerId === w.ledgerId)).toBe(true);
    const outside = (
      await (await api('supervisorOtherLedger')).get('/api/obstacles/summary')
    ).json<ObstacleSummary>();
    expect(outside.total).toBe(0);
    const unitOther = await api('unitOther');
    expect((await unitOther.get(`/api/items/${seeded.id}/obstacles`)).statusCode).toBe(404);
    expect((await unitOther.get('/api/obstacles?pageSize=200')).json().total).toBe(0);
    // Leaders read but do not raise obstacles; an unknown solver unit is refused and leaves nothing.
    const before = await count('obstacles', seeded.id);
    expect(
      (
        await (
          await api('leader')
        ).post(`/api/items/${seeded.id}/obstacles`, {
          cause: 'policy',
          description: 'x',
          solverUnitId: w.otherUnitId,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await (
          await api('unitLead')
        ).post(`/api/items/${seeded.id}/obstacles`, {
          cause: 'weather',
          description: 'x',
          solverUnitId: w.otherUnitId,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await (
          await api('unitLead')
        ).post(`/api/items/${seeded.id}/obstacles`, {
          cause: 'policy',
          description: 'x',
          solverUnitId: 'no-such-unit',
        })
      ).statusCode,
    ).toBe(422);
    expect(await count('obstacles', seeded.id)).toBe(before);
  });
});

describe('leader instructions (领导批示)', () => {
  it('shows an instruction until every responsible unit has acknowledged it', async () => {
    const seeded = await w.seedItem({}, 'assign');
    const written = await (await api('leader')).post(`/api/items/${seeded.id}/instructions`, {
      content: '务必于年底前完成封顶，住建局牵头做好协调',
    });
    expect(written.statusCode, written.body).toBe(201);
    const instruction = written.json<InstructionOut>();
    expect(instruction.answered).toBe(false);
    expect(instruction.acks.map((a) => a.unitId).sort()).toEqual([w.leadUnitId, w.coopUnitId].sort());
    const pending = async (p: Persona) =>
      (await (await api(p)).get('/api/instructions?pending=true&pageSize=200'))
        .json<{ items: InstructionOut[] }>()
        .items.map((i) => i.id);
    expect(await pending('unitCoop')).toContain(instruction.id);
    expect(await pending('unitOther')).not.toContain(instruction.id);

    const ack = await (await api('unitCoop')).post(`/api/instructions/${instruction.id}/acknowledge`, {
      reply: '坚决落实',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json().answered).toBe(false);
    expect(await pending('unitCoop')).not.toContain(instruction.id);
    expect(
      (await (await api('unitCoop')).post(`/api/instructions/${instruction.id}/acknowledge`, {})).statusCode,
    ).toBe(409);
    const last = await (await api('unitLead')).post(`/api/instructions/${instruction.id}/acknowledge`, {});
    expect(last.json().answered).toBe(true);
    expect(await kinds(seeded.id)).toEqual(
      expect.arrayContaining(['instruction_written', 'instruction_acknowledged']),
    );
  });

  it('is written by leaders only, on running items, within their reach', async () => {
    const seeded = await w.seedItem({}, 'assign');
    const body = { content: '抓紧推进' };
    expect(
      (await (await api('supervisor')).post(`/api/items/${seeded.id}/instructions`, body)).statusCode,
    ).toBe(403);
    expect(
      (await (await api('unitLead')).post(`/api/items/${seeded.id}/instructions`, body)).statusCode,
    ).toBe(403);
    const draft = await w.seedItem();
    expect((await (await api('leader')).post(`/api/items/${draft.id}/instructions`, body)).statusCode).toBe(
      409,
    );
    expect(
      (await (await api('leader')).post(`/api/items/${seeded.id}/instructions`, { content: '' })).statusCode,
    ).toBe(400);
    expect(await count('instructions', seeded.id)).toBe(0);
    expect(await count('instructions', draft.id)).toBe(0);
  });
});
