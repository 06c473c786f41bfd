import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_KINDS } from '../../../core/notices.js';
import type { FileOut } from '../../../core/schemas/file.js';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { NoticeOut } from '../../../core/schemas/notice.js';
import type { TimelineEntry } from '../../../core/schemas/timeline.js';
import { openDatabase } from '../../db/database.js';
import { systemCtx } from '../../system.js';
import { multipartFile } from '../../testing/multipart.js';
import { startTestApp, TEST_NOW, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECT } from '../../testing/test-db.js';
import { buildWorld, type Client, clientFor, type World } from '../../testing/world.js';
import { issueNotice } from './notice.service.js';

/** The clock moves forward in the lateness tests; everything else happens on TEST_NOW (2026-11-27). */
let clock = TEST_NOW;
let t: TestApp;
let w: World;
let sup: Client;
let lead: Client;
let itemA: ItemOut;
let itemB: ItemOut;

beforeAll(async () => {
  t = await startTestApp(() => clock);
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  lead = await w.api('unitLead');
  itemA = await w.seedItem({ title: '马寨安置区3#地块主体封顶' }, 'assign');
  itemB = await w.seedItem({ title: '郭庄安置区配套学校建设' }, 'assign');
});
afterAll(() => t?.close());

const body = (o: Record<string, unknown> = {}) => ({
  kind: 'inspection',
  unitId: w.leadUnitId,
  itemIds: [itemA.id, itemB.id],
  findings: '实地督导发现：3#地块主体施工进度滞后路线图约20天。\n郭庄学校尚未完成施工招标。',
  requiredActions: '倒排工期，增加作业面；12月5日前完成招标挂网。',
  replyDue: '2026-12-10',
  ...o,
});

const issue = async (o: Record<string, unknown> = {}) => {
  const res = await sup.post('/api/notices', body(o));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<NoticeOut>();
};

const timelineKinds = async (itemId: string) =>
  (await sup.get(`/api/items/${itemId}/timeline?pageSize=200`)).json<{ items: TimelineEntry[] }>().items;

describe('numbering', () => {
  it('numbers each kind per year from 1, in the document-number form', async () => {
    const first = await issue();
    expect(first.number).toBe('督通〔2026〕1号');
    expect(first.seq).toBe(1);
    expect(first.year).toBe(2026);
    const urging = await issue({ kind: 'urging' });
    expect(urging.number).toBe('督催〔2026〕1号');
    expect((await issue()).number).toBe('督通〔2026〕2号');
  });

  it('gives consecutive numbers without gaps or duplicates to many notices issued at once', async () => {
    const before = (await sup.get('/api/notices?pageSize=200')).json<{ items: NoticeOut[] }>().items;
    const start = Object.fromEntries(
      NOTICE_KINDS.map((k) => [k, Math.max(0, ...before.filter((n) => n.kind === k).map((n) => n.seq))]),
    );
    const kinds = Array.from({ length: 36 }, (_, i) => NOTICE_KINDS[i % 3]);
    const answers = await Promise.all(
      kinds.map((kind, i) => sup.post('/api/notices', body({ kind, findings: `第${i}份` }))),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(kinds.map(() => 201));
    const issued = answers.map((a) => a.json<NoticeOut>());
    for (const kind of NOTICE_KINDS) {
      const seqs = issued
        .filter((n) => n.kind === kind)
        .map((n) => n.seq)
        .sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => start[kind] + 1 + i));
    }
    expect(new Set(issued.map((n) => n.number)).size).toBe(issued.length);
  });

  it('gives the number of a rolled-back issue to the next one', async () => {
    const next = (await issue({ kind: 'supervision' })).seq + 1;
    await expect(
      t.sys.db.transaction().execute(async (trx) => {
        const n = await issueNotice({ ...t.sys, db: trx }, { ...body({ kind: 'supervision' }) } as never);
        expect(n.seq).toBe(next);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await issue({ kind: 'supervision' })).seq).toBe(next);
  });

  it.runIf(TEST_DIALECT === 'postgres')(
    'numbers without gaps across two server instances on one PostgreSQL database',
    async () => {
      const second = openDatabase(t.db.config);
      try {
        const ctxs = [t.sys, systemCtx(second, TEST_NOW)];
        const before = await issueNotice(t.sys, body({ kind: 'urging' }) as never);
        const issued = await Promise.all(
          Array.from({ length: 24 }, (_, i) => issueNotice(ctxs[i % 2], body({ kind: 'urging' }) as never)),
        );
        expect(issued.map((n) => n.seq).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 24 }, (_, i) => before.seq + 1 + i),
        );
      } finally {
        await second.close();
      }
    },
  );

  it('lets the reminder ladder issue with a system context', async () => {
    const n = await issueNotice(t.sys, {
      kind: 'urging',
      unitId: w.leadUnitId,
      itemIds: [itemA.id],
      findings: '进展反馈逾期未报',
      requiredActions: '请于三个工作日内报送',
      replyDue: '2026-12-02',
    });
    expect(n.number).toMatch(/^督催〔2026〕\d+号$/);
    expect(n.issuedByName).toContain('system');
    expect(n.status).toBe('issued');
  });
});

