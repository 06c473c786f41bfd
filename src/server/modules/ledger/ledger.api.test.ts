import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerOut } from '../../../core/schemas/ledger.js';
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

const fields = (res: { json(): { error: { details: { field?: string }[] } } }) =>
  res.json().error.details.map((d) => d.field);

async function createLedger(body: Record<string, unknown>): Promise<LedgerOut> {
  const res = await sup.post('/api/ledgers', body);
  expect(res.statusCode).toBe(201);
  return res.json<LedgerOut>();
}

const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((l) => l.id);

describe('POST /api/ledgers', () => {
  it('creates a ledger for a year', async () => {
    const ledger = await createLedger({
      name: '大气污染防治',
      year: 2026,
      code: 'DQ',
      description: '蓝天保卫战',
    });
    expect(ledger).toMatchObject({
      name: '大气污染防治',
      year: 2026,
      code: 'DQ',
      archived: false,
      version: 1,
    });
    expect((await sup.get(`/api/ledgers/${ledger.id}`)).json()).toEqual(ledger);
  });

  it('refuses a code or a name already used that year (409 naming the field), allows them another year', async () => {
    const code = await sup.post('/api/ledgers', { name: '另一个台账', year: 2026, code: 'AZ' });
    expect(code.statusCode).toBe(409);
    expect(fields(code)).toEqual(['code']);
    const name = await sup.post('/api/ledgers', { name: '安置房建设', year: 2026, code: 'AF' });
    expect(name.statusCode).toBe(409);
    expect(fields(name)).toEqual(['name']);
    expect((await sup.post('/api/ledgers', { name: '安置房建设', year: 2027, code: 'AZ' })).statusCode).toBe(
      201,
    );
  });

  it('names malformed fields', async () => {
    const res = await sup.post('/api/ledgers', { name: '', year: 1999, code: 'dq1' });
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual(['code', 'name', 'year']);
  });

  it('is for unlimited supervisors only', async () => {
    for (const p of ['leader', 'unitLead', 'sysadmin', 'auditor', 'supervisorThisLedger'] as const) {
      const res = await (await w.api(p)).post('/api/ledgers', { name: `${p}台账`, year: 2026, code: 'XX' });
      expect(res.statusCode, p).toBe(403);
    }
  });
});

describe('GET /api/ledgers', () => {
  it('lists the ledgers of a year', async () => {
    const res = await sup.get('/api/ledgers?year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.every((l: LedgerOut) => l.year === 2026)).toBe(true);
    expect(ids(res)).toEqual(expect.arrayContaining([w.ledgerId, w.otherLedgerId]));
    expect(res.json().total).toBe(res.json().items.length);
  });

  it('shows a supervisor limited to some ledgers only those, and 404 for the others', async () => {
    const limited = await w.api('supervisorOtherLedger');
    expect(ids(await limited.get('/api/ledgers'))).toEqual([w.otherLedgerId]);
    expect((await limited.get(`/api/ledgers/${w.ledgerId}`)).statusCode).toBe(404);
    expect((await limited.get(`/api/ledgers/${w.otherLedgerId}`)).statusCode).toBe(200);
  });

  it('answers 404 for an unknown ledger', async () => {
    expect((await sup.get('/api/ledgers/no-such-ledger')).statusCode).toBe(404);
  });
});

describe('PATCH /api/ledgers/:id', () => {
  it('renames a ledger, keeping what was not sent', async () => {
    const ledger = await createLedger({ name: '招商项目', year: 2026, code: 'ZX', sortOrder: 5 });
    const res = await sup.patch(`/api/ledgers/${ledger.id}`, { version: 1, name: '招商引资项目' });
    expect(res.statusCode).toBe(200);
    expect(res.json<LedgerOut>()).toMatchObject({
      name: '招商引资项目',
      code: 'ZX',
      sortOrder: 5,
      version: 2,
    });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const ledger = await createLedger({ name: '河长制', year: 2026, code: 'HZ' });
    await sup.patch(`/api/ledgers/${ledger.id}`, { version: 1, description: '第一次' });
    const res = await sup.patch(`/api/ledgers/${ledger.id}`, { version: 1, name: '河湖长制' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect((await sup.get(`/api/ledgers/${ledger.id}`)).json()).toMatchObject({ name: '河长制', version: 2 });
  });

  it('fixes the code once the ledger has items (item codes are built from it)', async () => {
    await w.seedItem({ ledgerId: w.otherLedgerId });
    const ledger = (await sup.get(`/api/ledgers/${w.otherLedgerId}`)).json<LedgerOut>();
    const res = await sup.patch(`/api/ledgers/${ledger.id}`, { version: ledger.version, code: 'ZZ' });
    expect(res.statusCode).toBe(422);
    expect(fields(res)).toEqual(['code']);
  });

  it('archives a ledger: no new items go into it', async () => {
    const ledger = await createLedger({ name: '已完成专项', year: 2026, code: 'WC' });
    expect((await sup.patch(`/api/ledgers/${ledger.id}`, { version: 1, archived: true })).statusCode).toBe(
      200,
    );
    expect(ids(await sup.get('/api/ledgers'))).not.toContain(ledger.id);
    expect(ids(await sup.get('/api/ledgers?includeArchived=true'))).toContain(ledger.id);
    const item = await sup.post('/api/items', w.itemInput({ ledgerId: ledger.id }));
    expect(item.statusCode).toBe(400);
    expect(fields(item)).toEqual(['ledgerId']);
  });

  it('answers 404 for an unknown ledger', async () => {
    expect((await sup.patch('/api/ledgers/no-such-ledger', { version: 1, name: '某' })).statusCode).toBe(404);
  });
});

describe('DELETE /api/ledgers/:id', () => {
  it('archives a ledger (归档) instead of deleting it, even an empty one', async () => {
    const ledger = await createLedger({ name: '临时台账', year: 2026, code: 'LS' });
    expect((await sup.delete(`/api/ledgers/${ledger.id}`)).statusCode).toBe(200);
    const read = await sup.get(`/api/ledgers/${ledger.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().archived).toBe(true);
  });

  it('archives a ledger with items, which stay readable', async () => {
    const ledger = await createLedger({ name: '临时台账二', year: 2026, code: 'LT' });
    const item = await w.seedItem({ ledgerId: ledger.id });
    expect((await sup.delete(`/api/ledgers/${ledger.id}`)).statusCode).toBe(200);
    expect((await sup.get(`/api/items/${item.id}`)).statusCode).toBe(200);
  });
});
