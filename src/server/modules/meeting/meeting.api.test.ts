import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { AnalysisOut, MeetingDetailOut, MeetingOut } from '../../../core/schemas/meeting.js';
import { buildUnit } from '../../testing/factories.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, type Client, type World } from '../../testing/world.js';

let t: TestApp;
let w: World;
let sup: Client;
let townIds: string[];

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  sup = await w.api('supervisor');
  townIds = [
    w.coopUnitId,
    (await buildUnit(t.sys, { name: '侯寨乡人民政府', shortName: '侯寨乡', kind: 'township' })).id,
  ];
});
afterAll(() => t?.close());

const REPORT = `区政府召开安置房建设推进会
11月20日，区政府召开安置房建设推进会。会议要求：一是由区住建局牵头，马寨镇密切配合，年底前完成安置房主体建设1260套。二是区环保局要加强施工扬尘治理，12月20日前完成全部工地检查。三是各镇（街道）要做好群众工作，如期完成回迁安置。`;

async function newMeeting(o: Record<string, unknown> = {}): Promise<MeetingOut> {
  const res = await sup.post('/api/meetings', {
    title: '安置房建设推进会',
    kind: 'progress',
    date: '2026-11-20',
    chair: '常务副区长',
    place: '区政府三楼会议室',
    ...o,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function itemCount(): Promise<number> {
  return (await sup.get('/api/items?pageSize=1')).json().total;
}

const errorOf = (res: {
  json(): { error: { code: string; message: string; details: { field?: string; message: string }[] } };
}) => res.json().error;

describe('the meeting register', () => {
  it('registers a meeting, lists and finds it', async () => {
    const m = await newMeeting({ title: '第十八次常务会议', kind: 'standing', attendees: '区长、副区长' });
    expect(m).toMatchObject({
      title: '第十八次常务会议',
      kind: 'standing',
      itemCount: 0,
      openCount: 0,
      version: 1,
    });
    const list = (await sup.get('/api/meetings?q=常务')).json();
    expect(list.items.map((x: MeetingOut) => x.id)).toContain(m.id);
    const got = (await sup.get(`/api/meetings/${m.id}`)).json<MeetingDetailOut>();
    expect(got.items).toEqual([]);
    const edited = await sup.patch(`/api/meetings/${m.id}`, { chair: '区长', version: 1 });
    expect(edited.json()).toMatchObject({ chair: '区长', version: 2 });
    expect((await sup.patch(`/api/meetings/${m.id}`, { chair: '某某', version: 1 })).statusCode).toBe(409);
  });

  it('names malformed fields', async () => {
    const res = await sup.post('/api/meetings', { title: '', kind: 'party', date: '2026-13-01' });
    expect(res.statusCode).toBe(400);
    expect(
      errorOf(res)
        .details.map((d) => d.field)
        .sort(),
    ).toEqual(['date', 'kind', 'title']);
  });

  it('is read by supervisors and leaders, written by supervisors only', async () => {
    const m = await newMeeting();
    const leader = await w.api('leader');
    expect((await leader.get(`/api/meetings/${m.id}`)).statusCode).toBe(200);
    expect(
      (await leader.post('/api/meetings', { title: 'x', kind: 'topical', date: '2026-11-01' })).statusCode,
    ).toBe(403);
    expect(
      (await leader.post('/api/meetings/analyze', { text: REPORT, meetingDate: '2026-11-20' })).statusCode,
    ).toBe(403);
    for (const p of ['unitLead', 'sysadmin', 'auditor'] as const)
      expect((await (await w.api(p)).get('/api/meetings')).statusCode, p).toBe(403);
    expect((await (await w.api('anonymous')).get('/api/meetings')).statusCode).toBe(401);
  });
});

describe('reading a report', () => {
  it('proposes the directives with units from the directory, deadlines dated from the meeting, targets and a ledger', async () => {
    const res = await sup.post('/api/meetings/analyze', { text: REPORT, meetingDate: '2026-11-20' });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json<AnalysisOut>();
    expect(a.paragraphs[0]).toMatchObject({ kind: 'headline', text: '区政府召开安置房建设推进会' });
    expect(a.proposals.map((p) => p.marker)).toEqual(['一是', '二是', '三是']);
    const [p1, p2, p3] = a.proposals;
    expect(p1).toMatchObject({
      lead: { unitId: w.leadUnitId, unitName: '区住建局', text: '区住建局' },
      cooperating: [{ unitId: w.coopUnitId, unitName: '马寨镇' }],
      dueDate: '2026-12-31',
      ledgerId: w.ledgerId,
      targets: [{ value: 1260, unit: '套' }],
    });
    expect(a.text.slice(p1?.deadlines[0]?.start, p1?.deadlines[0]?.end)).toBe('年底前');
    expect(p2).toMatchObject({
      title: '加强施工扬尘治理',
      lead: { unitId: w.otherUnitId },
      dueDate: '2026-12-20',
    });
    expect(p3?.group?.unitIds.sort()).toEqual([...townIds].sort());
    expect(p3?.deadlines.map((d) => d.kind)).toEqual(['as_scheduled']);
    // 倒排工期: the first directive gives only its final date, so milestones are laid back from it.
    expect(p1?.milestones.at(-1)).toMatchObject({ plannedDate: '2026-12-31', origin: 'backward' });
  });

  it('refuses empty text, 1 MB of text and a report without directives, in words, creating nothing', async () => {
    const before = await itemCount();
    const empty = await sup.post('/api/meetings/analyze', { text: '  \n ', meetingDate: '2026-11-20' });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).details[0]).toMatchObject({
      field: 'text',
      message: expect.stringContaining('文本为空'),
    });

    const huge = await sup.post('/api/meetings/analyze', {
      text: '会议要求一是加快推进。'.repeat(100_000),
      meetingDate: '2026-11-20',
    });
    expect(huge.statusCode).toBe(400);
    expect(errorOf(huge).details[0]?.message).toContain('文本过长');

    const none = await sup.post('/api/meetings/analyze', {
      text: '11月15日，区委书记在区委常委会议室会见了客商一行，并就下一步合作事宜进行座谈。',
      meetingDate: '2026-11-15',
    });
    expect(none.statusCode).toBe(422);
    expect(errorOf(none).details[0]?.message).toContain('未在文中找到编号的工作要求');
    expect(await itemCount()).toBe(before);
  });

  it('refuses a binary file under a text name, and reads a GB18030 text file', async () => {
    const binary = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const res = await sup.post('/api/meetings/extract', {
      fileName: 'report.txt',
      contentBase64: binary.toString('base64'),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details[0]?.message).toContain('不是文本文件');
    // 一是加快 as GB18030 (GBK) bytes, the way older Chinese systems save text.
    const gbk = Buffer.from('d2bbcac7bcd3bfec', 'hex');
    const ok = await sup.post('/api/meetings/extract', {
      fileName: 'r.txt',
      contentBase64: gbk.toString('base64'),
    });
    expect(ok.json()).toEqual({ text: '一是加快', format: 'txt' });
    const exe = await sup.post('/api/meetings/extract', { fileName: 'r.exe', contentBase64: 'TVqQ' });
    expect(exe.statusCode).toBe(400);
  });
});

describe('confirming proposals', () => {
  it('creates the drafts linked to the meeting, through the item command, in one go', async () => {
    const m = await newMeeting();
    const before = await itemCount();
    const res = await sup.post(`/api/meetings/${m.id}/confirm`, {
      text: REPORT,
      drafts: [
        {
          directiveNo: 1,
          directiveText: '由区住建局牵头，马寨镇密切配合，年底前完成安置房主体建设1260套。',
          ledgerId: w.ledgerId,
          title: '完成安置房主体建设',
          goal: '年底前完成安置房主体建设1260套',
          startDate: '2026-11-20',
          dueDate: '2026-12-31',
          leadUnitId: w.leadUnitId,
          cooperatingUnitIds: [w.coopUnitId],
          targets: [{ name: '安置房', unit: '套', targetValue: 1260 }],
          milestones: [{ title: '主体封顶过半', plannedDate: '2026-12-10' }],
        },
        {
          directiveNo: 3,
          ledgerId: w.ledgerId,
          title: '做好群众工作',
          startDate: '2026-11-20',
          dueDate: '2026-12-31',
          split: 'parent',
          splitUnitIds: townIds,
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { created } = res.json();
    expect(created).toHaveLength(4); // one item, a parent and a sub-item for each of the two townships
    expect(await itemCount()).toBe(before + 4);

    const item = (await sup.get(`/api/items/${created[0].id}`)).json<ItemOut>();
    expect(item).toMatchObject({
      status: 'draft',
      source: 'meeting',
      sourceRef: '2026-11-20 安置房建设推进会',
      dueDate: '2026-12-31',
      targets: [{ name: '安置房', unit: '套', targetValue: 1260 }],
    });
    expect(item.code).toMatch(/^2026-AZ-\d{3}$/);
    expect(item.responsibilities.map((r) => [r.unitId, r.role])).toEqual([
      [w.leadUnitId, 'lead'],
      [w.coopUnitId, 'cooperating'],
    ]);
    const subs = created.filter((c: { parentId: string | null }) => c.parentId === created[1].id);
    expect(subs).toHaveLength(2);
    const sub = (await sup.get(`/api/items/${subs[0].id}`)).json<ItemOut>();
    expect(sub.responsibilities[0]?.role).toBe('lead');

    const detail = (await sup.get(`/api/meetings/${m.id}`)).json<MeetingDetailOut>();
    expect(detail.items.map((i) => i.id).sort()).toEqual(created.map((c: { id: string }) => c.id).sort());
    expect(detail).toMatchObject({ itemCount: 4, openCount: 4, minutes: REPORT });
    const link = (await sup.get(`/api/items/${created[0].id}/meeting`)).json();
    expect(link.meeting).toMatchObject({ meetingId: m.id, directiveNo: 1 });

    // Still-open decisions show on the supervision office's dashboard.
    const open = (await sup.get('/api/meetings/open-decisions')).json();
    expect(open.items.find((x: { meetingId: string }) => x.meetingId === m.id)).toMatchObject({
      open: 4,
      overdue: 0,
    });
    // Deleting archives (归档): the meeting keeps its decisions and comes back; an archived draft leaves it.
    expect((await sup.delete(`/api/meetings/${m.id}`)).statusCode).toBe(200);
    expect((await sup.post(`/api/meetings/${m.id}/restore`)).statusCode).toBe(200);
    expect((await sup.delete(`/api/items/${created[0].id}`)).statusCode).toBe(200);
    expect((await sup.get(`/api/meetings/${m.id}`)).json().itemCount).toBe(3);
  });

  it('creates nothing when one draft is refused, and names that draft’s field', async () => {
    const m = await newMeeting();
    const before = await itemCount();
    const good = {
      ledgerId: w.ledgerId,
      title: '加强施工扬尘治理',
      startDate: '2026-11-20',
      dueDate: '2026-12-20',
      leadUnitId: w.otherUnitId,
    };
    const res = await sup.post(`/api/meetings/${m.id}/confirm`, {
      drafts: [good, { ...good, title: '第二项', dueDate: '2026-11-01' }],
    });
    expect(res.statusCode).toBe(422);
    expect(errorOf(res).details.map((d) => d.field)).toEqual(['drafts.1.dueDate']);
    expect(await itemCount()).toBe(before);
    expect((await sup.get(`/api/meetings/${m.id}`)).json().itemCount).toBe(0);

    const none = await sup.post(`/api/meetings/${m.id}/confirm`, { drafts: [] });
    expect(none.statusCode).toBe(400);
    expect(errorOf(none).details[0]?.message).toBe('没有可创建的事项');
    const unknown = await sup.post(`/api/meetings/${m.id}/confirm`, {
      drafts: [{ ...good, leadUnitId: 'nope' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).details[0]?.field).toBe('drafts.0.responsibilities.0.unitId');
    expect(await itemCount()).toBe(before);
  });

  it('splits a directive into one item per unit', async () => {
    const m = await newMeeting();
    const res = await sup.post(`/api/meetings/${m.id}/confirm`, {
      drafts: [
        {
          ledgerId: w.ledgerId,
          title: '散煤清零',
          startDate: '2026-11-20',
          dueDate: '2026-12-31',
          split: 'per_unit',
          splitUnitIds: townIds,
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { created } = res.json();
    expect(created.map((c: { parentId: string | null }) => c.parentId)).toEqual([null, null]);
    const leads = await Promise.all(
      created.map(
        async (c: { id: string }) =>
          (await sup.get(`/api/items/${c.id}`)).json<ItemOut>().responsibilities[0]?.unitId,
      ),
    );
    expect(leads.sort()).toEqual([...townIds].sort());
  });
});