describe('issuing', () => {
  it('refuses an item where the unit has no role, a past deadline, and an item out of scope', async () => {
    const res = await sup.post('/api/notices', body({ unitId: w.otherUnitId }));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('itemIds.0');
    const past = await sup.post('/api/notices', body({ replyDue: '2026-11-26' }));
    expect(past.statusCode).toBe(422);
    expect(past.json().error.details[0].field).toBe('replyDue');
    const draft = await w.seedItem({});
    expect((await sup.post('/api/notices', body({ itemIds: [draft.id] }))).statusCode).toBe(422);
    const limited = await w.api('supervisorOtherLedger');
    expect((await limited.post('/api/notices', body())).statusCode).toBe(404);
    expect((await sup.post('/api/notices', body({ itemIds: [] }))).statusCode).toBe(400);
  });

  it('writes the notice on the timeline of every item it covers, and an audit row', async () => {
    const n = await issue();
    for (const item of [itemA, itemB]) {
      const event = (await timelineKinds(item.id)).find(
        (e) => e.kind === 'notice_issued' && e.payload.noticeId === n.id,
      );
      expect(event?.text).toContain(`督察通知单 ${n.number}`);
      expect(event?.unitName).toBe('区住建局');
    }
    const audit = await t.sys.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', n.id)
      .where('action', '=', 'notice.issue')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('reply and review', () => {
  it('goes issued → replied → returned → replied → accepted, keeping every reply and its files', async () => {
    const n = await issue();
    const up = multipartFile('整改照片.txt', '现场已增加两个作业面');
    const file = (await lead.post(`/api/items/${itemB.id}/files`, up.payload, up.headers)).json<FileOut>();

    // Only the latest version is accepted.
    const stale = await lead.post(`/api/notices/${n.id}/replies`, {
      content: '已整改',
      version: n.version + 1,
    });
    expect(stale.statusCode).toBe(409);
    // The supervisor cannot review before a reply.
    const early = await sup.post(`/api/notices/${n.id}/review`, { decision: 'accept', version: n.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('invalid_transition');

    const replied = await lead.post(`/api/notices/${n.id}/replies`, {
      content: '已增加作业面，进度追回10天。',
      fileIds: [file.id],
      version: n.version,
    });
    expect(replied.statusCode, replied.body).toBe(200);
    const r1 = replied.json<NoticeOut>();
    expect(r1.status).toBe('replied');
    expect(r1.version).toBe(n.version + 1);
    expect(r1.replies).toHaveLength(1);
    expect(r1.replies[0].files.map((f) => f.name)).toEqual(['整改照片.txt']);
    expect(r1.replies[0].files[0].ownerKind).toBe('notice_reply');
    // A second reply while one waits for review is refused.
    expect(
      (await lead.post(`/api/notices/${n.id}/replies`, { content: '补充', version: r1.version })).statusCode,
    ).toBe(409);

    const noReason = await sup.post(`/api/notices/${n.id}/review`, {
      decision: 'return',
      version: r1.version,
    });
    expect(noReason.statusCode).toBe(422);
    const returned = (
      await sup.post(`/api/notices/${n.id}/review`, {
        decision: 'return',
        comment: '缺少郭庄学校招标进展',
        version: r1.version,
      })
    ).json<NoticeOut>();
    expect(returned.status).toBe('returned');
    expect(returned.replies[0]).toMatchObject({ status: 'returned', reviewComment: '缺少郭庄学校招标进展' });

    const r2 = (
      await lead.post(`/api/notices/${n.id}/replies`, {
        content: '郭庄学校已于12月1日招标挂网。',
        version: returned.version,
      })
    ).json<NoticeOut>();
    expect(r2.status).toBe('replied');
    const accepted = (
      await sup.post(`/api/notices/${n.id}/review`, { decision: 'accept', version: r2.version })
    ).json<NoticeOut>();
    expect(accepted.status).toBe('accepted');
    expect(accepted.replies.map((r) => r.status)).toEqual(['returned', 'accepted']);
    expect(accepted.replyCount).toBe(2);
    // Nothing is open after acceptance.
    expect(
      (await lead.post(`/api/notices/${n.id}/replies`, { content: '再补充', version: accepted.version }))
        .statusCode,
    ).toBe(409);

    const kinds = (await timelineKinds(itemA.id))
      .filter((e) => e.payload.noticeId === n.id)
      .map((e) => e.kind)
      .reverse();
    expect(kinds).toEqual([
      'notice_issued',
      'notice_replied',
      'notice_reply_returned',
      'notice_replied',
      'notice_reply_accepted',
    ]);
    const actions = (
      await t.sys.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', n.id)
        .where('outcome', '=', 'success')
        .orderBy('seq')
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual([
      'notice.issue',
      'notice.reply',
      'notice.return',
      'notice.reply',
      'notice.accept',
    ]);
  });

  it('refuses files of items the notice does not cover', async () => {
    const n = await issue({ itemIds: [itemA.id] });
    const up = multipartFile('other.txt', 'x');
    const file = (await lead.post(`/api/items/${itemB.id}/files`, up.payload, up.headers)).json<FileOut>();
    const res = await lead.post(`/api/notices/${n.id}/replies`, {
      content: '已整改',
      fileIds: [file.id],
      version: n.version,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('fileIds');
    expect((await lead.get(`/api/notices/${n.id}`)).json<NoticeOut>().status).toBe('issued');
  });
});

describe('lateness', () => {
  it('shows a notice late once its deadline passes without an accepted reply, and filters by it', async () => {
    const due = await issue({ kind: 'urging', replyDue: '2026-11-30' });
    const done = await issue({ kind: 'urging', replyDue: '2026-11-30' });
    const replied = (
      await lead.post(`/api/notices/${done.id}/replies`, { content: '已完成', version: done.version })
    ).json<NoticeOut>();
    await sup.post(`/api/notices/${done.id}/review`, { decision: 'accept', version: replied.version });
    expect((await sup.get(`/api/notices/${due.id}`)).json<NoticeOut>().late).toBe(false);

    clock = new Date('2026-12-01T02:00:00Z');
    try {
      // Sessions of four days ago have timed out: log in again on the new day.
      const sup = clientFor(t, await t.login(w.users.supervisor.username));
      const lead = clientFor(t, await t.login(w.users.unitLead.username));
      const timelineKinds = async (itemId: string) =>
        (await sup.get(`/api/items/${itemId}/timeline?pageSize=200`)).json<{ items: TimelineEntry[] }>()
          .items;
      expect((await sup.get(`/api/notices/${due.id}`)).json<NoticeOut>().late).toBe(true);
      expect((await sup.get(`/api/notices/${done.id}`)).json<NoticeOut>().late).toBe(false);
      const late = (await sup.get('/api/notices?late=true&pageSize=200')).json<{ items: NoticeOut[] }>()
        .items;
      expect(late.map((n) => n.id)).toContain(due.id);
      expect(late.map((n) => n.id)).not.toContain(done.id);
      expect(late.every((n) => n.late)).toBe(true);
      // A reply after the deadline is marked late, on the reply and on the timeline.
      const r = (
        await lead.post(`/api/notices/${due.id}/replies`, { content: '迟到的回复', version: due.version })
      ).json<NoticeOut>();
      expect(r.replies[0].late).toBe(true);
      expect(r.late).toBe(true);
      const event = (await timelineKinds(itemA.id)).find(
        (e) => e.kind === 'notice_replied' && e.payload.noticeId === due.id,
      );
      expect(event?.text).toContain('逾期回复');
    } finally {
      clock = TEST_NOW;
    }
  });
});

describe('scope', () => {
  it('shows each unit only its own notices, and a ledger-limited supervisor only those on their ledgers', async () => {
    const n = await issue();
    const toCoop = await issue({ unitId: w.coopUnitId });
    const ids = async (persona: Parameters<World['api']>[0], q = '') =>
      (await (await w.api(persona)).get(`/api/notices?pageSize=200${q}`))
        .json<{ items: NoticeOut[] }>()
        .items.map((x) => x.id);
    expect(await ids('unitLead')).toContain(n.id);
    expect(await ids('unitLead')).not.toContain(toCoop.id);
    expect(await ids('unitCoop')).toEqual(expect.arrayContaining([toCoop.id]));
    expect(await ids('unitCoop')).not.toContain(n.id);
    expect(await ids('unitOther')).toEqual([]);
    expect(await ids('unitOther', `&unitId=${w.leadUnitId}`)).toEqual([]);
    expect(await ids('supervisorOtherLedger')).toEqual([]);
    expect(await ids('supervisorThisLedger')).toContain(n.id);
    expect(await ids('leader')).toContain(n.id);
    // Every notice listed reads one by one, and no other.
    for (const persona of ['unitLead', 'unitCoop', 'unitOther', 'supervisorOtherLedger'] as const) {
      const client = await w.api(persona);
      const listed = new Set(await ids(persona));
      for (const id of [n.id, toCoop.id])
        expect((await client.get(`/api/notices/${id}`)).statusCode, persona).toBe(listed.has(id) ? 200 : 404);
    }
  });

  it('filters by kind, status, unit and item', async () => {
    const n = await issue({ kind: 'supervision', itemIds: [itemB.id] });
    const list = async (q: string) =>
      (await sup.get(`/api/notices?pageSize=200&${q}`)).json<{ items: NoticeOut[] }>().items;
    expect((await list('kind=supervision')).every((x) => x.kind === 'supervision')).toBe(true);
    expect((await list('status=accepted')).every((x) => x.status === 'accepted')).toBe(true);
    expect((await list(`unitId=${w.coopUnitId}`)).every((x) => x.unitId === w.coopUnitId)).toBe(true);
    const onA = await list(`itemId=${itemA.id}`);
    expect(onA.every((x) => x.items.some((i) => i.id === itemA.id))).toBe(true);
    expect(onA.map((x) => x.id)).not.toContain(n.id);
    expect((await list(`itemId=${itemB.id}`)).map((x) => x.id)).toContain(n.id);
    const awaiting = await list('awaiting=true');
    expect(awaiting.map((x) => x.id)).toContain(n.id);
    expect(awaiting.every((x) => x.status === 'issued' || x.status === 'returned')).toBe(true);
    const dues = awaiting.map((x) => x.replyDue);
    expect(dues).toEqual([...dues].sort());
  });
});
