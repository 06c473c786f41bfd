import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import type { ItemAction } from '../../../core/status.js';
import { buildLedger, buildUnit, buildUser, TEST_PASSWORD } from '../../testing/factories.js';
import { multipartFile } from '../../testing/multipart.js';
import { seedLightScenario } from '../../testing/scenarios.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import {
  buildWorld,
  type Client,
  clientFor,
  PERSONAS,
  type Persona,
  type World,
} from '../../testing/world.js';
import { writeInstruction } from '../instruction/instruction.service.js';
import { getLedger } from '../ledger/ledger.service.js';
import { raiseObstacle } from '../obstacle/obstacle.service.js';
import { submitReport } from '../report/report.service.js';
import { listItemRequests } from '../request/request.service.js';
import { fileHash } from '../spreadsheet/import.service.js';
import { planCheckback, setCalendarOverride } from '../supervision/supervision.service.js';

/**
 * The permission matrix: every role (and scope) against every action, with the
 * status each cell must answer. 404 where the record is outside the user's
 * scope (its existence is not revealed), 403 where the role may not act at all,
 * 401 without a session.
 */
let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(() => t?.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Action {
  /** The route the action calls, as the OpenAPI document names it. */
  route: `${Method} /api/${string}`;
  run: (c: Client, p: Persona) => Promise<LightMyRequestResponse>;
}

const XLSX_TYPE = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
/** A one-row ledger file, a new title each time, for the import actions. */
let importRows = 0;
async function importFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['事项名称', '牵头单位', '完成时限']);
  ws.addRow([`矩阵导入事项${++importRows}`, '区住建局', '2026-12-31']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The persona's own account; the anonymous visitor logs in as the leader. */
const own = (p: Persona) => w.users[p === 'anonymous' ? 'leader' : p];
/** Moves a fresh item of the world along, then asks the client to take `action` on it. */
const transition = async (c: Client, action: ItemAction, ...before: ItemAction[]) => {
  const item = await w.seedItem({}, ...before);
  return c.post(`/api/items/${item.id}/transitions`, { action, version: item.version });
};

const meetingInput = () => ({ title: '区政府第十八次常务会议', kind: 'standing', date: '2026-11-16' });
/** A meeting registered by the supervisor, its id. */
const seedMeeting = async () => {
  const res = await (await w.api('supervisor')).post('/api/meetings', meetingInput());
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
};

/** A file on a fresh assigned item, uploaded by the supervisor (a small PNG: it has a thumbnail). */
const seedFile = async () => {
  const item = await w.seedItem({}, 'assign');
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  const { payload, headers } = multipartFile('dot.png', png);
  const res = await (await w.api('supervisor')).post(`/api/items/${item.id}/files`, payload, headers);
  return res.json<{ id: string }>().id;
};

/** A report of the lead unit on a fresh assigned item, waiting for review. */
const seedReport = async () => {
  const item = await w.seedItem({}, 'assign');
  return submitReport(w.as('unitLead'), item.id, { content: '主体施工至12层', percent: 40 });
};
/** An open obstacle named by the supervisor on a fresh assigned item, for the unrelated unit to solve. */
const seedObstacle = async () => {
  const item = await w.seedItem({}, 'assign');
  return raiseObstacle(w.as('supervisor'), item.id, {
    cause: 'funds',
    description: '配套资金未到位',
    solverUnitId: w.otherUnitId,
  });
};
const seedInstruction = async () => {
  const item = await w.seedItem({}, 'assign');
  return writeInstruction(w.as('leader'), item.id, { content: '加快推进' });
};

const ACTIONS: Record<string, Action> = {
  'check health': { route: 'GET /api/health', run: (c) => c.get('/api/health') },
  'log in': {
    route: 'POST /api/auth/login',
    run: (c, p) => c.post('/api/auth/login', { username: own(p).username, password: TEST_PASSWORD }),
  },
  // A session of its own, so that the persona's shared session lives on for the other actions.
  'log out': {
    route: 'POST /api/auth/logout',
    run: async (c, p) =>
      p === 'anonymous'
        ? c.post('/api/auth/logout')
        : clientFor(t, await t.login(own(p).username)).post('/api/auth/logout'),
  },
  'who am I': { route: 'GET /api/auth/me', run: (c) => c.get('/api/auth/me') },

  'list items': { route: 'GET /api/items', run: (c) => c.get('/api/items') },
  'read item': {
    route: 'GET /api/items/{id}',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}`),
  },
  'read item timeline': {
    route: 'GET /api/items/{id}/timeline',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}/timeline`),
  },
  'create item': { route: 'POST /api/items', run: (c) => c.post('/api/items', w.itemInput()) },
  'update item': {
    route: 'PATCH /api/items/{id}',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign');
      return c.patch(`/api/items/${item.id}`, { version: item.version, title: '改过的标题' });
    },
  },
  'delete a draft': {
    route: 'DELETE /api/items/{id}',
    run: async (c) => c.delete(`/api/items/${(await w.seedItem()).id}`),
  },
  'assign a draft': { route: 'POST /api/items/{id}/transitions', run: (c) => transition(c, 'assign') },
  'start an assigned item': {
    route: 'POST /api/items/{id}/transitions',
    run: (c) => transition(c, 'start', 'assign'),
  },
  'ask to close an item': {
    route: 'POST /api/items/{id}/requests',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign', 'start');
      return c.post(`/api/items/${item.id}/requests`, {
        kind: 'completion',
        version: item.version,
        evidence: { statement: '已完成' },
      });
    },
  },
  'ask to cancel an item': {
    route: 'POST /api/items/{id}/requests',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign');
      return c.post(`/api/items/${item.id}/requests`, {
        kind: 'cancellation',
        version: item.version,
        reason: '撤销',
      });
    },
  },
  'approve completion': {
    route: 'POST /api/requests/{id}/decisions',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign', 'start', 'request_completion');
      const [req] = (await listItemRequests(t.sys, item.id)).items;
      return c.post(`/api/requests/${req.id}/decisions`, {
        decision: 'approve',
        version: req.version,
        rating: 4,
        comment: '按期高质量完成',
      });
    },
  },
  "list an item's requests": {
    route: 'GET /api/items/{id}/requests',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}/requests`),
  },
  'list requests': { route: 'GET /api/requests', run: (c) => c.get('/api/requests?awaiting=me') },
  'read approval chain': {
    route: 'GET /api/ledgers/{id}/approval-chain',
    run: (c) => c.get(`/api/ledgers/${w.ledgerId}/approval-chain`),
  },
  'set approval chain': {
    route: 'PUT /api/ledgers/{id}/approval-chain',
    run: (c) => c.put(`/api/ledgers/${w.ledgerId}/approval-chain`, { steps: ['supervisor'] }),
  },
  'judge an item': {
    route: 'POST /api/items/{id}/judgements',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign');
      return c.post(`/api/items/${item.id}/judgements`, {
        version: item.version,
        level: 4,
        reason: '进展顺利',
      });
    },
  },
  'read light history': {
    route: 'GET /api/items/{id}/light-history',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}/light-history`),
  },
  'list check-backs': {
    route: 'GET /api/items/{id}/checkbacks',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}/checkbacks`),
  },
  'plan a check-back': {
    route: 'POST /api/items/{id}/checkbacks',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign', 'start', 'request_completion', 'approve_completion');
      return c.post(`/api/items/${item.id}/checkbacks`, { plannedOn: '2026-12-28' });
    },
  },
  'record a check-back': {
    route: 'POST /api/checkbacks/{id}/result',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign', 'start', 'request_completion', 'approve_completion');
      const cb = await planCheckback(t.sys, item.id, { plannedOn: '2026-11-27' });
      return c.post(`/api/checkbacks/${cb.id}/result`, { version: cb.version, findings: '成效巩固' });
    },
  },
  'split an item': {
    route: 'POST /api/items/{id}/split',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign');
      return c.post(`/api/items/${item.id}/split`, {
        version: item.version,
        children: [{ title: '子任务', leadUnitId: w.coopUnitId, dueDate: '2026-12-20' }],
      });
    },
  },
  'list calendar overrides': {
    route: 'GET /api/calendar/overrides',
    run: (c) => c.get('/api/calendar/overrides'),
  },
  'set a calendar day': {
    route: 'PUT /api/calendar/overrides/{date}',
    run: (c) => c.put('/api/calendar/overrides/2027-06-30', { kind: 'holiday', name: '测试' }),
  },
  'remove a calendar day': {
    route: 'DELETE /api/calendar/overrides/{date}',
    run: async (c) => {
      await setCalendarOverride(t.sys, '2027-07-01', { kind: 'holiday', name: '测试' });
      return c.delete('/api/calendar/overrides/2027-07-01');
    },
  },

  'upload a file': {
    route: 'POST /api/items/{id}/files',
    run: async (c) => {
      const item = await w.seedItem({}, 'assign');
      const { payload, headers } = multipartFile('进展.txt', '本周完成主体封顶');
      return c.post(`/api/items/${item.id}/files`, payload, headers);
    },
  },
  'list item files': {
    route: 'GET /api/items/{id}/files',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}/files`),
  },
  'download a file': {
    route: 'GET /api/files/{id}',
    run: async (c) => c.get(`/api/files/${await seedFile()}`),
  },
  'read a thumbnail': {
    route: 'GET /api/files/{id}/thumbnail',
    run: async (c) => c.get(`/api/files/${await seedFile()}/thumbnail`),
  },
  'acknowledge an assignment': {
    route: 'POST /api/items/{id}/acknowledge',
    run: async (c) => c.post(`/api/items/${(await w.seedItem({}, 'assign')).id}/acknowledge`, {}),
  },
  'submit a report': {
    route: 'POST /api/items/{id}/reports',
    run: async (c) =>
      c.post(`/api/items/${(await w.seedItem({}, 'assign')).id}/reports`, {
        content: '进展顺利',
        percent: 30,
      }),
  },
  'list item reports': {
    route: 'GET /api/items/{id}/reports',
    run: async (c) => c.get(`/api/items/${(await seedReport()).itemId}/reports`),
  },
  'list reports': { route: 'GET /api/reports', run: (c) => c.get('/api/reports') },
  'review a report': {
    route: 'POST /api/reports/{id}/review',
    run: async (c) => {
      const report = await seedReport();
      return c.post(`/api/reports/${report.id}/review`, { decision: 'accept', version: report.version });
    },
  },
  'raise an obstacle': {
    route: 'POST /api/items/{id}/obstacles',
    run: async (c) =>
      c.post(`/api/items/${(await w.seedItem({}, 'assign')).id}/obstacles`, {
        cause: 'land',
        description: '用地指标未落实',
        solverUnitId: w.otherUnitId,
      }),
  },
  'list item obstacles': {
    route: 'GET /api/items/{id}/obstacles',
    run: async (c) => c.get(`/api/items/${(await seedObstacle()).itemId}/obstacles`),
  },
  'list obstacles': { route: 'GET /api/obstacles', run: (c) => c.get('/api/obstacles') },
  'read bottlenecks': { route: 'GET /api/obstacles/summary', run: (c) => c.get('/api/obstacles/summary') },
  // The lead unit answers for its item; a cooperating unit that neither named nor must solve it may not.
  'resolve an obstacle': {
    route: 'POST /api/obstacles/{id}/resolve',
    run: async (c) => {
      const obstacle = await seedObstacle();
      return c.post(`/api/obstacles/${obstacle.id}/resolve`, {
        resolution: '资金已拨付',
        version: obstacle.version,
      });
    },
  },
  'write an instruction': {
    route: 'POST /api/items/{id}/instructions',
    run: async (c) =>
      c.post(`/api/items/${(await w.seedItem({}, 'assign')).id}/instructions`, { content: '务必按期完成' }),
  },
  'list item instructions': {
    route: 'GET /api/items/{id}/instructions',
    run: async (c) => c.get(`/api/items/${(await seedInstruction()).itemId}/instructions`),
  },
  'list instructions': { route: 'GET /api/instructions', run: (c) => c.get('/api/instructions') },
  'acknowledge an instruction': {
    route: 'POST /api/instructions/{id}/acknowledge',
    run: async (c) =>
      c.post(`/api/instructions/${(await seedInstruction()).id}/acknowledge`, { reply: '坚决落实' }),
  },
  'read workflow counts': { route: 'GET /api/stats/workflow', run: (c) => c.get('/api/stats/workflow') },
  'list ledgers': { route: 'GET /api/ledgers', run: (c) => c.get('/api/ledgers') },
  'read ledger': { route: 'GET /api/ledgers/{id}', run: (c) => c.get(`/api/ledgers/${w.ledgerId}`) },
  'create ledger': {
    route: 'POST /api/ledgers',
    run: (c, p) =>
      c.post('/api/ledgers', {
        name: `${p}建的台账`,
        code: `M${String.fromCharCode(65 + PERSONAS.indexOf(p))}`,
        year: 2026,
      }),
  },
  // The world's ledger: inside the limit of one limited supervisor, outside the other's.
  'update ledger': {
    route: 'PATCH /api/ledgers/{id}',
    run: async (c, p) => {
      const { version } = await getLedger(t.sys, w.ledgerId);
      return c.patch(`/api/ledgers/${w.ledgerId}`, { version, description: `${p}改过` });
    },
  },
  'delete an empty ledger': {
    route: 'DELETE /api/ledgers/{id}',
    run: async (c) => c.delete(`/api/ledgers/${(await buildLedger(t.sys)).id}`),
  },

  'list units': { route: 'GET /api/units', run: (c) => c.get('/api/units') },
  'read unit': { route: 'GET /api/units/{id}', run: (c) => c.get(`/api/units/${w.leadUnitId}`) },
  'create unit': {
    route: 'POST /api/units',
    run: (c, p) => c.post('/api/units', { name: `${p}建的单位`, kind: 'other' }),
  },
  'update unit': {
    route: 'PATCH /api/units/{id}',
    run: async (c) => {
      const unit = await buildUnit(t.sys);
      return c.patch(`/api/units/${unit.id}`, { version: unit.version, shortName: '简称' });
    },
  },
  'delete an unused unit': {
    route: 'DELETE /api/units/{id}',
    run: async (c) => c.delete(`/api/units/${(await buildUnit(t.sys)).id}`),
  },

  'list users': { route: 'GET /api/users', run: (c) => c.get('/api/users') },
  'read user': { route: 'GET /api/users/{id}', run: (c) => c.get(`/api/users/${w.users.leader.id}`) },
  'create user': {
    route: 'POST /api/users',
    run: (c, p) =>
      c.post('/api/users', {
        username: `by_${p}`,
        password: 'a-good-password',
        displayName: '新人',
        roles: ['leader'],
      }),
  },
  'update user': {
    route: 'PATCH /api/users/{id}',
    run: async (c) => {
      const user = await buildUser(t.sys, { roles: ['leader'] });
      return c.patch(`/api/users/${user.id}`, { version: user.version, displayName: '改名' });
    },
  },
  'unlock user': {
    route: 'PATCH /api/users/{id}',
    run: async (c) => {
      const user = await buildUser(t.sys, { roles: ['leader'] });
      return c.patch(`/api/users/${user.id}`, { version: user.version, unlock: true });
    },
  },
  'list people': { route: 'GET /api/people', run: (c) => c.get('/api/people') },

  'read audit log': { route: 'GET /api/audit', run: (c) => c.get('/api/audit') },
  'verify audit chain': { route: 'GET /api/audit/verify', run: (c) => c.get('/api/audit/verify') },
  'read settings': { route: 'GET /api/settings', run: (c) => c.get('/api/settings') },
  'patch settings': {
    route: 'PATCH /api/settings',
    run: (c) => c.patch('/api/settings', { 'session.idleMinutes': 30 }),
  },
  'read stats': { route: 'GET /api/stats/overview', run: (c) => c.get('/api/stats/overview') },
  'read unit stats': { route: 'GET /api/stats/units', run: (c) => c.get('/api/stats/units') },
  'read weekly trend': { route: 'GET /api/stats/trend', run: (c) => c.get('/api/stats/trend') },
  'list meetings': { route: 'GET /api/meetings', run: (c) => c.get('/api/meetings') },
  'register a meeting': {
    route: 'POST /api/meetings',
    run: (c) => c.post('/api/meetings', meetingInput()),
  },
  'read open meeting decisions': {
    route: 'GET /api/meetings/open-decisions',
    run: (c) => c.get('/api/meetings/open-decisions'),
  },
  'read a meeting': {
    route: 'GET /api/meetings/{id}',
    run: async (c) => c.get(`/api/meetings/${await seedMeeting()}`),
  },
  'edit a meeting': {
    route: 'PATCH /api/meetings/{id}',
    run: async (c) => c.patch(`/api/meetings/${await seedMeeting()}`, { version: 1, place: '区政府3楼' }),
  },
  'delete a meeting': {
    route: 'DELETE /api/meetings/{id}',
    run: async (c) => c.delete(`/api/meetings/${await seedMeeting()}`),
  },
  'analyze meeting minutes': {
    route: 'POST /api/meetings/analyze',
    run: (c) =>
      c.post('/api/meetings/analyze', {
        text: '会议要求，一是由区住建局牵头，马寨镇配合，年底前完成马寨安置区主体封顶。二是区环保局要在11月底前完成扬尘治理检查。',
        meetingDate: '2026-11-16',
      }),
  },
  'extract text from a report file': {
    route: 'POST /api/meetings/extract',
    run: (c) =>
      c.post('/api/meetings/extract', {
        fileName: '纪要.txt',
        contentBase64: Buffer.from('会议要求，一是抓好安置房建设。').toString('base64'),
      }),
  },
  'confirm meeting drafts': {
    route: 'POST /api/meetings/{id}/confirm',
    run: async (c) =>
      c.post(`/api/meetings/${await seedMeeting()}/confirm`, {
        drafts: [
          {
            ledgerId: w.ledgerId,
            title: '马寨安置区主体封顶',
            startDate: '2026-11-16',
            dueDate: '2026-12-31',
            leadUnitId: w.leadUnitId,
          },
        ],
      }),
  },
  "read an item's meeting": {
    route: 'GET /api/items/{id}/meeting',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}/meeting`),
  },
  'read ledger template': {
    route: 'GET /api/ledgers/{id}/template',
    run: (c) => c.get(`/api/ledgers/${w.ledgerId}/template`),
  },
  'save ledger template': {
    route: 'PUT /api/ledgers/{id}/template',
    run: (c) =>
      c.put(`/api/ledgers/${w.ledgerId}/template`, {
        fields: [{ key: 'households', label: '套数', type: 'number' }],
      }),
  },
  'read item fields': {
    route: 'GET /api/items/{id}/fields',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}/fields`),
  },
  'set item fields': {
    route: 'PUT /api/items/{id}/fields',
    run: async (c) => c.put(`/api/items/${(await w.seedItem({}, 'assign')).id}/fields`, {}),
  },
  'export items to Excel': {
    route: 'GET /api/items/export.xlsx',
    run: (c) => c.get('/api/items/export.xlsx'),
  },
  'preview an import': {
    route: 'POST /api/imports/preview',
    run: async (c) => c.post(`/api/imports/preview?ledgerId=${w.ledgerId}`, await importFile(), XLSX_TYPE),
  },
  'confirm an import': {
    route: 'POST /api/imports/confirm',
    run: async (c) => {
      const file = await importFile();
      await c.post(`/api/imports/preview?ledgerId=${w.ledgerId}`, file, XLSX_TYPE);
      return c.post('/api/imports/confirm', { ledgerId: w.ledgerId, fileHash: fileHash(file) });
    },
  },
  'download item summary': {
    route: 'GET /api/items/{id}/summary.docx',
    run: async (c) => c.get(`/api/items/${(await w.seedItem({}, 'assign')).id}/summary.docx`),
  },
};

