import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemOut } from '../../../core/schemas/item.js';
import { type MatrixAction, type MatrixArea, the } from '../../testing/matrix.js';
import { seedLightScenario } from '../../testing/scenarios.js';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { buildWorld, PERSONAS, type Persona, type World } from '../../testing/world.js';
import { auditMatrix } from '../audit/audit.matrix.js';
import { authMatrix } from '../auth/auth.matrix.js';
import { checklistMatrix } from '../checklist/checklist.matrix.js';
import { demoMatrix } from '../demo/demo.matrix.js';
import { documentsMatrix } from '../documents/documents.matrix.js';
import { fileMatrix } from '../file/file.matrix.js';
import { inspectionMatrix } from '../inspection/inspection.matrix.js';
import { itemMatrix } from '../item/item.matrix.js';
import { milestoneMatrix } from '../item/milestone.matrix.js';
import { ledgerMatrix } from '../ledger/ledger.matrix.js';
import { meetingMatrix } from '../meeting/meeting.matrix.js';
import { noticeMatrix } from '../notice/notice.matrix.js';
import { notificationMatrix } from '../notification/notification.matrix.js';
import { planMatrix } from '../plan/plan.matrix.js';
import { reminderMatrix } from '../reminder/reminder.matrix.js';
import { reportMatrix } from '../report/report.matrix.js';
import { requestMatrix } from '../request/request.matrix.js';
import { securityMatrix } from '../security/security.matrix.js';
import { settingsMatrix } from '../settings/settings.matrix.js';
import { similarMatrix } from '../similar/similar.matrix.js';
import { spreadsheetMatrix } from '../spreadsheet/spreadsheet.matrix.js';
import { statsMatrix } from '../stats/stats.matrix.js';
import { supervisionMatrix } from '../supervision/supervision.matrix.js';
import { unitMatrix } from '../unit/unit.matrix.js';
import { urgeMatrix } from '../urge/urge.matrix.js';
import { userMatrix } from '../user/user.matrix.js';

/**
 * The permission matrix: every role (and scope) against every action, with the
 * status each cell must answer. Each module declares its rows beside its routes
 * (`<module>.matrix.ts`); this file runs them all and checks that together they
 * cover every route of the OpenAPI document.
 */
let t: TestApp;
let w: World;

beforeAll(async () => {
  // The office's mail server of the channels row is on the outbound allowlist (SECURITY.md OUT-1).
  t = await startTestApp(undefined, { outboundAllow: 'smtp.example.cn' });
  w = await buildWorld(t);
  the.app = t;
  the.world = w;
});
afterAll(() => t?.close());

const AREAS: MatrixArea[] = [
  auditMatrix,
  authMatrix,
  checklistMatrix,
  demoMatrix,
  documentsMatrix,
  fileMatrix,
  inspectionMatrix,
  itemMatrix,
  milestoneMatrix,
  ledgerMatrix,
  meetingMatrix,
  noticeMatrix,
  planMatrix,
  notificationMatrix,
  reminderMatrix,
  reportMatrix,
  requestMatrix,
  securityMatrix,
  settingsMatrix,
  similarMatrix,
  spreadsheetMatrix,
  statsMatrix,
  supervisionMatrix,
  unitMatrix,
  urgeMatrix,
  userMatrix,
];
const ACTIONS: MatrixArea['actions'] = Object.assign({}, ...AREAS.map((a) => a.actions));
const EXPECTED: MatrixArea['expected'] = Object.assign({}, ...AREAS.map((a) => a.expected));
/** Columns in the order of PERSONAS. */
const COLUMNS: Persona[] = [...PERSONAS];

describe('the matrix areas', () => {
  it('give every action a status for every persona, and no action twice', () => {
    for (const area of AREAS) {
      expect(Object.keys(area.expected).sort()).toEqual(Object.keys(area.actions).sort());
      for (const [action, row] of Object.entries(area.expected))
        expect(row, action).toHaveLength(COLUMNS.length);
    }
    const names = AREAS.flatMap((a) => Object.keys(a.actions));
    expect(new Set(names).size).toBe(names.length);
  });
});

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
    expect(documented.filter((r) => !covered.has(r as MatrixAction['route']))).toEqual([]);
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