/** Columns in the order of PERSONAS. */
const COLUMNS: Persona[] = [...PERSONAS];
// biome-ignore format: the table reads as a matrix
const EXPECTED: Record<keyof typeof ACTIONS, number[]> = {
  //                        sup  sup=L sup≠L lead  uLead uCoop uOther sys  sec  aud  anon
  'check health':           [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 200],
  'log in':                 [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 200],
  'log out':                [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 200],
  'who am I':               [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
  'list items':             [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'read item':              [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'read item timeline':     [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'create item':            [201, 201, 400,  403,  403,  403,  403,   403, 403, 403, 401],
  'update item':            [200, 200, 404,  403,  403,  403,  404,   403, 403, 403, 401],
  'delete a draft':         [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  // Drafts stay with the supervisors: to a unit user a draft does not exist.
  'assign a draft':         [200, 200, 404,  403,  404,  404,  404,   403, 403, 403, 401],
  'start an assigned item': [200, 200, 404,  403,  200,  403,  404,   403, 403, 403, 401],
  // Only the lead unit asks to close; a supervisor or the lead unit asks to cancel.
  'ask to close an item':   [403, 403, 404,  403,  201,  403,  404,   403, 403, 403, 401],
  'ask to cancel an item':  [201, 201, 404,  403,  201,  403,  404,   403, 403, 403, 401],
  // The default chain's one step is the supervisor's.
  'approve completion':     [200, 200, 404,  403,  403,  403,  404,   403, 403, 403, 401],
  'upload a file':          [201, 201, 404,  403,  201,  201,  404,   403, 403, 403, 401],
  'list item files':        [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'download a file':        [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'read a thumbnail':       [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'acknowledge an assignment': [403, 403, 403, 403,  200,  200,  404,   403, 403, 403, 401],
  'submit a report':        [403, 403, 403,  403,  201,  201,  404,   403, 403, 403, 401],
  'list item reports':      [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'list reports':           [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'review a report':        [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'raise an obstacle':      [201, 201, 404,  403,  201,  201,  404,   403, 403, 403, 401],
  'list item obstacles':    [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'list obstacles':         [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'read bottlenecks':       [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'resolve an obstacle':    [200, 200, 404,  403,  200,  403,  404,   403, 403, 403, 401],
  'write an instruction':   [403, 403, 403,  201,  403,  403,  403,   403, 403, 403, 401],
  'list item instructions': [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'list instructions':      [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'acknowledge an instruction': [403, 403, 403, 403, 200, 200,  404,   403, 403, 403, 401],
  'read workflow counts':   [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  "list an item's requests":[200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'list requests':          [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'read approval chain':    [200, 200, 404,  200,  200,  200,  200,   200, 403, 403, 401],
  'set approval chain':     [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'judge an item':          [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'read light history':     [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'list check-backs':       [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'plan a check-back':      [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'record a check-back':    [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'split an item':          [201, 201, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'list calendar overrides':[200, 200, 200,  403,  403,  403,  403,   200, 200, 403, 401],
  'set a calendar day':     [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  'remove a calendar day':  [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  'list ledgers':           [200, 200, 200,  200,  200,  200,  200,   200, 403, 403, 401],
  'read ledger':            [200, 200, 404,  200,  200,  200,  200,   200, 403, 403, 401],
  // A limited supervisor creates no ledger: it would be outside their limit at once.
  'create ledger':          [201, 403, 403,  403,  403,  403,  403,   403, 403, 403, 401],
  'update ledger':          [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'delete an empty ledger': [200, 404, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'list units':             [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
  'read unit':              [200, 200, 200,  200,  200,  200,  200,   200, 200, 200, 401],
  'create unit':            [201, 201, 201,  403,  403,  403,  403,   201, 403, 403, 401],
  'update unit':            [200, 200, 200,  403,  403,  403,  403,   200, 403, 403, 401],
  'delete an unused unit':  [200, 200, 200,  403,  403,  403,  403,   200, 403, 403, 401],
  'list users':             [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  'read user':              [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  'create user':            [403, 403, 403,  403,  403,  403,  403,   201, 403, 403, 401],
  'update user':            [403, 403, 403,  403,  403,  403,  403,   200, 403, 403, 401],
  'unlock user':            [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  'list people':            [200, 200, 200,  200,  200,  200,  200,   200, 403, 403, 401],
  'read audit log':         [403, 403, 403,  403,  403,  403,  403,   403, 403, 200, 401],
  'verify audit chain':     [403, 403, 403,  403,  403,  403,  403,   403, 403, 200, 401],
  'read settings':          [200, 200, 200,  403,  403,  403,  403,   200, 200, 403, 401],
  'patch settings':         [403, 403, 403,  403,  403,  403,  403,   200, 200, 403, 401],
  'read stats':             [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'read unit stats':        [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'read weekly trend':      [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'list meetings':          [200, 200, 200,  200,  403,  403,  403,   403, 403, 403, 401],
  'register a meeting':     [201, 201, 201,  403,  403,  403,  403,   403, 403, 403, 401],
  'read open meeting decisions': [200, 200, 200, 200, 403, 403, 403, 403, 403, 403, 401],
  'read a meeting':         [200, 200, 200,  200,  403,  403,  403,   403, 403, 403, 401],
  'edit a meeting':         [200, 200, 200,  403,  403,  403,  403,   403, 403, 403, 401],
  'delete a meeting':       [200, 200, 200,  403,  403,  403,  403,   403, 403, 403, 401],
  'analyze meeting minutes': [200, 200, 200, 403,  403,  403,  403,   403, 403, 403, 401],
  'extract text from a report file': [200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 401],
  // A supervisor limited to another ledger cannot file drafts into this one.
  'confirm meeting drafts': [201, 201, 400,  403,  403,  403,  403,   403, 403, 403, 401],
  "read an item's meeting": [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'read ledger template':   [200, 200, 404,  200,  200,  200,  200,   200, 403, 403, 401],
  'save ledger template':   [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'read item fields':       [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
  'set item fields':        [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  // Each user's export holds only what their list shows (tested in spreadsheet.api.test.ts).
  'export items to Excel':  [200, 200, 200,  200,  200,  200,  200,   403, 403, 403, 401],
  'preview an import':      [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'confirm an import':      [200, 200, 404,  403,  403,  403,  403,   403, 403, 403, 401],
  'download item summary':  [200, 200, 404,  200,  200,  200,  404,   403, 403, 403, 401],
};

const CODES: Record<number, string> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
};

const cells = Object.keys(ACTIONS).flatMap((action) =>
  COLUMNS.map((persona, i) => ({ action, persona, status: EXPECTED[action][i] })),
);

describe('permission matrix', () => {
  it.each(cells)('$action as $persona → $status', async ({ action, persona, status }) => {
    const res = await ACTIONS[action].run(await w.api(persona), persona);
    expect(res.statusCode, res.body).toBe(status);
    if (CODES[status]) expect(res.json().error.code).toBe(CODES[status]);
  });
});

describe('the matrix covers the API', () => {
  it('has an action for every route of the OpenAPI document, and no route the document lacks', async () => {
    const doc = (await (await w.api('anonymous')).get('/api/openapi.json')).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(Object.values(ACTIONS).map((a) => a.route));
    expect(documented.length).toBeGreaterThan(20);
    expect(documented.filter((r) => !covered.has(r as Action['route']))).toEqual([]);
    expect([...covered].filter((r) => !documented.includes(r))).toEqual([]);
  });
});

describe('scope: what each user sees', () => {
  let all: ItemOut[];
  /** Every page of the list: the matrix above seeds more items than one page holds. */
  const listed = async (p: Persona, query = '') => {
    const items: ItemOut[] = [];
    for (let page = 1; ; page++) {
      const res = (await (await w.api(p)).get(`/api/items?pageSize=200&page=${page}${query}`)).json<{
        items: ItemOut[];
        total: number;
      }>();
      items.push(...res.items);
      if (res.items.length < 200) return { items, total: res.total };
    }
  };
  beforeAll(async () => {
    await seedLightScenario(w);
    all = (await listed('supervisor')).items;
  });

  it.each<Persona>([
    'supervisor',
    'supervisorThisLedger',
    'supervisorOtherLedger',
    'leader',
    'unitLead',
    'unitCoop',
    'unitOther',
  ])('lists for %s exactly the items that read one by one', async (persona) => {
    const client = await w.api(persona);
    const ids = new Set((await listed(persona)).items.map((i) => i.id));
    for (const item of all) {
      const res = await client.get(`/api/items/${item.id}`);
      expect(res.statusCode, `${persona} ${item.title}`).toBe(ids.has(item.id) ? 200 : 404);
    }
  });

  it('shows a unit user exactly the items where their unit has a role', async () => {
    for (const [p, unitId] of [
      ['unitLead', w.leadUnitId],
      ['unitCoop', w.coopUnitId],
      ['unitOther', w.otherUnitId],
    ] as const) {
      // Drafts stay with the supervisor until assigned.
      const expected = all
        .filter((i) => i.status !== 'draft' && i.responsibilities.some((r) => r.unitId === unitId))
        .map((i) => i.id);
      const { items, total } = await listed(p);
      expect(items.map((i) => i.id).sort()).toEqual(expected.sort());
      expect(total).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it("never shows a unit user another unit's item, however they ask", async () => {
    const foreign = all.find((i) => !i.responsibilities.some((r) => r.unitId === w.otherUnitId)) as ItemOut;
    expect((await listed('unitOther', `&unitId=${w.leadUnitId}`)).total).toBe(0);
    expect((await listed('unitOther', `&q=${encodeURIComponent(foreign.title)}`)).total).toBe(0);
    expect((await listed('unitOther', `&q=${encodeURIComponent(foreign.code)}`)).total).toBe(0);
    expect((await listed('unitOther', `&ledgerId=${foreign.ledgerId}`)).items.map((i) => i.id)).not.toContain(
      foreign.id,
    );
    const other = await w.api('unitOther');
    const read = await other.get(`/api/items/${foreign.id}`);
    expect(read.statusCode).toBe(404);
    expect(read.json()).toEqual((await other.get('/api/items/no-such-item')).json());
  });

  it('keeps a ledger-limited supervisor inside their ledger', async () => {
    const { items } = await listed('supervisorOtherLedger');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.ledgerId === w.otherLedgerId)).toBe(true);
    expect((await listed('supervisorOtherLedger', `&ledgerId=${w.ledgerId}`)).total).toBe(0);
  });

  it('lets leaders and unlimited supervisors see everything', async () => {
    expect((await listed('leader')).total).toBe(all.length);
    expect((await listed('supervisor')).total).toBe(all.length);
  });
});
